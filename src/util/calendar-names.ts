// Month and weekday names, and the patterns that find them in text: one place
// for every module that reads or writes a calendar word (the ranker's word
// flags, the date tagger, the timeline, the answers' date leads).

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const stems = (names: readonly string[]) => names.map((n) => n.slice(0, 3).toLowerCase()).join('|');

/** Months cut to three letters, for case-insensitive patterns: `jan|feb|…|dec`. */
export const MONTH_STEMS = stems(MONTH_NAMES);
/** Weekdays cut to three letters, for case-insensitive patterns: `sun|mon|…|sat`. */
export const WEEKDAY_STEMS = stems(WEEKDAY_NAMES);

/** A month written out or abbreviated ("January", "Jan.", "Sept"), for case-insensitive patterns. */
export const MONTH_WORD = `(?:${MONTH_STEMS})[a-z]*\\.?`;

/** A weekday written out or abbreviated ("Tuesday", "Tues.", "Thu"), as a word (case-insensitive). */
export const WEEKDAY_WORD = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/i;

/** A weekday written out, alone but for "on" and trailing commas ("on Friday,"). */
export const WEEKDAY_ALONE = /^\s*(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day[\s,]*$/i;

/** One word that is a month or weekday name, whole or abbreviated, capitalised as written ("Jan", "Sept", "Friday"). */
export const CALENDAR_WORD = new RegExp(
  `^(?:${[...MONTH_NAMES, ...MONTH_NAMES.map((m) => m.slice(0, 3)), 'Sept', ...WEEKDAY_NAMES].join('|')})$`,
);
