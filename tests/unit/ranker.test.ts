// What a question asks for, and how the sentence ranker orders candidates.
import { describe, expect, it } from 'vitest';
import { answerKind, parseQuestion } from '../../src/answer/question.js';
import { CandidateRanker } from '../../eval/rank-candidates.js';
import { features, rank, type Candidate } from '../../src/answer/ranker.js';
import { analyze, EntityKind } from '../../src/nlp/analyze.js';
import { terms } from '../../src/nlp/terms.js';
import { TermStats } from '../../src/search/term-stats.js';
import { termVectors } from '../support/term-vectors.js';

/** The candidate ids, best first, for one question. */
const ranking = (question: string, texts: string[], extra: string[] = []): string[] => {
  const candidates = texts.map((text, i) => ({ id: String.fromCharCode(65 + i), text }));
  // Extra filler texts only feed the term statistics (as a bigger corpus would).
  const requests = [
    { qid: 'q', question, candidates },
    { qid: 'filler', question: 'filler', candidates: extra.map((text, i) => ({ id: `f${i}`, text })) },
  ];
  return new CandidateRanker(requests).rankAll()[0]?.ranking ?? [];
};

/** A sentence with no entities or names tagged: what the features read of its words alone. */
const candidate = (text: string): Candidate => ({ text, kinds: 0, proper: [] });

describe('answerKind', () => {
  it.each([
    ['When did the ferry sink?', 'date'],
    ['And when was the ferry built?', 'date'],
    ['The ferry sank; when did it happen?', 'date'],
    ['Was anybody hurt when the ferry sank?', 'other'],
    ['What did the captain say when the ferry sank?', 'other'],
    ['In what year was the bridge opened?', 'date'],
    ['What date was the vote held?', 'date'],
    ['How many soldiers were wounded?', 'number'],
    // A "how much" in the relative clause of a "what" question is the clause's.
    ['What meeting did the general preside over that showed how much clout he had?', 'other'],
    ['How many troops that NATO sent are still there?', 'number'],
    ['How much did the new stadium cost?', 'money'],
    ['How much money did the fund raise?', 'money'],
    // A hyphenated name between "how much" and the verb; a word between "at what" and "price".
    ['How much are Smit-Tak and Harms Bergung being paid to raise the tug?', 'money'],
    ['At what silver price per ounce will Peru lift its freeze?', 'money'],
    ['What did Shamrock originally pay when it bought Central Soya?', 'money'],
    ['Coceral put German losses at 8.05 mln marks - what did it say French traders lost?', 'money'],
    ['What is the maximum fine allowed in Georgia?', 'money'],
    // "Fine" as an adjective asks no sum.
    ['Which Seagram fine wine entity is being dissolved?', 'name'],
    ['Below what level did the dollar fall?', 'number'],
    ["How much does Prime Computer's Prime Medusa/pc software cost per license?", 'money'],
    ['How much per share did the investor group offer for Hospital Corp?', 'money'],
    // A phrase that sets the scene before the comma, and the question after it.
    ["Under Hungary's 1988 tax reform, what VAT rate will most goods be taxed at?", 'number'],
    // Not a question's own clause ("At how many…, which…"): the question is the whole.
    ['At how many bases does the group, which the firm agreed to buy, run shops?', 'number'],
    ['What annual salary will the new chief receive?', 'money'],
    ['What fee did the adviser charge?', 'money'],
    ['What fare will the airline charge on the new route?', 'money'],
    ['What third-quarter profit did the broker report?', 'money'],
    ['At what level did the dollar close?', 'number'],
    ['What percentage of voters turned out?', 'percent'],
    ['By how much did exports rise?', 'percent'],
    ['How old is the new chairman?', 'age'],
    ['At what age did she retire?', 'age'],
    ['At what time did the market open?', 'time'],
    ['How much oil does the field hold?', 'number'],
    ['How long did the siege last?', 'duration'],
    ['How much time had the protests been going on?', 'duration'],
    ['What is the total size of the force?', 'number'],
    ['What was the number of troops sent?', 'number'],
    ['Who leads the coalition?', 'name'],
    ['Whom did the council appoint?', 'name'],
    ['Which city hosted the talks?', 'name'],
    ['Where did the convoy stop?', 'name'],
    ['What country did the envoy visit?', 'name'],
    ['Why did the talks collapse?', 'reason'],
    ['What did the minister say about the budget cuts?', 'other'],
    // A relative clause's "who / which / where" asks nothing: the question's own word is "what".
    ['What bonus did the bank offer each employee who agreed to resign?', 'other'],
    ['What businesses is the group, which filed for an offering, involved in?', 'other'],
    ['What happened at the base where the rockets landed?', 'other'],
    // …but one that opens the question after a phrase that sets the scene does.
    ['According to the general, who is behind most of the attacks?', 'name'],
    ['In which city were the talks held?', 'name'],
    ['After what happened in Baghdad, who did the minister blame?', 'name'],
    ['Given what the envoy said, which base was hit?', 'name'],
    ['Describe the protests', 'other'],
  ] as const)('%s → %s', (q, kind) => {
    expect(answerKind(q)).toBe(kind);
  });

  it('"how many years" asks for a number, not a date', () => {
    expect(answerKind('How many years did the war last?')).toBe('number');
  });

  it('"did X say how much…" asks whether it was said, which a sentence that says it was not settles', () => {
    expect(answerKind('Did Rapidtech Systems say how much it paid for the modem patent?')).toBe('other');
    expect(answerKind('Did the company disclose when the plant would open?')).toBe('other');
    expect(answerKind('How much did Rapidtech Systems pay for the modem patent?')).toBe('money');
  });

  it('reads a justification asked for, with a word before it or after a possessive, as a reason', () => {
    expect(answerKind('What legal justification did Zarif give for the strikes?')).toBe('reason');
    expect(answerKind("What was Zarif's legal justification for the strikes?")).toBe('reason');
    expect(answerKind('What was the official explanation for the delay?')).toBe('reason');
  });

  it('reads "TV" as the word news writes out, not as a name', () => {
    const q = parseQuestion('Did Trump go on TV to address the nation?');
    expect(q.terms).toContain(terms('television')[0]);
    expect([...q.named]).toEqual(terms('Trump'));
  });

  it('parseQuestion wants date entities for "when" and nothing in particular for "why"', () => {
    const when = parseQuestion('When did the ferry sink?');
    expect(when.kind).toBe('date');
    expect(when.wants & EntityKind.DATE).toBeTruthy();
    expect(when.terms).toEqual(terms('ferry sink'));
    const why = parseQuestion('Why did the Ferry Company close?');
    expect(why.wants).toBe(0);
    expect([...why.named].sort()).toEqual(terms('Ferry Company').sort());
    expect(why.bigrams.has(terms('ferry company').join(' '))).toBe(true);
  });
});

describe('rank', () => {
  it('puts a sentence with a date above an otherwise similar one for a "when" question', () => {
    const texts = [
      'The ferry sank in the harbour after the storm hit the coast.',
      'The ferry sank in the harbour on March 3, 2019 after the storm.',
    ];
    expect(ranking('When did the ferry sink in the harbour?', texts)[0]).toBe('B');
    expect(ranking('When did the ferry sink in the harbour?', [...texts].reverse())[0]).toBe('A');
  });

  it('puts a sentence with a number above an otherwise similar one for a "how many" question', () => {
    const texts = [
      'Several soldiers were wounded when rockets hit the desert outpost.',
      'Twelve soldiers were wounded when 30 rockets hit the desert outpost.',
    ];
    expect(ranking('How many soldiers were wounded at the desert outpost?', texts)[0]).toBe('B');
  });

  it('puts a sentence naming someone new above a nameless one for a "who" question', () => {
    const texts = [
      'The coalition is led by a senior general from the capital.',
      'The coalition is led by General Maria Lopez from Madrid.',
    ];
    expect(ranking('Who leads the coalition?', texts)[0]).toBe('B');
  });

  it('prefers the sentence covering more of the question', () => {
    const texts = [
      'The reservoir supplies water to farms in the valley.',
      'The drought emptied the reservoir that supplies water to farms in the valley.',
      'A drought was declared in the northern province.',
    ];
    const filler = ['Farms in the valley grow apples.', 'The valley is home to farms.', 'Water prices rose.'];
    const r = ranking('Why did the drought empty the reservoir?', texts, filler);
    expect(r[0]).toBe('B');
  });

  it('does not depend on the order of the candidates when scores differ', () => {
    const texts = [
      'The bridge over the river opened to traffic in 1932.',
      'The bridge carries trains across the river.',
      'Traffic on the river is heavy in summer.',
      'Engineers inspected the old bridge last year.',
    ];
    const q = 'When did the bridge over the river open?';
    const forward = ranking(q, texts);
    expect(forward[0]).toBe('A');
    const reversed = ranking(q, [...texts].reverse());
    // Reversed, the same sentence is candidate D.
    expect(reversed[0]).toBe('D');
  });

  it('takes a span between two dates, which wink tags a duration, for a date; a span of time alone not', () => {
    const q = parseQuestion('When did the series run?');
    const stats = new TermStats();
    const spans = [
      'The series ran on ABC from November 3, 2009 to March 15, 2011.',
      'Gary Moore (4 April 1952 – 6 February 2011) played in the series.',
    ];
    const spanOnly = 'The series ran on ABC for two seasons.';
    for (const text of [...spans, spanOnly]) stats.addDocument(terms(text));
    for (const text of spans) {
      // wink: a duration, no date.
      const kinds = analyze(text)[0]?.kinds ?? 0;
      expect(kinds & EntityKind.DURATION).toBe(EntityKind.DURATION);
      expect(kinds & (EntityKind.DATE | EntityKind.TIME)).toBe(0);
    }
    for (const text of spans)
      expect(features(q, { text, kinds: analyze(text)[0]?.kinds ?? 0, proper: [] }, stats, 3).type).toBe(1);
    expect(features(q, { text: spanOnly, kinds: EntityKind.DURATION, proper: [] }, stats, 3).type).toBe(0);
  });

  it('takes a duration for a count of a unit of time ("how many years / hours\'…")', () => {
    const stats = new TermStats();
    const texts = ['He served 12 years in prison.', 'Baird agreed to give 24 hours notice.'];
    for (const text of texts) stats.addDocument(terms(text));
    const asked = ['How many years did he serve in prison?', "How many hours' notice did Baird agree to give?"];
    asked.forEach((question, i) => {
      const text = texts[i] ?? '';
      const kinds = analyze(text)[0]?.kinds ?? 0;
      expect(kinds & EntityKind.DURATION).toBe(EntityKind.DURATION);
      expect(features(parseQuestion(question), { text, kinds, proper: [] }, stats, 2).type).toBe(1);
    });
    // Not any count: "how many prisoners" is not answered by a span of time.
    const q = parseQuestion('How many prisoners did he see?');
    expect(features(q, { text: texts[0] ?? '', kinds: EntityKind.DURATION, proper: [] }, stats, 2).type).toBe(0);
  });

  it('takes a sum in Reuters\' units, which wink does not tag money, for "by how much", not for "what percentage"', () => {
    const stats = new TermStats();
    const text = 'Auto credit rose in February by 717 mln dlrs.';
    stats.addDocument(terms(text));
    const kinds = analyze(text)[0]?.kinds ?? 0;
    expect(kinds & (EntityKind.MONEY | EntityKind.PERCENT)).toBe(0);
    const type = (question: string) => features(parseQuestion(question), { text, kinds, proper: [] }, stats, 1).type;
    expect(type('By how much did auto credit rise in February?')).toBe(1);
    expect(type('What percentage did auto credit rise in February?')).toBe(0);
  });

  it('takes a sum in Reuters\' units as money for "how much / what price", not the question\'s own number', () => {
    const stats = new TermStats();
    const text = 'Newmont Gold Co is offering five mln common shares at 31 dlrs apiece.';
    const plain = 'Newmont Gold Co plans an offering of five mln common shares.';
    for (const t of [text, plain]) stats.addDocument(terms(t));
    const q = parseQuestion('At what price is Newmont Gold selling the five million new shares?');
    for (const [t, type] of [
      [text, 1],
      [plain, 0],
    ] as const) {
      const kinds = analyze(t)[0]?.kinds ?? 0;
      expect(kinds & EntityKind.MONEY).toBe(0);
      expect(features(q, { text: t, kinds, proper: [] }, stats, 1).type).toBe(type);
    }
  });

  it('rank() sorts by score, best first, and exposes bounded features', () => {
    const stats = new TermStats();
    const cands: Candidate[] = [
      { text: 'The harbour froze in January.', kinds: EntityKind.DATE, proper: [] },
      { text: 'Ice covered the harbour for weeks.', kinds: 0, proper: [] },
      { text: 'Nothing relevant here at all.', kinds: 0, proper: [] },
    ];
    for (const c of cands) stats.addDocument(terms(c.text));
    const q = parseQuestion('When did the harbour freeze?');
    const ranked = rank(q, cands, stats);
    expect(ranked.map((r) => r.candidate.text)[0]).toBe('The harbour froze in January.');
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]?.score).toBeGreaterThanOrEqual(ranked[i]?.score ?? 0);
    for (const r of ranked) {
      expect(r.features.coverage).toBeGreaterThanOrEqual(0);
      expect(r.features.coverage).toBeLessThanOrEqual(1);
      expect(r.features.bm25).toBeGreaterThanOrEqual(0);
      expect(r.features.bm25).toBeLessThan(1);
    }
    const last = ranked[ranked.length - 1];
    expect(last?.candidate.text).toBe('Nothing relevant here at all.');
    expect(last?.features.coverage).toBe(0);
    const f = features(q, cands[0] as Candidate, stats, 5);
    expect(f.coverage).toBe(1);
    expect(f.type).toBe(1);
    expect(features(q, cands[1] as Candidate, stats, 5).type).toBe(0);
  });
});

describe('alignment features (word vectors)', () => {
  /** "buy" 0.4 from "purchase" (below the soft-match floor), "car" orthogonal to both. */
  const vectors = () =>
    termVectors(
      [
        { term: 'purchas', axis: 0 },
        { term: 'buy', near: 0, similarity: 0.4, axis: 1 },
        { term: 'car', axis: 7 },
      ],
      3,
    );
  const stats = new TermStats();
  for (const t of ['The firm will buy a car.', 'Cars sold well.', 'A purchase was made.']) stats.addDocument(terms(t));
  const q = parseQuestion('Will the firm purchase a car?');

  it('credits a question word said with a word the vectors put near it, even below the soft-match floor', () => {
    const close = features(q, candidate('The firm will buy a car.'), stats, 6, vectors());
    const exact = features(q, candidate('The firm will purchase a car.'), stats, 6, vectors());
    const none = features(q, candidate('The firm will buy a car.'), stats, 6, null);
    expect(close.align).toBeGreaterThan(close.coverage);
    expect(exact.align).toBeCloseTo(1, 5);
    expect(close.align).toBeLessThan(exact.align);
    expect(none.align).toBe(0);
  });

  it('measures how much of the sentence is about the question', () => {
    const onTopic = features(q, candidate('The firm will buy a car.'), stats, 6, vectors());
    // "car" is asked about (1); "buy" is 0.4 from "purchase": the sentence holding only "buy" is less on topic.
    const offTopic = features(q, candidate('They buy.'), stats, 6, vectors());
    expect(onTopic.salign).toBeCloseTo(0.7, 1);
    expect(offTopic.salign).toBeCloseTo(0.4, 1);
  });
});

describe('agent ("who VERBed X")', () => {
  const stats = new TermStats();
  /** "run" at 0.6 from "lead": above the soft-match floor. */
  const vectors = () =>
    termVectors(
      [
        { term: 'lead', axis: 0 },
        { term: 'run', near: 0, similarity: 0.6, axis: 1 },
      ],
      2,
    );
  it.each([
    ['Who founded Walmart?', 'The company was founded in 1962 by Sam Walton.', 1],
    // A name after "by", but of no act the question asks.
    ['Who founded Walmart?', 'Walmart was sued by Betty Dukes in 2001.', 0],
    // The act, its agent not named.
    ['Who founded Walmart?', 'Walmart was founded by the company in Arkansas.', 0],
    // The question's own name after "by" is no agent.
    ['Who founded Walmart?', 'The store was founded by Walmart in 1962.', 0],
    ['Who is the chairman of Walmart?', 'The chairman was chosen by Rob Walton.', 0],
  ] as const)('%s / %s → %d', (q, text, a) => {
    expect(features(parseQuestion(q), candidate(text), stats, 10, null).agent).toBe(a);
  });

  it('reads the verb said otherwise, when the vectors put it near', () => {
    const q = parseQuestion('Who leads Kataib Hezbollah?');
    const run = candidate('Kataib Hezbollah is run by Abu Mahdi al-Muhandis, a deputy of the PMU.');
    expect(features(q, run, stats, 10, vectors()).agent).toBe(1);
    expect(features(q, run, stats, 10, null).agent).toBe(0);
  });
});

describe('topic (the sentence says what the topic of the question is)', () => {
  const stats = new TermStats();
  it.each([
    [
      'what country is Mexico in?',
      'Mexico, officially the United Mexican States, is a federal republic in North America.',
      1,
    ],
    ['how does black pepper grow?', 'Black pepper is a flowering vine in the family Piperaceae.', 1],
    // Led by a question word in second place ("The Bloody Beetroots" for "bloody beetroots").
    ['what genre is bloody beetroots?', 'The Bloody Beetroots is the pseudonym of an Italian music producer.', 1],
    // No copula and determiner: a fact about the topic, not what it is.
    ['what country is Mexico in?', 'Mexico joined the OECD in 1994 as its first Latin American member.', 0],
    // The subject is not the question's.
    ['what country is Mexico in?', 'New Zealand is not part of the continent of Mexico.', 0],
    // A scene set before the subject ("At the same time…") is no subject.
    ['what did Iraq do?', 'At the same time Iraq is a center for weapons transfers.', 0],
    // A long subject: the copula is not this sentence's definition of the question's word.
    ['what is pepper?', 'Pepper grown in the hills of Kerala and shipped from Kochi every spring is a spice.', 0],
  ] as const)('%s / %s → %d', (q, text, t) => {
    expect(features(parseQuestion(q), candidate(text), stats, 10, null).topic).toBe(t);
  });
});

describe('defines', () => {
  const stats = new TermStats();
  it.each([
    [
      'What is bilirubin?',
      'Bilirubin (formerly referred to as hematoidin) is the yellow breakdown product of heme.',
      1,
    ],
    ['What is bilirubin?', 'Bilirubin is the yellow breakdown product of heme.', 1],
    ['What is bilirubin?', 'Bilirubin, a yellow pigment, is excreted in bile.', 1],
    ['What is bilirubin?', 'Doctors measure bilirubin (in the blood) when jaundice appears.', 0],
  ] as const)('%s / %s → %d', (q, text, d) => {
    expect(features(parseQuestion(q), candidate(text), stats, 10, null).defines).toBe(d);
  });
});

describe('"which X" questions', () => {
  const stats = new TermStats();

  it('are answered by the kind of X as by a name: "which meeting" by "the cabinet meeting"', () => {
    const q = parseQuestion('Which Iraqi meeting did Soleimani chair in December?');
    expect(q.whichHead).toBe(terms('meeting')[0]);
    const type = (text: string) => features(q, candidate(text), stats, 8).type;
    expect(type('He was chairing the Iraqi cabinet meeting in December.')).toBe(1);
    // No word before the noun that the question lacks: the adjective it gives, a number, or nothing.
    expect(type('He chaired the Iraqi meeting in December.')).toBe(0);
    expect(type('He chaired 2 meetings in December.')).toBe(0);
    expect(type('The meeting was in December.')).toBe(0);
  });

  it('find the noun before the verb, past adjectives and numbers', () => {
    expect(parseQuestion('Which two bases did Iran hit?').whichHead).toBe(terms('bases')[0]);
    expect(parseQuestion('Which firm will handle the offering?').whichHead).toBe(terms('firm')[0]);
    expect(parseQuestion('Who chaired the meeting?').whichHead).toBeUndefined();
  });
});
