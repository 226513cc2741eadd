// Days news names without a date: holidays ("on Christmas Eve", "Thanksgiving
// Day") and days told relative to the story ("the next day", "later that
// night"). chrono knows neither: it has no holidays, and it reads "the next
// day" from the article's date rather than from the day the story is on.
import { addDays, weekday, type Ymd } from './calendar.js';

export interface HolidayMention {
  start: number;
  end: number;
  /** The holiday in a given year. */
  on: (year: number) => Ymd;
  /** Written with its year ("Christmas 2019"). */
  year: number | null;
}

export interface StoryDayMention {
  start: number;
  end: number;
  /** Days after (or before, negative) the day the story last named. */
  days: number;
  /** TimeML part of day (`TMO`, `TNI`…) or ''. */
  part: string;
}

const fixed =
  (m: number, d: number) =>
  (y: number): Ymd => ({ y, m, d });

/** The n-th (1-based; -1 = last) given weekday (0 = Sunday) of a month. */
const nthWeekday =
  (m: number, dow: number, n: number) =>
  (y: number): Ymd => {
    if (n > 0) {
      const first = { y, m, d: 1 };
      return addDays(first, ((dow - weekday(first) + 7) % 7) + 7 * (n - 1));
    }
    const last = addDays({ y: m === 12 ? y + 1 : y, m: m === 12 ? 1 : m + 1, d: 1 }, -1);
    return addDays(last, -((weekday(last) - dow + 7) % 7));
  };

/** Western Easter Sunday (the anonymous Gregorian computus). */
function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

// Keys are lower case with plain apostrophes.
const HOLIDAYS: Record<string, (y: number) => Ymd> = {
  "new year's day": fixed(1, 1),
  "new year's eve": fixed(12, 31),
  christmas: fixed(12, 25),
  'christmas day': fixed(12, 25),
  'christmas eve': fixed(12, 24),
  'boxing day': fixed(12, 26),
  'independence day': fixed(7, 4),
  'fourth of july': fixed(7, 4),
  'july fourth': fixed(7, 4),
  halloween: fixed(10, 31),
  "valentine's day": fixed(2, 14),
  'veterans day': fixed(11, 11),
  "veterans' day": fixed(11, 11),
  thanksgiving: nthWeekday(11, 4, 4),
  'thanksgiving day': nthWeekday(11, 4, 4),
  'labor day': nthWeekday(9, 1, 1),
  'memorial day': nthWeekday(5, 1, -1),
  'martin luther king day': nthWeekday(1, 1, 3),
  'martin luther king jr. day': nthWeekday(1, 1, 3),
  "presidents' day": nthWeekday(2, 1, 3),
  easter,
  'easter sunday': easter,
  'good friday': (y) => addDays(easter(y), -2),
};

const HOLIDAY =
  /\b(New Year['’]s (?:Day|Eve)|Christmas(?: Day| Eve)?|Boxing Day|Independence Day|Fourth of July|July Fourth|Halloween|Valentine['’]s Day|Veterans['’]? Day|Thanksgiving(?: Day)?|Labor Day|Memorial Day|Martin Luther King(?: Jr\.)? Day|Presidents['’] Day|Easter(?: Sunday)?|Good Friday)(?:,?\s+((?:1[5-9]|20)\d\d))?\b/g;
/** A one-word feast ("Christmas", "Easter") names the day after these; otherwise it is "Christmas shopping". */
const BEFORE_FEAST = /\b(?:on|at|for|before|after|since|until|till|by|over|through|from|to|during|around)\s+$/i;

export function holidays(text: string): HolidayMention[] {
  const out: HolidayMention[] = [];
  for (let m = HOLIDAY.exec(text); m; m = HOLIDAY.exec(text)) {
    const name = (m[1] ?? '').replace(/’/g, "'").toLowerCase();
    const on = HOLIDAYS[name];
    if (!on) continue;
    const year = m[2] ? Number(m[2]) : null;
    if (!name.includes(' ') && !year && !BEFORE_FEAST.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, on, year });
  }
  return out;
}

const STORY_DAY =
  /\b(?:(?:earlier|later)\s+(?:on\s+)?)?(that|the same|the next|the following|the previous|the preceding)\s+(day|morning|afternoon|evening|night)\b/gi;
const PART: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', day: '' };
/** "(it) is the eighth day of" the operation. */
const SAME_DAY =
  /(?<=\b(?:is|was|it's|marks|marked)\s+)the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day\b(?!s)/gi;

export function storyDays(text: string): StoryDayMention[] {
  const out: StoryDayMention[] = [];
  for (let m = STORY_DAY.exec(text); m; m = STORY_DAY.exec(text)) {
    const which = (m[1] ?? '').toLowerCase();
    const days = /next|following/.test(which) ? 1 : /previous|preceding/.test(which) ? -1 : 0;
    out.push({ start: m.index, end: m.index + m[0].length, days, part: PART[(m[2] ?? '').toLowerCase()] ?? '' });
  }
  for (let m = SAME_DAY.exec(text); m; m = SAME_DAY.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, days: 0, part: '' });
  return out.sort((a, b) => a.start - b.start);
}
