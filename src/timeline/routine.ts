// Routine lines: a sentence whose date is the object of a finance-schedule
// word ("payable April 15", "holders of record April 1", "Payment date is
// April 7", "coupon … on", "subscriptions close on"). The test is lexical and
// syntactic, not about any story: a head word from a closed class of
// financial-calendar terms, followed by nothing but a copula, "date",
// prepositions or "holders" up to the date. A day folds such lines into one,
// with their count and the companies' names.

/** Closed class of financial-calendar heads, by the kind shown to readers. */
const HEADS: [RegExp, string][] = [
  [/^(?:pay|payable|payment|payments|paid|repayable|repayment)$/i, 'payment'],
  // "Reg July 17", "register July 31": a dividend notice's short forms.
  [/^(?:record|reg|register)$/i, 'record'],
  [/^(?:coupon|coupons)$/i, 'coupon'],
  [/^(?:subscription|subscriptions|subscribe)$/i, 'subscription'],
  [/^(?:redemption|redeemable|redeemed)$/i, 'redemption'],
  [/^(?:matures|mature|maturity|maturing)$/i, 'maturity'],
  [/^(?:ex-dividend|ex-div|ex-rights|distributable|distribution)$/i, 'dividend'],
  [/^(?:settlement|settle)$/i, 'settlement'],
];
/** What may stand between the head and the date: "date is", "will be", "on", "of", "to holders of". */
const LINK = new Set([
  'date',
  'dates',
  'day',
  'period',
  'is',
  'was',
  'were',
  'are',
  'be',
  'will',
  'set',
  'for',
  'on',
  'of',
  'by',
  'from',
  'until',
  'to',
  'as',
  'holders',
  'shareholders',
  'stockholders',
  'due',
  'and',
  'close',
  'closes',
  'ends',
  'also',
  'now',
]);

/** "set June 29 as the record date": the head named after the date. */
const HEAD_AFTER = /^\s*,?\s+as\s+(?:the|its|their)\s+(?:new\s+)?([a-z-]+)\s+dates?\b/i;

/**
 * The routine kind ("payment", "record"…) when the date after `before` is the object of such a head, or `after` names
 * the date as one ("… as the record date"), else null.
 */
export function routineKind(before: string, after = ''): string | null {
  const head = HEAD_AFTER.exec(after)?.[1];
  if (head) for (const [re, kind] of HEADS) if (re.test(head)) return kind;
  const words = before.match(/[A-Za-z][A-Za-z-]*/g) ?? [];
  // Walk back from the date over linking words to the head; a figure or any other word breaks the chain.
  const tail = before.replace(/[\s,:;]+$/, '');
  if (/[\d)]$/.test(tail)) return null;
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < 6; i--, seen++) {
    const w = words[i] ?? '';
    for (const [re, kind] of HEADS) if (re.test(w)) return kind;
    if (!LINK.has(w.toLowerCase())) return null;
  }
  return null;
}

/** Verbs and links of wire headlines ("… ISSUES 600 MLN …", "… SETS QTRLY PAYOUT"): the company comes before them. */
const HEADLINE_VERB =
  /^(?:ISSUES?|ISSUING|SETS?|DECLARES?|RAISES?|CUTS?|PAYS?|PLANS?|SAYS?|SEES?|OFFERS?|REPORTS?|TO|IN|UNIT|BUYS?|SELLS?|GETS?|HAS|WINS?|FILES?|COMPLETES?|AGREES?|ACQUIRES?|LAUNCHES?|PRICES?|OMITS?|INCREASES?|LOWERS?|STARTS?|NAMES?|ELECTS?|UPS|HIKES?|BOOSTS?|RESUMES?|INITIATES?|REGULAR|QTLY|QTRLY|QUARTERLY|DIVIDEND|STOCK|SPLIT)$/;

/** Company suffixes written in capitals in headlines, read as words. */
const SUFFIX = /^(?:INC|CO|LTD|PLC|AG|SA|NV|BV)\.?$/;

/** The company an article is about, from a wire headline ("THE CHUBB CORP <CB> SETS QTRLY PAYOUT" → "Chubb Corp"). */
export function companyOf(title: string): string {
  const ticker = title.indexOf('<');
  const words = (ticker > 0 ? title.slice(0, ticker) : title).trim().split(/\s+/);
  const verb = words.findIndex((w, i) => i > 0 && HEADLINE_VERB.test(w));
  const raw = (ticker > 0 ? words : words.slice(0, verb > 0 ? verb : 3)).join(' ');
  const name = raw
    .replace(/^\s*(?:THE|The)\s+/, '')
    .trim()
    .replace(/[,;:]+$/, '');
  // Wire headlines are upper case: "CHUBB CORP" reads better as "Chubb Corp"; acronyms of up to 3 letters stay.
  return name
    .split(/\s+/)
    .map((w) => ((w.length > 3 || SUFFIX.test(w)) && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w))
    .join(' ');
}
