// Dates that are not events of their day, each recognised by the words
// around it rather than by any particular story:
// - a figure in a table ("Mar 25.1", "late April 7,500,000 shares"): no date;
// - a duration ("five weeks after they were signed", "the next few weeks"):
//   TimeML DURATION, no day;
// - a recurring date ("annually on April 7", "each April 7", "every morning",
//   "expiration Friday"):
//   TimeML SET, no day;
// - a period's edge ("the quarter ending June 30", "the year ended March 31",
//   "the six months to June 30"): the day is right, but nothing happens on it;
// - a deadline ("respond by July 16"), a week or a figure's day ("the March 2
//   week", "based on March 1 conditions", "its backlog at September 30",
//   "from Friday's close"), a day given up, a recess ("break for Easter"): the
//   same, though a question may still ask about the day.
import { isoDay } from './calendar.js';
import type { Draft } from './mention.js';
import { NUMBER_WORDS } from './number-words.js';
import { EXTENDED_TO, POSSESSIVE } from './tense.js';
import { MONTH_WORD as MONTH_WORD_PATTERN } from '../util/calendar-names.js';

/** A day number or month glued to more figures: "Mar 25.1", "April 7,500,000"; but "April 7, 1987" is a date. */
export function tableFigure(mention: string, after: string): boolean {
  // A mention with its year ("Jan. 1, 1990 at 1,015 francs") is a date whatever figure follows.
  if (/\b(?:1[89]|20)\d\d\b/.test(mention)) return false;
  if (!/\d$/.test(mention)) return false;
  // "a coupon of 5/8 pct", "a spread of 5/8 percentage points": a fraction of a unit.
  if (/^\s*(?:pct|percent|per\s*cent|percentage|points?|%|dlrs?|cts?|cents?)\b/i.test(after)) return true;
  // "Jul/Sep 4-3/4 under": a price in eighths and quarters, not the 4th.
  if (/^(?:[-\s]\d{1,2})?\/\d{1,2}\b/.test(after)) return true;
  return /^[.,]\d/.test(after) && !/^,\s?(?:1[89]|20)\d\d(?![\d,.]?\d)/.test(after);
}

/** "Tomorrow-next" ("tom/next"): the money market's deposit from tomorrow to the day after, a term, not a date. */
export function marketTerm(mention: string, after: string): boolean {
  return /^tomorrow$/i.test(mention.trim()) && /^\s*[-/]\s*next\b/i.test(after);
}

const COUNT = String.raw`(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of|couple of|some)`;
const UNIT = String.raw`(day|week|month|year|decade|hour|minute)s?`;
/** "five weeks after", "a week before": counted from an event, not from the article's date. */
const SPAN_FROM_EVENT = new RegExp(
  String.raw`^(?:about\s+|nearly\s+|almost\s+|just\s+|some\s+|over\s+)?${COUNT}\s+${UNIT}\s+(after|before|earlier|later)$`,
  'i',
);
/** "the next few weeks", "the past two years", "last five years": a stretch of time up to or from now. */
const SPAN_AROUND_NOW = new RegExp(
  String.raw`^(?:the\s+)?(?:past|next|last|coming|previous|following)\s+${COUNT}\s+${UNIT}$`,
  'i',
);
/** "finishing in 3:07:35": a clock with seconds and no a.m./p.m. is a time taken, not a time of day. */
const RACE_TIME = /^\d{1,2}:\d\d:\d\d$/;

/** The TimeML duration value ("P5W", "PXM", "PT3H") when the mention is a duration, else null. */
export function durationValue(mention: string, after: string): string | null {
  // chrono may run on past a comma ("the next few weeks, they said" as "next few weeks, they").
  const t = mention.trim().replace(/,\s*\p{Ll}+$/u, '');
  if (RACE_TIME.test(t)) {
    const [h, m, s] = t.split(':');
    return `PT${Number(h)}H${Number(m)}M${Number(s)}S`;
  }
  let m = SPAN_FROM_EVENT.exec(t);
  // "a day earlier", "three days later" end a clause and move the story's day; "a month earlier than usual" does not.
  if (m && /^(?:earlier|later)$/i.test(m[3] ?? '') && !/^\s+than\b/i.test(after)) m = null;
  m ??= SPAN_AROUND_NOW.exec(t);
  if (!m) return null;
  const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : NUMBER_WORDS[(m[1] ?? '').toLowerCase()];
  const count = n === undefined ? 'X' : String(n);
  const unit = (m[2] ?? '').toLowerCase();
  if (unit === 'hour' || unit === 'minute') return `PT${count}${unit[0]?.toUpperCase() ?? ''}`;
  if (unit === 'decade') return `P${count}DE`;
  return `P${count}${unit[0]?.toUpperCase() ?? ''}`;
}

/** "July 28 last year": the year follows the date in words. */
export function yearAfter(after: string): -1 | 0 | 1 | null {
  const m = /^,?\s+(?:of\s+)?(last|this|next)\s+year\b/i.exec(after);
  if (!m) return null;
  const w = (m[1] ?? '').toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : 0;
}

/** "each April 7", "every morning", "annually on April 7", "every year on": a date that comes round again. */
const RECURRING =
  /\b(?:each|every|(?:annually|yearly|quarterly|monthly|weekly|(?:each|every)\s+(?:year|month|week))(?:\s+on)?)\s+(?:the\s+)?$/i;

/** "on expiration Friday", "triple witching Friday": the market's weekday that comes round each quarter or month. */
const MARKET_WEEKDAY = /\b(?:expiration|expiry|witching)\s+$/i;

export function recurring(before: string, weekday = false): boolean {
  return RECURRING.test(before) || (weekday && MARKET_WEEKDAY.test(before));
}

/** The draft as a TimeML SET: "each April 7" is `XXXX-04-07`, "every Monday" `XXXX-WXX-1`, "every morning" `XXXX-XX-XXTMO`. */
export function asSet(d: Draft): Draft {
  const clock = d.value.slice(10);
  const value =
    d.bareWeekday !== undefined
      ? `XXXX-WXX-${d.bareWeekday || 7}`
      : d.clock !== undefined && d.day
        ? `XXXX-XX-XX${d.clock}`
        : d.day
          ? `XXXX${isoDay(d.day).slice(4)}${clock}`
          : d.value.replace(/^\d{4}/, 'XXXX');
  return { start: d.start, end: d.end, value, granularity: 'set', day: null, relative: false };
}

/**
 * "the quarter ending (this) June 30", "the year ended", "the agreement year, which ends this September 30", "the six
 * months to June 30", "the crop year beginning August 1", "as of (the) March 31", a level in a
 * table ("Stocks, Aug 31, 1987, projected at 610", "ending stocks on August 31"), "produced after
 * April 30", "since March 5", "prior to June eight", "on, or before, July 8", "between May 21 and June 5", "the week
 * of May 11": a day that opens or closes a period or a count; and "delayed its meeting to June 22 from (the previously
 * scheduled) May 14", "extended to June 30 from June 4", "had previously scheduled the meeting for May 21": a day given
 * up.
 */
const PERIOD_EDGE =
  /(?:\b(?:quarter|qtr|year|period|month|week|days|half|term|session|season|fiscal\s+\d{4}|\d{4}(?:\/\d{2,4})?)s?,?\s+(?:(?:which|that)\s+(?:will\s+)?)?(?:ending|ended|ends|end|to\s+end|to|up\s+to|through|thru)(?:\s+on|\s+this|\s+next|\s+last)?|\b(?=year|season|quarter|period|month|week|half|fiscal|\d{4})(?<!(?<![\w/.-])(?:\d{1,3}(?:[-/.]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|this)\s+)(?:year|season|quarter|period|month|week|half|fiscal\s+\d{4}|\d{4}(?:\/\d{2,4})?)s?(?:,?\s+(?:which|that)(?:\s+will)?)?,?\s+(?:beginning|begins|began|starting|starts|started|commencing|commences)(?:\s+on)?|\bas\s+of(?:\s+the)?|\b(?:stocks|inventories|reserves|holdings|supplies),|\bending\s+stocks(?:\s+on)?|\b(?:starting|beginning)\b[^.;]{1,40}\band\s+ending(?:\s+on)?|\bqtrs?\.?|\b(?:after|before|since|prior\s+to),?|\bbetween(?:\s+(?:(?!\band\b)[^.;,]){1,60}?\s+and)?|\bweek\s+of|\b(?:(?:delay|postpone|move|change|reschedule|advance|accelerate|extend)(?:s|d|ed|ing)|(?:voted|agreed|decided)\s+to\s+(?:delay|postpone|move|change|reschedule|advance|extend)|put(?:s|ting)?\s+back|(?:brought|bring|brings|bringing)\s+forward)\b(?:[^.;]|(?<=\b[A-Z])\.|(?<=\d)\.(?=\d)){0,80}\b(?:to|until|till)\b[^.;]{0,60}\bfrom(?:\s+the\s+(?:previously|originally|initially)\s+(?:scheduled|planned|set|announced))?|\b(?:previously|originally|initially|provisionally|formerly)\s+(?:been\s+)?(?:scheduled|planned|set|slated|due)\b[^.;]{0,60}?\b(?:for|on))\s+$/i;

/** "before Friday's meeting", "prior to today's action": the day of the thing named, which happens on it. */
const OCCASION_NAMED = /\b(?:before|after|prior\s+to)\s+$/i;

export function periodEdge(before: string, after = ''): boolean {
  return PERIOD_EDGE.test(before) && !(OCCASION_NAMED.test(before) && POSSESSIVE.test(after));
}

/**
 * A deadline: "respond by July 16", "a waiver until May 26", "tenders up to April 11", "no later than March 1",
 * "convertible until (or before) the close of business on June 26".
 * The day bounds a wait; what happens may come at any time before it.
 */
const DEADLINE =
  /\b(?:(?:by|until|till|through|thru|(?<![-\w])up\s+to|(?:no|not)\s+later\s+than)(?:\s+the\s+close\s+of\s+(?:business|trading)(?:\s+on)?)?|before\s+the\s+close\s+of\s+(?:business|trading)(?:\s+on)?)\s+$/i;
/**
 * "will not report until May 26", "won't vote till Friday", "the report was delayed until May 15", "adjourned until
 * Monday", "may wait until tomorrow before supplying reserves": the thing happens then.
 */
const HAPPENS_THEN =
  /(?:(?:\bnot|\bnever|n't)\b[^.;:]*|\b(?:delay|postpone|put\s+off|defer|adjourn)\w*\s+(?:[\w'.-]+,?\s+){0,14}?|\b(?:recess|suspend|wait)\w*\s+(?:\w+\s+){0,4}?)\b(?:until|till)\s+$/i;
/** "in the March 2 week", "its four-week March 1 sales": a week (a statistical one) that ends on the day. */
const WEEK_AFTER = /^\s*-?\s*weeks?\b/i;
/** "for the June 28 first quarter", "the March 31 fiscal year", "Feb 28 end" in a table: the period ends on the day. */
const PERIOD_AFTER =
  /^\s*(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+)?(?:quarter|qtr|half|fiscal\s+year|year-end)\b|^\s+end\b(?!\s+(?:of|to)\b)/i;
/**
 * "the July 25 deadline", "the July 31, 1987 expiry of the contract": the day named is a deadline or a term's end. Not
 * "the Dec 19 expiration Friday", the options market's day.
 */
const DEADLINE_AFTER = /^\s+(?:deadline|expiry|expiration|cut-?off)\b(?!\s+(?:friday|day)\b)/i;
/** "300 mln dlrs of floating rate notes due Oct 8, 1987": the day tells which security, as "due 1992" does. */
const SECURITY_DUE =
  /\b(?:notes|bonds|debentures|bills|securities|certificates|paper|eurobonds?|loan|loans|issue)\s+due\s+$/i;
const WEEKS_BEFORE = /\b\S+-weeks?\s+$/i;
/**
 * "based on March 1 conditions", "the shares outstanding on March 2", "its backlog at September 30": the day a figure is
 * taken on. Not "at today's auction" (a possessive names an occasion) nor "at midnight".
 */
const TAKEN_ON = /\b(?:based\s+on|outstanding(?:\s+(?:on|at))?|at)\s+$/i;
/** "at the April 23 annual meeting": an occasion on the day, not a figure's day. */
const OCCASION_AFTER =
  /^\s+(?:(?:annual|special|board|general|shareholders'?)\s+)?(?:meeting|session|conference|hearing|auction|tender)\b/i;
/** "from Friday's close of 1,900": the day a market's figure is taken, set against today's. */
const FIGURE_AFTER = /^['’]s\s+(?:close|closing|finish|settlement|level|fixing|opening)\b/i;
/** "Egypt has cancelled its April 2 tender": the occasion called off, named by its day. */
const CALLED_OFF_BEFORE =
  /(?<!\b(?:not|never|n't)\s+(?:\w+\s+)?)\b(?:cancell?(?:s|ed|ing)?|call(?:s|ed|ing)?\s+off|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?|postpone[sd]?|postponing|delay(?:s|ed|ing)?)\s+(?:its|the|their|his|her|this|next|a)\s+$/i;
/** A figure, up to three words of its unit ("49.9 billion", "3.2 billion dlrs"), then the day: what such a day dates. */
const FIGURE_THEN_DAY = String.raw`\s+(?:a\s+|an\s+)?(?:revised\s+)?\d(?:[\d.,/-]*\d)?(?:\s+(?!(?:effective|payable|paid|due|as|on|from|before|after|until|since|by|at|earlier)\b|[a-z]+ed\b)[a-z]+){0,3}?\s+(?:on\s+)?$`;
/**
 * "… compared with 14.490 billion dlrs on March 9", "a high of 2188 versus 2179 on Friday": the day of a figure set
 * against another. Not "rose to 5.5 pct on Thursday": a figure reached on the day.
 */
const COMPARED_FIGURE = new RegExp(
  String.raw`\b(?:against|versus|vs\.?|compared\s+(?:with|to))` + FIGURE_THEN_DAY,
  'i',
);
/**
 * "… up from 49.9 billion on Thursday", "fell to 3.60 pct from 3.75 yesterday", "from 14.1 mln dlrs a year ago": the
 * same, for a day named by its distance (a month named may date the change: "was raised to eight pct from 7-1/4 on
 * January 2"). Not after a verb ("raised from 7-1/4 pct on January 2").
 */
const FROM_FIGURE = new RegExp(
  String.raw`(?<!\b(?:[a-z]+ed|was|were|is|change|changes)\s+)\bfrom` + FIGURE_THEN_DAY,
  'i',
);
/** A month's name in the mention. */
const MONTH_WORD = new RegExp(`\\b${MONTH_WORD_PATTERN}`, 'i');
/** "the report, scheduled for release April 24, has been delayed until May 15": a day given up. */
const GIVEN_UP_AFTER =
  /^[^.;]{0,12}?,?\s+(?:has|have|had|was|were|is|are)\s+(?:now\s+)?(?:been\s+)?(?:delayed|postponed|cancell?ed|called\s+off|put\s+off|pushed\s+back|put\s+back|moved|rescheduled)\b/i;
/** "break for Easter", "recess for Christmas": the holiday names a recess, which starts days before it. */
const RECESS =
  /\b(?:break|breaks|broke|recess|recesses|recessed|adjourn|adjourns|adjourned)\s+(?:for|over)\s+(?:the\s+)?$/i;

/** "all Corona warrants expiring Aug 31, 1987": the day tells which security, as "due 1992" does; not "is expiring". */
const EXPIRING = /(?<!\b(?:is|are|be|been|was|were)\s+)\bexpiring(?:\s+on)?\s+$/i;
/**
 * "the tender offer expires on July eight", "the rights expire July three", "a contract that expired April 30", "its
 * tender offer that ended Feb 27": the end of a term, which what it bounds may reach any time before. Not a market's
 * contract ("the September options contract would expire August 14"): its expiry is the market's event of the day.
 */
const TERM_ENDS =
  /(?:\b(?<!\b(?:futures|options?)\s+)(?:offers?|offering|rights|warrants?|agreement|arrangement|accord|pact|contracts?|waiver|deadline)\b(?:,?\s+[\w'-]+){0,6}?\s+(?:(?:will|would|to|shall)\s+)?(?:expire[sd]?|lapse[sd]?)|\b(?:offers?|offering)\b(?:\s+[\w'-]+){0,3}?\s+(?:closed|ended|closes|ends|will\s+(?:close|end)))(?:\s+at(?:\s+\d{1,4}(?:[:.]\d\d)?)?(?:\s+[A-Z]{3})?(?:\s+\(\d{3,4}\s+GMT\))?)?(?:\s+on|\s+this|\s+next)?\s+$/i;
/**
 * "estimated at a total of 67.5 mln barrels on March one", "totaled 12.670 billion dlrs on March 10", "a record backlog
 * of 31.8 mln dlrs on March 1", "unchanged at 495p on Thursday": the day a level is taken. Not "rose to 7.46 billion
 * on Thursday": a change made on the day.
 */
const LEVEL_ON =
  /(?:\b(?:estimated|put|valued|unchanged|stood|standing|stands|pegged)\s+at|\btotall?(?:ed|ing)|\btouched|\b(?:backlogs?|reserves|stocks|inventories|holdings|assets|deposits)\b[^.;]{0,50}?\bof)\s+(?:a\s+(?:total|record|level)\s+of\s+)?(?:about\s+|around\s+|some\s+|an?\s+)?[$£]?\d[\d.,/]*[pc]?(?:\s+(?!(?:at|on|in|for|to|by|from|with|of)\b)[a-z%]+){0,4}?(?:\s+(?:on|at|as\s+of))?\s+$/i;
/** "interest only is payable until June 1, 1990, when repayment of principal begins": what happens then follows. */
const WHEN_AFTER = /^\s*,?\s*when\b/i;

/**
 * A day the words around it say nothing happens on: a deadline, a week or a figure's day ("at March 31", "Friday's
 * close"), a day given up, a recess, the day an offer is extended to or a security expires.
 * `clock`: the mention gives a time of day ("crushed by noon"), which dates what happened on its day.
 */
export function noEventOn(before: string, after: string, clock = false, mention = ''): boolean {
  return (
    (DEADLINE.test(before) &&
      !HAPPENS_THEN.test(before) &&
      // "hit by last Thursday's quake": the day of the thing named, after "by" as the agent's word.
      !POSSESSIVE.test(after) &&
      !WHEN_AFTER.test(after) &&
      !clock) ||
    // "a bill before Easter": a period's edge, for a holiday or a story's day too (chrono's dates are marked edges).
    periodEdge(before, after) ||
    WEEK_AFTER.test(after) ||
    PERIOD_AFTER.test(after) ||
    DEADLINE_AFTER.test(after) ||
    SECURITY_DUE.test(before) ||
    WEEKS_BEFORE.test(before) ||
    (TAKEN_ON.test(before) && !OCCASION_AFTER.test(after) && !POSSESSIVE.test(after) && !clock) ||
    FIGURE_AFTER.test(after) ||
    GIVEN_UP_AFTER.test(after) ||
    (CALLED_OFF_BEFORE.test(before) && /^\s+[a-z]/.test(after)) ||
    COMPARED_FIGURE.test(before) ||
    (FROM_FIGURE.test(before) && !MONTH_WORD.test(mention)) ||
    RECESS.test(before) ||
    // The day an offer or a security now runs to, with or without its hour: what it bounds may come any time before.
    EXTENDED_TO.test(before) ||
    EXPIRING.test(before) ||
    TERM_ENDS.test(before) ||
    LEVEL_ON.test(before)
  );
}
