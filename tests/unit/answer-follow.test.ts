// Which further sentences join the best one in the answer: those scoring at least a third as well and at least
// half as much about the question, within the length budget, each saying something the others do not.
import { describe, expect, it } from 'vitest';
import {
  ANSWER_MAX_CHARS,
  ANSWER_STRETCH_CHARS,
  chooseSentences,
  STRETCH_SECOND_MAX_CHARS,
  STRETCH_THIRD_MAX_CHARS,
} from '../../src/answer/answer-text.js';
import { type PassageSentence } from '../../src/answer/context.js';
import type { Features, Ranked } from '../../src/answer/ranker.js';
import type { Passage } from '../../src/corpus/types.js';

const passage: Passage = { id: 0, key: 'a:1', doc: 0, paragraph: 1, part: 1, text: '', start: 0, end: 0 };

let at = 0;

/** A sentence of one passage, after the ones made before it (their spans do not meet). */
function ranked(text: string, score: number, coverage: number): Ranked<PassageSentence> {
  const start = at;
  at += text.length + 1;
  return {
    candidate: { text, kinds: 0, proper: [], passage, start },
    features: { coverage } as Features,
    score,
  };
}

const texts = (rs: Ranked<PassageSentence>[]) => rs.map((r) => r.candidate.text);

describe('further sentences of an answer', () => {
  const best = ranked('The rockets hit the base near Kirkuk on Friday evening.', 10, 0.8);

  it('a sentence scoring a third of the best and half as much about the question joins it', () => {
    const second = ranked('One contractor was killed and four soldiers were wounded.', 4, 0.45);
    expect(texts(chooseSentences([best, second], new Set(['rocket'])))).toEqual([
      best.candidate.text,
      second.candidate.text,
    ]);
  });

  it('a sentence scoring under 30% of the best, or under half its coverage, does not', () => {
    const weak = ranked('Officials met in Baghdad to discuss the budget for next year.', 2.5, 0.8);
    const offTopic = ranked('The minister later travelled to Paris for other talks.', 9, 0.3);
    expect(texts(chooseSentences([best, offTopic, weak], new Set(['rocket'])))).toEqual([best.candidate.text]);
  });

  it('stops at three sentences and the length budget, and skips a sentence that repeats one chosen', () => {
    const repeat = ranked('The rockets hit the base near Kirkuk on Friday.', 9.5, 0.8);
    const long = ranked('x'.repeat(ANSWER_MAX_CHARS - 60), 9, 0.8);
    const others = ['Two Iraqi soldiers were hurt.', 'The base hosts US troops.', 'Nobody claimed it.'].map((t) =>
      ranked(t, 8, 0.7),
    );
    const chosen = chooseSentences([best, repeat, long, ...others], new Set(['rocket']));
    expect(texts(chosen)).toEqual([best.candidate.text, 'Two Iraqi soldiers were hurt.', 'The base hosts US troops.']);
  });

  it('past the usual budget only a sentence scoring near the best joins, after those that fit, and within the stretch', () => {
    // A best sentence of 150 characters leaves room for a near tie that is too long for the usual budget, not for
    // the stretch.
    const best = ranked(`The rockets hit the base near Kirkuk on Friday evening, ${'w'.repeat(93)}.`, 10, 0.8);
    const room = ANSWER_MAX_CHARS - best.candidate.text.length;
    const close = ranked(`Close ${'y'.repeat(room)}.`, 8.5, 0.8);
    const far = ranked(`Far ${'z'.repeat(room)}.`, 7.5, 0.8);
    const short = ranked('Nobody claimed it.', 5, 0.7);
    expect(texts(chooseSentences([best, close], new Set(['rocket'])))).toEqual([
      best.candidate.text,
      close.candidate.text,
    ]);
    // A long one does not join as a third sentence past the usual budget…
    expect(texts(chooseSentences([best, close, short], new Set(['rocket'])))).toEqual([
      best.candidate.text,
      short.candidate.text,
    ]);
    // …a short one does: the best and a second fill the usual budget, a near tie of 180 characters runs past it.
    const second = ranked(`Second ${'x'.repeat(190)}.`, 9, 0.8);
    const closeShort = ranked(`Close ${'y'.repeat(STRETCH_THIRD_MAX_CHARS - 40)}.`, 8.5, 0.8);
    expect(texts(chooseSentences([best, second, closeShort], new Set(['rocket'])))).toEqual([
      best.candidate.text,
      second.candidate.text,
      closeShort.candidate.text,
    ]);
    // One scoring under STRETCH_SHARE of the best does not go past the usual budget.
    expect(texts(chooseSentences([best, far, short], new Set(['rocket'])))).toEqual([
      best.candidate.text,
      short.candidate.text,
    ]);
    // Longer than the room the stretch leaves: cut to fit it, never past it.
    const longBest = ranked(`The rockets hit the base ${'w '.repeat(150)}near Kirkuk.`, 10, 0.8);
    const tooLong = ranked(`Close ${'y '.repeat(STRETCH_SECOND_MAX_CHARS / 2 - 10)}rocket.`, 9.5, 0.8);
    const [, cut] = texts(chooseSentences([longBest, tooLong], new Set(['rocket'])));
    expect(cut?.startsWith('…')).toBe(true);
    expect(longBest.candidate.text.length + (cut?.length ?? 0) + 11).toBeLessThanOrEqual(ANSWER_STRETCH_CHARS);
  });

  it('past the usual budget a near tie longer than STRETCH_SECOND_MAX_CHARS does not join, whole or cut', () => {
    const room = ANSWER_MAX_CHARS - best.candidate.text.length;
    const long = ranked(`Close ${'y '.repeat(Math.max(room, STRETCH_SECOND_MAX_CHARS) / 2 + 10)}rocket.`, 9.5, 0.8);
    expect(long.candidate.text.length).toBeGreaterThan(STRETCH_SECOND_MAX_CHARS);
    expect(texts(chooseSentences([best, long], new Set(['rocket'])))).toEqual([best.candidate.text]);
    // Within the usual budget a sentence of any length that fits still joins.
    const fits = ranked(`Fits ${'v'.repeat(room - 20)}.`, 9.5, 0.8);
    expect(texts(chooseSentences([best, fits], new Set(['rocket'])))).toEqual([
      best.candidate.text,
      fits.candidate.text,
    ]);
  });

  it('cuts a near-tie sentence too long for the room left around the words asked about, after whole ones', () => {
    const filler = 'and the talks went on for many hours without any agreement on the main points at issue, ';
    // A long best sentence leaves less room past the budget than the near tie takes.
    const longBest = ranked(
      `The rockets hit the base near Kirkuk on Friday evening, ${filler.repeat(3)}officials said.`,
      10,
      0.8,
    );
    const tail = ranked(
      `The envoy said ${filler.repeat(2)}while rockets struck Kirkuk airport twice, killing two guards.`,
      9,
      0.8,
    );
    expect(tail.candidate.text.length).toBeLessThanOrEqual(STRETCH_SECOND_MAX_CHARS);
    const chosen = chooseSentences([longBest, tail], new Set(['rocket', 'kirkuk']));
    expect(chosen).toHaveLength(2);
    const cut = chosen[1]?.candidate.text ?? '';
    expect(cut.startsWith('…')).toBe(true);
    expect(cut).toContain('rockets struck Kirkuk airport');
    expect(longBest.candidate.text.length + cut.length + 10).toBeLessThanOrEqual(ANSWER_STRETCH_CHARS);
    // A whole sentence that fits goes first; the cut one only fills what room is left.
    const whole = ranked('Rockets also hit Kirkuk airport.', 8.5, 0.8);
    expect(texts(chooseSentences([longBest, tail, whole], new Set(['rocket', 'kirkuk'])))[1]).toBe(
      whole.candidate.text,
    );
  });
});

describe('a quotation the best sentence announces', () => {
  const text =
    'The IRGC also put US allies on notice. “We warn all allied countries that they will be a target.” Later…';
  const announcing = (score: number): Ranked<PassageSentence> => ({
    candidate: {
      text: 'The IRGC also put US allies on notice.',
      kinds: 0,
      proper: [],
      passage: { ...passage, text },
      start: 0,
    },
    features: { coverage: 0.5 } as Features,
    score,
  });

  it('runs on into a quotation right after it that names no speaker', () => {
    expect(texts(chooseSentences([announcing(10)], new Set(['alli'])))).toEqual([
      'The IRGC also put US allies on notice. “We warn all allied countries that they will be a target.”',
    ]);
  });

  it('does not run on into a sentence that is no quotation, nor one that goes on after its quotation', () => {
    const plain = { ...passage, text: 'The IRGC also put US allies on notice. The allies met on Monday.' };
    const said = { ...passage, text: 'The IRGC also put US allies on notice. “We warn you,” Salami said.' };
    for (const p of [plain, said]) {
      const r = announcing(10);
      expect(texts(chooseSentences([{ ...r, candidate: { ...r.candidate, passage: p } }], new Set(['alli'])))).toEqual([
        'The IRGC also put US allies on notice.',
      ]);
    }
  });
});
