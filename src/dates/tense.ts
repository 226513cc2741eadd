// Tense cues around a date mention: does the clause look forward ("will meet
// Friday") or back ("met Friday")? Bare weekdays and year-less dates follow it.
import { createRequire } from 'node:module';
import irregularVerbs from 'wink-lexicon/src/irregular-verbs.js';
import { daysBetween, weekdayAfter, weekdayBefore, type Ymd } from './calendar.js';

/** A sentence or clause end, but not the dot of "Mr." or "P." */
export const CLAUSE_END =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Sgt|Gov|Sen|Rep|Prof|Inc|Co|Corp|No|[A-Z]))[.!?]["'`)\]]{0,3}\s+(?=["'`(]{0,2}[A-Z0-9])|;\s/;
/** Words that point a following date forward ("will meet Friday", "next", "scheduled for"). */
export const FORWARD_WORDS = new Set([
  'will',
  'shall',
  "'ll",
  'would',
  'may',
  'might',
  'must',
  'should',
  // "could be jolted … on Friday"; not "could not be reached on Friday" (see tenseBefore).
  'could',
  'next',
  'coming',
  'upcoming',
  'scheduled',
  'due',
  // "adjourned until Monday", "postponed till Friday": a past verb, a day ahead.
  'until',
  'till',
]);
/** "<word> to …" that points forward ("is to meet", "plans to", "set to"). */
const FORWARD_BEFORE_TO = new Set([
  'is',
  'are',
  'be',
  'set',
  'going',
  'expected',
  'plans',
  'plan',
  'planning',
  'intends',
  'hopes',
  'wants',
  'due',
  'scheduled',
  'likely',
  'expect',
  'expects',
  'aim',
  'aims',
  // Getting ready to act: "preparing to depart for the summit on Wednesday", "poised to strike Monday".
  'preparing',
  'prepares',
  'poised',
  'about',
  // "has threatened to strike on Thursday": the strike is ahead.
  'threatened',
  'threatens',
  'threatening',
]);
/** Present forms wink-lexicon lists beside the past ones, and modals that are not past. */
const NOT_PAST = new Set(['is', 'am', 'are', 'does', 'have', 'having', 'would', 'could', 'might']);
/** Past forms of irregular verbs (wink-lexicon), plus auxiliaries. */
const PAST_FORMS = new Set([
  ...Object.entries(irregularVerbs)
    .filter(([form, base]) => form !== base && !NOT_PAST.has(form))
    .map(([form]) => form),
  'was',
  'were',
  'had',
  'did',
]);
/**
 * How far back a tense cue counts, within the clause: "will not hold a news conference after its regular fortnightly
 * council meeting on Thursday" puts the modal twelve words before the day.
 */
const SCAN_WORDS = 14;
/** How far back a modal alone is looked for, when nothing nearer tells the tense. */
const FAR_SCAN_WORDS = 32;
/** The characters before a mention that the near cues are read from. */
const NEAR_WINDOW = 80;
/** The characters before a mention that its tense is read from (enough for FAR_SCAN_WORDS words). */
export const TENSE_WINDOW = 240;
/** How far after the mention ("…for two hours on Thursday, four on Friday, six on Saturday and every other…"). */
const SCAN_AFTER = 7;
/** Present and bare forms of "be" and the linking verbs: a participle after them ("is closed", "stay closed") is no past. */
export const BE_FORMS = new Set([
  'be',
  'been',
  'being',
  'is',
  'are',
  'am',
  "'s",
  "'re",
  'stay',
  'stays',
  'remain',
  'remains',
  'become',
  'becomes',
  'seem',
  'seems',
  'get',
  'gets',
]);

/**
 * Does the clause before a mention look forward in time? The nearest tense
 * signal decides: "said he will meet Friday" is forward, "will say it met
 * Friday" is past. No signal: past, as news mostly reports.
 */
export function looksForward(before: string): boolean {
  return tenseBefore(before) === 'forward';
}

export type Tense = 'forward' | 'past' | null;

/** Verbs that report speech or thought: "says Friday" tells of the day it was said, not of a plan. */
const REPORTING = new Set([
  'says',
  'tells',
  'reports',
  'adds',
  'notes',
  'claims',
  'insists',
  'argues',
  'believes',
  'thinks',
  'knows',
  'feels',
  'denies',
  'admits',
  'explains',
  'warns',
  'confirms',
  'announces',
  'states',
  'writes',
  'recalls',
  'acknowledges',
  'concedes',
  'suggests',
  'estimates',
  'reckons',
]);

/** Present-tense verbs that relate or describe rather than schedule ("the move follows Tuesday's vote"). */
const STATIVE = new Set([
  'follows',
  'precedes',
  'comes',
  'means',
  'marks',
  'reflects',
  'represents',
  'includes',
  'contains',
  'shows',
  'compares',
  'remains',
  'seems',
  'appears',
  'looks',
  'stands',
  'depends',
  'needs',
  'owns',
  'lacks',
  'equals',
  'exceeds',
  'matches',
  'resembles',
  'involves',
  'concerns',
  'affects',
]);

/** A verb in the present tense ("the council meets on Thursday", "the show opens Thursday") tells of a plan. */
function presentTense(w: string, prev: string, capitalised: boolean, thatBetween = false): Tense {
  // "Witchita Falls", "high hopes", "its talks": a name or a noun, not a verb.
  if (capitalised || STATIVE.has(w)) return null;
  const prevTag = firstTag(prev);
  if (prevTag && NOUN_BEFORE.has(prevTag)) return null;
  // "the period beginning on Thursday", "the week ending Wednesday": not over yet.
  if (PERIOD_EDGES.has(w)) return 'forward';
  const tag = firstTag(w);
  // "talks reopen Tuesday": a plain verb after a plural noun. "who returns", "Canada also switches": a word read first
  // as a plural noun is a verb after a pronoun or an adverb (not one whose "that" clause holds the day: "he worries
  // that Monday's loss…").
  if (
    tag === 'VBZ' ||
    tag === 'VBP' ||
    (tag === 'VB' && prevTag === 'NNS') ||
    (prevTag !== undefined && SUBJECT_OR_ADVERB.has(prevTag) && hasTag(w, 'VBZ') && !thatBetween)
  )
    return REPORTING.has(w) ? 'past' : 'forward';
  return null;
}

// wink-lexicon's word → tags list (13k words, ~20 ms to load): loaded on first use, so a start from the saved index skips it.
let lexicon: Record<string, string[] | undefined> | undefined;
function hasTag(w: string, tag: string): boolean {
  firstTag(w);
  return lexicon?.[w]?.includes(tag) ?? false;
}
function firstTag(w: string): string | undefined {
  lexicon ??= createRequire(import.meta.url)('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>;
  return lexicon[w]?.[0];
}
/** Tags of a word that makes the next one a noun ("the", "its", "high", "of"). */
const NOUN_BEFORE = new Set(['DT', 'JJ', 'JJR', 'JJS', 'PRP$', 'IN', 'CD']);
const PERIOD_EDGES = new Set(['beginning', 'ending', 'starting']);
/** Tags of a word after which a present verb may follow: "who returns", "it closes", "also switches". */
const SUBJECT_OR_ADVERB = new Set(['WP', 'WDT', 'PRP', 'RB']);

export function isPast(w: string): boolean {
  return PAST_FORMS.has(w) || (w.length > 4 && w.endsWith('ed') && !FORWARD_BEFORE_TO.has(w));
}

/**
 * "extended its offer … to midnight on March 26", "has extended the exercise period … until May Eight": the day an offer
 * or a security now runs to, which lies ahead whatever the verb's tense. Not "extended credits averaged … in the week to
 * Wednesday", the Fed's word for a kind of loan.
 */
export const EXTENDED_TO =
  /\b(?:extend(?:s|ed|ing)?|extension)\b(?!\s+credits?\b)[^.;]{0,100}?\b(?:to|until|till|through|thru)(?:\s+either)?\s+$/i;

/** The nearest tense cue before a mention, within its clause. */
function tenseBefore(wide: string): Tense {
  // The near cues are read from the last NEAR_WINDOW characters, as they always were; the rest only for a modal.
  const before = wide.slice(-NEAR_WINDOW);
  if (EXTENDED_TO.test(before)) return 'forward';
  // A sentence that ends just before the mention ("…under the influence.  On Wednesday") ends its clause too (CLAUSE_END
  // wants a capital after the stop, which the mention is). Not after a capitalised word ("in Orlando, Fla. Monday"),
  // which an abbreviation may end.
  const last = /(?:^|\s)(\S+?)[.!?]["'`)\]”’]{0,3}\s+["'`(“‘]{0,2}$/u.exec(before)?.[1] ?? '';
  const ended = /^[\p{Ll}\d]/u.test(last);
  const clause = ended ? '' : (before.split(CLAUSE_END).pop() ?? '');
  const tokens = clause.match(/[A-Za-z']+/g) ?? [];
  const words = tokens.map((t) => t.toLowerCase());
  // "missed the first payment, due on September 29": "due" after a noun names the payment's day, and the clause's own
  // verb, if past, tells that it has gone by; a verb of saying does not ("said the payment due Friday…").
  let dueOfNoun = false;
  for (let i = words.length - 1; i >= Math.max(0, words.length - SCAN_WORDS); i--) {
    const w = words[i] ?? '';
    const prev = words[i - 1] ?? '';
    if (w === 'due' && words[i + 1] !== 'to' && prev !== '' && !BE_FORMS.has(prev) && !PAST_FORMS.has(prev)) {
      dueOfNoun = true;
      continue;
    }
    // "since Friday", "since reporting on Thursday": a day in the past.
    if (w === 'since') return 'past';
    // "ahead of Thursday's deadline", "looking ahead to the auctions … on Tuesday": a day to come.
    if (prev === 'ahead' && (w === 'of' || (w === 'to' && LOOK_AHEAD.test(wide)))) return 'forward';
    // "is reported to have run aground on Monday", "has closed": the perfect tells of what is done.
    // ("will have", "have been rescheduled for Monday": the modal or the participle after "been" decides.)
    const next = words[i + 1] ?? '';
    if ((w === 'have' || w === 'has') && !FORWARD_WORDS.has(prev) && next !== 'been' && hasTag(next, 'VBN'))
      return 'past';
    const present = presentTense(w, prev, i > 0 && /^[A-Z]/.test(tokens[i] ?? ''), words.indexOf('that', i) > i);
    if (present) return present;
    // "could not be reached for comment on Friday", "could have": what could not be done, or could have been, is done.
    if (
      w === 'could' &&
      (COULD_LOOKS_BACK.has(next) ||
        NOTHING.has(words[i + 2] ?? '') ||
        words.slice(Math.max(0, i - 8), i).some((x) => NOBODY.has(x)))
    )
      continue;
    const at = w === 'to' && FORWARD_BEFORE_TO.has(prev) ? i - 1 : FORWARD_WORDS.has(w) ? i : -1;
    // "had been due to expire Friday": a plan in the past.
    if (at >= 0) return words.slice(Math.max(0, at - 2), at).includes('had') ? 'past' : 'forward';
    // "will be paid", "to be completed", "stay closed": a participle; the verb before it decides.
    // "is expected to be formally adopted": an adverb may stand between "be" and the participle. "will hold a
    // televised news conference": after a determiner the participle is an adjective.
    const verbBefore = prev.endsWith('ly') ? (words[i - 2] ?? '') : prev;
    if (isPast(w) && !BE_FORMS.has(verbBefore) && !DETERMINERS.has(prev))
      return dueOfNoun && SAYING.has(w) ? 'forward' : 'past';
  }
  if (dueOfNoun) return 'forward';
  // "will report a 1986 budget deficit of up to nine billion yuan and prescribe austerity measures … in a budget
  // speech on Thursday": with no cue near, a modal further back in the clause still governs, unless a past verb
  // stands between (a past verb that far back decides nothing: what follows it may be reported speech).
  if (ended || wide.length <= before.length) return null;
  const far = (wide.split(CLAUSE_END).pop() ?? '').toLowerCase().match(/[a-z']+/g) ?? [];
  const seen = Math.max(words.length, SCAN_WORDS);
  for (let i = far.length - seen - 1; i >= Math.max(0, far.length - FAR_SCAN_WORDS); i--) {
    const w = far[i] ?? '';
    if (FORWARD_WORDS.has(w)) return 'forward';
    if (isPast(w) && !BE_FORMS.has(far[i - 1] ?? '')) return null;
  }
  return null;
}

/** Words after which a participle is an adjective ("a televised news conference", "its revised offer"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);

/** "looking ahead to", read from the whole window (the near cues' window may cut "looking" off); not "pushed ahead to". */
const LOOK_AHEAD = /\blook(?:s|ing|ed)?\s+ahead\s+to\s/i;

/** After "could", words that make it look back. */
const COULD_LOOKS_BACK = new Set(['not', 'have', 'only', 'never']);
/** "for which he could give no reason": a negative object looks back too. */
const NOTHING = new Set(['no', 'nothing']);
/** "Neither he nor his grandparents could be located Wednesday", "no one could be reached": a negative subject. */
const NOBODY = new Set(['neither', 'nor', 'no', 'nobody', 'none']);

/** Past verbs of saying: what they report may lie ahead. */
const SAYING = new Set(['said', 'told', 'announced', 'reported', 'added', 'stated', 'noted', 'disclosed']);

/** Participles that schedule rather than report ("planned Dec. 15"). */
const PLANNED = new Set(['planned', 'slated', 'proposed', 'targeted', 'postponed', 'delayed', 'rescheduled']);

/**
 * A past-tense verb just before a date ("the fiscal year ended Jan. 31", "met on Oct. 31"): the event is
 * over, so a year-less date is not after the publication date.
 */
export function doneBy(before: string): boolean {
  // "petered out on July 7": a particle may stand between the verb and the date.
  const [, prev = '', word = ''] =
    /(?:\b([a-z']+)\s+)?\b([a-z]+)\s+(?:(?:out|up|down|off|over|back|away)\s+)?(?:on\s+)?$/i.exec(before) ?? [];
  // "will be ended Jan. 31": a participle after "be" is no past.
  return isPast(word.toLowerCase()) && !PLANNED.has(word.toLowerCase()) && !BE_FORMS.has(prev.toLowerCase());
}

/** The tense around a mention: the nearest cue before it in its clause, else just after it. */
export function tenseAround(text: string, start: number, end: number): Tense {
  return tenseOf(text.slice(Math.max(0, start - TENSE_WINDOW), start), text.slice(end, end + 60));
}

export function tenseOf(before: string, after: string): Tense {
  return tenseBefore(before) ?? tenseAfter(after);
}

/**
 * A trailing attribution: ", they said", ", the company said on Monday", ", a UAW spokesman said". Fewer verbs than
 * SAYING: with "announced", "noted" and "disclosed" too, TrecQA's train and dev MAP fall by 0.001.
 */
const ATTRIBUTION = /,\s+(?:[\w'.-]+\s+){1,4}?(?:said|says|told|reported|added|stated)\b.*$/is;

/** The nearest tense cue after a mention ("on Friday fired", "Friday will"), within its clause. */
function tenseAfter(after: string): Tense {
  // "…at a press conference Tuesday, the company said": the words of saying date the saying, not what is told.
  const clause = (after.split(CLAUSE_END)[0] ?? '').replace(ATTRIBUTION, '');
  const words = clause.toLowerCase().match(/[a-z']+/g) ?? [];
  for (const [i, w] of words.slice(0, SCAN_AFTER).entries()) {
    if (FORWARD_WORDS.has(w) || (w === 'to' && FORWARD_BEFORE_TO.has(words[i - 1] ?? ''))) return 'forward';
    if (isPast(w)) return 'past';
  }
  return null;
}

/**
 * A bare weekday in news: the most recent such day on or before the DCT
 * ("said Friday" in a Tuesday article is last Friday), or the next one on or
 * after it when the wording looks forward ("will meet Friday", "next Friday").
 */
export function resolveWeekday(dct: Ymd, target: number, mention: string, before: string, after = ''): Ymd {
  if (/\bnext\b/.test(mention)) return weekdayAfter(dct, target, true);
  if (/\b(?:last|past|previous)\b/.test(mention)) return weekdayBefore(dct, target, true);
  if (/\bthis\b/.test(mention)) return weekdayAfter(dct, target);
  // "The LDP's setback in Sunday's elections may force…": the day names its event, and a verb after it ("may force")
  // tells of the clause, not of the day. Without a cue before it, the nearer such day (a Monday's "Sunday's" is
  // yesterday's, a Friday's "Saturday's hog slaughter is guesstimated" tomorrow's), unless a figure is set against it
  // ("against Friday's close", "from Friday's 1753 finish") or a past verb follows ("Friday's data braked…"): done.
  // "…a premium over Friday's closing share price": a figure set against the day's is done, whatever comes before.
  if (POSSESSIVE.test(after) && COMPARED_WITH.test(before)) return weekdayBefore(dct, target);
  if (POSSESSIVE.test(after) && tenseBefore(before) === null) {
    const back = weekdayBefore(dct, target);
    const ahead = weekdayAfter(dct, target);
    // "The move follows Tuesday's vote": a verb that relates it to now tells of a day done, too.
    const verb = /([a-z]+)\s+$/i.exec(before)?.[1]?.toLowerCase() ?? '';
    if (STATIVE.has(verb) || doneAfter(after)) return back;
    return daysBetween(back, dct) <= daysBetween(dct, ahead) ? back : ahead;
  }
  const tense = tenseOf(before, after);
  if (tense === 'forward') return weekdayAfter(dct, target);
  // Tomorrow's weekday with no tense to tell: "effective Tuesday" in a Monday article is tomorrow; a day six days
  // back would be written "last Tuesday".
  if (tense === null && daysBetween(weekdayBefore(dct, target), dct) === 6) return weekdayAfter(dct, target);
  return weekdayBefore(dct, target);
}

/**
 * The first verb of the clause after a possessive day is past ("Friday's weak employment data for March braked…"),
 * not a present passive ("Saturday's hog slaughter is guesstimated…"). The noun phrase may be long: the whole clause.
 */
function doneAfter(after: string): boolean {
  const words = (after.split(CLAUSE_END)[0] ?? '').toLowerCase().match(/[a-z']+/g) ?? [];
  for (const [i, w] of words.entries()) {
    if (FORWARD_WORDS.has(w)) return false;
    if (isPast(w)) return !BE_FORMS.has(words[i - 1] ?? '');
  }
  return false;
}

/** A possessive just after the mention ("Sunday's elections"). */
export const POSSESSIVE = /^['’]s\b/;

/** A figure set against another day's ("against Friday's close", "from Friday's finish", "compared with"). */
const COMPARED_WITH = /\b(?:against|from|versus|vs\.?|than|with|over)\s+$/i;
