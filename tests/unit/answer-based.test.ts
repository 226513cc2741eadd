// "Where is Texaco based?" asks where the company has its seat: a sentence that
// says "based on facts" uses the word in another sense and tells no place, and
// "U.S.-based Northwest Airlines" gives another company's.
import { expect, it } from 'vitest';
import { ask } from '../../src/answer/compose.js';
import { termOf, terms } from '../../src/nlp/terms.js';
import { engineOver } from '../support/engine-over.js';
import { termVectors } from '../support/term-vectors.js';

const engine = engineOver({
  'texaco.txt': ` date 1987-04-13
TEXACO RULING CITED
"The court in Chicago issued the ruling based on facts strikingly similar to the facts in the Texaco case," he said.
Texaco said it would appeal.`,
  'wallco.txt': ` date 1987-03-02
COLOROLL TO BUY WALLCO
Miami-based Wallco makes and sells wallcoverings.
Coloroll Group said it agreed to buy Wallco.`,
  'airbus.txt': ` date 1987-03-12
NORTHWEST ORDERS AIRBUS JETS
U.S.-based Northwest Airlines has ordered up to 20 of the European Airbus Industrie consortium's planned A340 jets.
A spokesman at Airbus headquarters in Toulouse said the order was welcome.`,
  'cimarron.txt': ` date 1987-03-13
FORD AWARDS TRUCKING CONTRACT
Ford Motor Co said it has awarded Cimarron Express Inc, an Ohio-based trucking company, a 2.3 mln dlr contract.`,
  'knowledge.txt': ` date 1987-03-11
COMPUTER HORIZONS BUYS COMPUTERKNOWLEDGE
Computer Horizons said it bought ComputerKnowledge Inc, a software training company headquartered in Dallas.`,
  'keycorp.txt': ` date 1987-03-16
KEYCORP TO ACQUIRE COMMERCIAL SECURITY
Keycorp said it signed a definitive agreement to acquire Commercial Security Bancorp.
Based in Salt Lake City, Commercial Security ended 1986 with assets of 830.3 mln dlrs.`,
  'cancer.txt': ` date 1987-03-31
AIDS PATENT DISPUTE SETTLED
The Pasteur Institute and the National Cancer Institute, of Bethesda, Md., settled the dispute over the AIDS test.`,
  'video.txt': ` date 1987-03-20
NATIONAL VIDEO IN FRANCHISE DEAL
National Video Inc, the video store franchiser, said it agreed with Univisa Inc to develop 600 National Video franchised stores in Hispanic communities by 1992.
Univisa will translate the stores materials into Spanish.`,
});

it.each([
  ['Where is Wallco based?', 'Miami'],
  ['Where is ComputerKnowledge headquartered?', 'Dallas'],
  ['Where is Cimarron Express based?', 'Ohio'],
  // The place opening the sentence, the holder after it; a place after ", of".
  ['Where is Commercial Security Bancorp based?', 'Salt Lake City'],
  ['Where is the institute that settled the AIDS test dispute with the Pasteur Institute based?', 'Bethesda'],
])('answers %s with the place the article gives', (question, place) => {
  const r = engine().ask(question);
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain(place);
});

it('declines a seat asked of a sentence that gives none, though it says where the company works', () => {
  // "…stores in Hispanic communities": where the stores go, not where National Video sits.
  expect(engine().ask('Where is the video store franchiser National Video based?').kind).toBe('not-found');
});

it('declines "Where is Texaco based?" when the only "based" is "based on facts"', () => {
  expect(engine().ask('Where is Texaco based?').kind).toBe('not-found');
  // The same sentence still answers what it does say.
  const r = engine().ask('Where did the court issue the ruling?');
  expect(r.kind === 'answer' && r.answer.includes('Chicago')).toBe(true);
});

/** Vectors in which "headquarters" is near "based", as GloVe has them (0.6). */
const vectors = () =>
  termVectors(
    [
      ...terms('airbus base spokesman toulous northwest airlin').map((term, axis) => ({ term, axis })),
      { term: termOf('headquarters') ?? '', near: 1, similarity: 0.6, axis: 10 },
    ],
    7,
  );

it("answers with the sentence that gives the seat of the company asked about, not another company's", () => {
  const e = engine();
  const ctx = { corpus: e.corpus, index: e.index, sentences: e.sentences, vectors: vectors() };
  const r = ask(ctx, 'Where is Airbus based?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer.split('[1]')[0]).toContain('Toulouse');
});
