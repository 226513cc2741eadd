// "How many…" is answered by a count given in the sentence after the event it counts ("…after three months of
// protests. 500 people have been killed and 19,000 wounded."): the count gains what the sentence before matched.
import { expect, it } from 'vitest';
import { ask } from '../../src/answer/compose.js';
import { holdsAskedKind } from '../../src/answer/asked-kind.js';
import { parseQuestion } from '../../src/answer/question.js';
import { counts } from '../../src/answer/counting.js';
import { sentenceWords } from '../../src/nlp/sentence-words.js';
import { terms } from '../../src/nlp/terms.js';
import { engineOver } from '../support/engine-over.js';
import { termVectors } from '../support/term-vectors.js';

const ARTICLES: Record<string, string> = {
  'unrest.txt': ` date 1990-05-02
Security forces have killed up to 40 people in the protests in Ruritania, witnesses said.
The prime minister of Ruritania has resigned after almost three months of street protests. 300 people have been killed and 9,000 injured.`,
  'talks.txt': ` date 1990-05-03
The opposition said talks with the government would resume in June.`,
};

const engine = engineOver(ARTICLES);

it('answers "how many" from the count after the sentence naming the event', () => {
  const r = engine().ask('How many people have been injured in the street protests in Ruritania?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('9,000 injured');
});

const output = engineOver({
  'gm.txt': ` date 1987-04-01
GM MARCH U.S. CAR OUTPUT RISES
General Motors Corp said it produced 395,294 cars in the U.S. in March, up from 366,671 in March 1986.

The automaker said it made 144,959 trucks last month, an increase from 131,640 produced in the same month last year.`,
  'ford.txt': ` date 1987-04-02
FORD SALES
Ford Motor Co said its car sales eased in February from a year earlier.`,
});

it('answers "how many trucks" from the count of trucks, not of cars the vectors put close, on the month asked', () => {
  const [truck, car] = ['trucks', 'cars'].map((w) => terms(w)[0] ?? w);
  const vectors = termVectors(
    [
      { term: truck ?? '', axis: 0 },
      { term: car ?? '', near: 0, similarity: 0.8, axis: 1 },
    ],
    2,
  );
  const e = output();
  const r = ask(
    { corpus: e.corpus, index: e.index, sentences: e.sentences, vectors },
    'How many trucks did General Motors build in the U.S. in March?',
  );
  expect(r.kind).toBe('answer');
  // "last month" is March to its article: no other month said, the count stands for the month asked.
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('144,959 trucks');
});

it('counts a unit of time only by its own word: "five months" is no count of years, though the vectors put them close', () => {
  const [year, month, soldier, troop] = ['years', 'months', 'soldiers', 'troops'].map((w) => terms(w)[0] ?? w);
  const vectors = termVectors(
    [
      { term: year ?? '', axis: 0 },
      { term: month ?? '', near: 0, similarity: 0.8, axis: 1 },
      { term: soldier ?? '', axis: 2 },
      { term: troop ?? '', near: 2, similarity: 0.8, axis: 3 },
    ],
    4,
  );
  const months = 'Ecuador has suspended crude exports for about five months.';
  expect(counts([year ?? ''], sentenceWords(months), months, vectors)).toBe(false);
  const years = 'The loans are repayable over 15 years.';
  expect(counts([year ?? ''], sentenceWords(years), years, vectors)).toBe(true);
  // Not a unit: a close word counts it as before.
  const troops = 'About 500 troops are there.';
  expect(counts([soldier ?? ''], sentenceWords(troops), troops, vectors)).toBe(true);
});

it('counts a country\'s people by their name ("500 Iraqis"), not by the country\'s ("500 protesters in Iraq")', () => {
  const mps = terms('iraqi mps');
  const place = 'Forces are accused of killing up to 500 protesters in Iraq.';
  expect(counts(mps, sentenceWords(place), place)).toBe(false);
  const people = '500 Iraqis have been killed.';
  expect(counts(terms('Iraqis'), sentenceWords(people), people)).toBe(true);
});

it('counts a unit by its wire-copy abbreviation ("34.5 mln lbs" for pounds, "80,000 bpd" for barrels)', () => {
  const bellies = 'Frozen pork belly stocks at 34.5 mln lbs on March 1.';
  expect(counts(terms('pounds'), sentenceWords(bellies), bellies)).toBe(true);
  const field = 'The field is expected to produce 80,000 bpd at its peak.';
  expect(counts(terms('barrels'), sentenceWords(field), field)).toBe(true);
  // Only the unit it stands for: "lbs" counts no tonnes.
  expect(counts(terms('tonnes'), sentenceWords(bellies), bellies)).toBe(false);
});

it('"units" counts the goods the sentence names before it ("vehicle exports … to 174,133 units")', () => {
  const exports = "Japan's vehicle exports to Europe in January rose 38 pct from a year earlier to 174,133 units.";
  expect(counts(terms('vehicles'), sentenceWords(exports), exports)).toBe(true);
  // Not goods it has not named: the units of another thing.
  const other = 'The company sold 5,000 units of its software last year.';
  expect(counts(terms('vehicles'), sentenceWords(other), other)).toBe(false);
  // Nor before it names them.
  const before = 'Sales reached 174,133 units, led by vehicle exports.';
  expect(counts(terms('vehicles'), sentenceWords(before), before)).toBe(false);
});

const harbin = engineOver({
  'harbin.txt': ` date 1987-03-16
CHINA FACTORY BLAST KILLS 45
A huge explosion in a flax factory in the northeast China city of Harbin killed 45 workers and injured 185, the official China Legal News reported.

The newspaper said more than 470 workers were inside the factory when the blast happened.`,
});

it('does not take a number the question gives for the count it asks ("the explosion that killed 45")', () => {
  const lead = 'A huge explosion in a flax factory killed 45 workers and injured 185.';
  const workers = terms('workers');
  expect(counts(workers, sentenceWords(lead), lead, null, [], new Set(['45']))).toBe(false);
  expect(counts(workers, sentenceWords(lead), lead)).toBe(true);
  // Spelled out as well, as the ranker reads a number the question gives.
  const spelled = parseQuestion('How many workers were inside when the blast that killed four happened?');
  expect(holdsAskedKind(spelled, 'The blast killed four workers.', { answerNear: 1, type: 1 })).toBe(false);
  expect(holdsAskedKind(spelled, 'More than 470 workers were inside.', { answerNear: 1, type: 1 })).toBe(true);
  const r = harbin().ask(
    'How many workers were inside the Harbin flax factory when the explosion that killed 45 happened?',
  );
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('470 workers');
});
