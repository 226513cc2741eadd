// "Why" questions want a cause: news states the event, then its cause in the
// next paragraph ("Moody's cited…"), which shares few of the question's words.
import { expect, it } from 'vitest';
import { answerKind, parseQuestion } from '../../src/answer/question.js';
import { features, givesCause, givesReason } from '../../src/answer/ranker.js';
import { TermStats } from '../../src/search/term-stats.js';
import { engineOver } from '../support/engine-over.js';

const ARTICLES: Record<string, string> = {
  'acme.txt': ` date 1987-04-01
ACME DEBT DOWNGRADED BY RATER
Moody's Investors Service Inc said it downgraded Acme Power Corp's 2.2 billion dlrs of debt securities.

Moody's cited cost increases at the utility's Lakeside nuclear plant.

Acme Power said it would appeal to the state commission because the ruling on its debt was unfair.`,
  'widget.txt': ` date 1987-04-02
WIDGET DEBT RAISED
Moody's said it raised Widget Inc's debt rating to A-2 from A-3.

Widget said its sales rose last year.`,
  'harbin.txt': ` date 1987-03-16
BLAST KILLS 45 IN CHINESE FACTORY
A huge explosion in a flax factory in the city of Harbin killed 45 workers and injured 185, a newspaper reported.`,
  'mine.txt': ` date 1987-03-16
ROCK FALL KILLS MINERS
A rock fall at a gold mine near Boksburg killed six miners on Saturday.

The rock fall was caused by a small earth tremor, the owners said.`,
  'texco.txt': ` date 1987-03-02
TEXCO SUSPENDS PREFERRED PAYOUT
Texco Corp said it has suspended quarterly cash dividend payments on its convertible preferred stock.

The suspension affects the March 15 payout, a spokesman said.

The payout amounted to 1,045,000 dlrs a year.

It said the payments were suspended because of certain covenants in its loan agreements.`,
  'zeta.txt': ` date 1987-04-20
ZETA FIRST QUARTER NET FALLS
Zeta Chemical Corp said its first quarter net income fell 40 pct to 12 mln dlrs.

The company said earnings were hurt by lower prices for its fertilizers.`,
  'gadget.txt': ` date 1987-04-03
GADGET SHARES FALL
Gadget Co shares fell on the news of a lawsuit by a former supplier.`,
};

const engine = engineOver(ARTICLES);

it.each([
  ['Why did Moody’s downgrade the debt?', 'reason'],
  ['What caused the fall in shares?', 'reason'],
  ['For what reason was the plant shut?', 'reason'],
  ['What reason did the government give for refusing the visa?', 'reason'],
  ['What explanation has the bank given?', 'reason'],
  // Chat's "why": "how come" asks for a cause, in a statement's word order.
  ['How come the plant was shut?', 'reason'],
  ['how come shares fell', 'reason'],
  ['When did Moody’s downgrade the debt?', 'date'],
] as const)('%s → %s', (q, kind) => {
  expect(answerKind(q)).toBe(kind);
});

it('answers "why" with the paragraph after the event when it gives the cause, over a later cause nearer the words', () => {
  const r = engine().ask("Why did Moody's downgrade Acme Power's debt?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('cited cost increases');
});

it('answers "why" with a cause told three paragraphs after the event, as wire stories do', () => {
  const r = engine().ask('Why did Texco stop paying dividends on its convertible preferred stock?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('because of certain covenants');
});

it.each([
  'Earnings were hurt by lower prices for fertilizers.',
  'Shares rose amid takeover speculation.',
  'Sales gains were offset by higher costs.',
  'Profits climbed on the back of strong exports.',
  // What binds a party is why it acts so: an agreement, an order, a law, pressure.
  "Under an agreement with the Federal Trade Commission, Celanese's fibers business is run separately.",
  'The plant was closed under a court order.',
  'The bank sold the unit under pressure from regulators.',
  // A judgment and what it is for.
  'The president has been condemned by the militia for being seen as too close to the US.',
  // "Due" with an adverb between.
  'Sales were lower than expected, due mainly to delayed defence orders and cancellations.',
  // A purpose whose verb is more often a noun ("move"), before its particle or object.
  'Amcast said it decided to sell the division to move out of the gray iron castings business.',
  // Evidence given for a claim: the grounds it is made on.
  'He was becoming a political force in his own right, as evidenced by his chairing the cabinet meeting.',
])('reads a cause in "%s"', (text) => {
  expect(givesCause(text)).toBe(true);
});

it.each([
  'The company agreed to sell the division.',
  'It is able to move the plant.',
  'He wants to cut the dividend.',
  // What someone holds a thing is, not what it is for.
  'Officials believe Iranian-backed militias to be the culprit for the rocket attack.',
  // "Due to" before a verb says when something is scheduled, not why.
  'Boeing selected the engine for the 7J7 airliner due to enter service in 1992.',
])('reads no cause in a verb\'s complement: "%s"', (text) => {
  expect(givesCause(text)).toBe(false);
});

it('answers "why" with a figure explained by a passive verb of cause ("hurt by")', () => {
  const r = engine().ask("Why did Zeta Chemical's first quarter profit fall?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('hurt by lower prices');
});

it('reads "how come" as "why": "come" is no word the answer must hold', () => {
  const q = parseQuestion("How come Moody's downgraded Acme Power's debt?");
  expect(q.kind).toBe('reason');
  expect(q.terms).not.toContain('come');
  const r = engine().ask("how come Moody's downgraded Acme Power's debt?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('cited cost increases');
});

it.each([
  "so why did Moody's downgrade Acme Power's debt?",
  "wait, why did Moody's downgrade Acme Power's debt?",
  "OK so how come Moody's downgraded it?",
])('reads a chat opener before "why" as "why": "%s"', (question) => {
  expect(parseQuestion(question).kind).toBe('reason');
});

it('answers "why" though a word of the question is in no article: the cause shares few of its words anyway', () => {
  // "hastily" is in no article; the cause ("Moody's cited cost increases…") holds neither "downgrade" nor "debt".
  const r = engine().ask("Why did Moody's hastily downgrade Acme Power's debt?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('cited cost increases');
});

it('takes "over fears for", "amid concerns about", "aims to" and "in a bid to" as giving a cause or a purpose', () => {
  const q = parseQuestion('Why were the training missions suspended?');
  const type = (text: string) => features(q, { text, kinds: 0, proper: [] }, new TermStats(), 10).type;
  expect(type('Both missions are suspended over fears for regional stability.')).toBeGreaterThan(0);
  expect(type('The missions were halted amid concerns about the safety of trainers.')).toBeGreaterThan(0);
  expect(type('The mission aims to develop local forces.')).toBeGreaterThan(0);
  expect(type('It moved in a bid to calm markets.')).toBeGreaterThan(0);
  expect(type('Both missions are suspended, officials said on Tuesday.')).toBe(0);
});

it('takes a purpose said with an infinitive ("…in Iraq to relieve the burden"), not a verb\'s complement', () => {
  const q = parseQuestion('Why is the alliance growing its mission?');
  const type = (text: string) => features(q, { text, kinds: 0, proper: [] }, new TermStats(), 10).type;
  expect(type('NATO is considering an increase to its mission in Iraq to relieve the burden on the coalition.')).toBe(
    type('The mission aims to develop local forces.'),
  );
  expect(type('NATO is considering an increase to its mission in Iraq to relieve the burden.')).toBeGreaterThan(0);
  // "wants to", "is able to", "is going to", "to its": no purpose given.
  expect(type('NATO wants to grow its mission.')).toBe(0);
  expect(type('NATO is able to grow its mission and is going to try.')).toBe(0);
  expect(type('NATO is considering an increase to its mission.')).toBe(0);
});

it('declines a "why" whose best sentence and paragraph tell the event and no cause', () => {
  expect(engine().ask('What caused the explosion at the Harbin flax factory that killed 45 workers?').kind).toBe(
    'not-found',
  );
  const r = engine().ask('What caused the rock fall that killed six miners near Boksburg?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('earth tremor');
});

const proceeds = engineOver({
  'cadema.txt': ` date 1987-03-04
CADEMA PLANS PREFERRED OFFERING
Cadema Corp said it entered a
letter of intent with a national underwriting firm for an
offering of five mln dlrs worth of convertible preferred stock.
    Cadema said it will file a registration statement with the
Securities and Exchange Commission later this month for the
offering. Proceeds will be used to fund clinical trials for the
company's treatments for rheumatoid arthritis and metastatic
bone cancer.`,
  'telematics.txt': ` date 1987-03-05
TELEMATICS INITIAL OFFERING UNDER WAY
Telematics International Inc said 2,550,000 shares of common at 12 dlrs per share are being offered in an initial public offering, which will use the services of two underwriters for proceeds of about 30 mln dlrs.`,
});

it('asks a purpose in "what will X use the proceeds for", which a sentence of the article gives in its best one\'s stead', () => {
  expect(answerKind('What will Cadema Corp use the proceeds of its convertible preferred stock offering for?')).toBe(
    'reason',
  );
  // The letter of intent, which says most of the question, ranks first; the purpose is two sentences on.
  const r = proceeds().ask(
    'What will Cadema Corp use the proceeds of its five mln dlr convertible preferred stock offering with a national underwriting firm for?',
  );
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('used to fund clinical trials');
  // An article that tells of the offering and its proceeds, but not what they are for.
  expect(
    proceeds().ask('What does Telematics International plan to use the proceeds of its 12 dlr a share offering for?')
      .kind,
  ).toBe('not-found');
});

it('takes "will be used to fund" and "general corporate purposes" as giving a purpose', () => {
  const q = parseQuestion('What will Cadema use the proceeds for?');
  const type = (text: string) => features(q, { text, kinds: 0, proper: [] }, new TermStats(), 10).type;
  expect(type('Proceeds will be used to fund clinical trials.')).toBeGreaterThan(0);
  expect(type('Proceeds are for general corporate purposes.')).toBeGreaterThan(0);
  expect(type('The shares are being offered at 12 dlrs each.')).toBe(0);
});

it('takes a guess as the reason a "why might / would" question asks for, not a "why did" one', () => {
  const guess =
    'The suggestion is that allowing him to travel to Iraq may have been an acceptable risk for the regime.';
  expect(givesReason(parseQuestion('Why might Tehran have been willing to let Soleimani travel to Iraq?'), guess)).toBe(
    true,
  );
  expect(givesReason(parseQuestion('so why would the regime have let him go?'), guess)).toBe(true);
  const wondered = 'Experts have wondered whether the Iranian regime was beginning to feel threatened by him.';
  expect(
    givesReason(parseQuestion('Why do experts think the regime might not have been sorry to lose him?'), wondered),
  ).toBe(true);
  expect(givesReason(parseQuestion('Why did Tehran let Soleimani travel to Iraq?'), guess)).toBe(false);
  // A cause answers either.
  expect(givesReason(parseQuestion('Why did Tehran let him go?'), 'He went because the cabinet asked him to.')).toBe(
    true,
  );
  expect(givesReason(parseQuestion('Why might Tehran have let him go?'), 'He travelled to Iraq in December.')).toBe(
    false,
  );
  // The month is no modal.
  expect(givesReason(parseQuestion('Why did copper prices rise in May?'), 'Prices may have risen on demand.')).toBe(
    false,
  );
});

const connectives = engineOver({
  'refinery.txt': ` date 1987-03-20
REFINERY HALTS SUGAR UNLOADING
No raw sugar is being unloaded at the Thameside refinery following a fire at its jetty yesterday afternoon, the company said.

Five other ships loaded with raw sugar are waiting to be discharged, it added.`,
  'delta.txt': ` date 1987-03-21
DELTA SHARES FALL
Delta Corp shares fell sharply after the company reported a first quarter loss.`,
});

it('takes "after" as giving a cause, not where the thing asked about follows it ("…following a fire")', () => {
  expect(connectives().ask('Why did the fire break out at the Thameside refinery jetty?').kind).toBe('not-found');
  const r = connectives().ask('Why did Delta Corp shares fall?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('reported a first quarter loss');
});
