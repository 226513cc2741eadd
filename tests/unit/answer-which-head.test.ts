// "Which two bases in Iraq…" asks for bases: the head noun stands before the
// phrase's first preposition, and in a near tie the sentence that names the
// bases answers, not the one that only counts them.
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { terms } from '../../src/nlp/terms.js';
import { engineOver } from '../support/engine-over.js';
import { termVectors } from '../support/term-vectors.js';
import { ask } from '../../src/answer/compose.js';
import { names, tellsOnlyUnnamed } from '../../src/answer/naming.js';
import type { Engine } from '../../src/engine/engine.js';

const term = (w: string) => terms(w)[0];

describe('which X', () => {
  it('reads the head noun before a preposition', () => {
    expect(parseQuestion('Which two bases in Iraq did Iran fire missiles at?').whichHead).toBe(term('bases'));
    expect(parseQuestion('Which member of the coalition did the attack hurt most?').whichHead).toBe(term('member'));
    expect(parseQuestion('Which Pentagon spokesman confirmed the attack?').whichHead).toBe(term('spokesman'));
    expect(parseQuestion('Which bases did Iran fire the missiles at?').whichHead).toBe(term('bases'));
  });

  it('reads it before a past tense that is no "-ed"', () => {
    expect(parseQuestion('Which US envoy spoke in Copenhagen?').whichHead).toBe(term('envoy'));
    expect(parseQuestion('which two bases got hit').whichHead).toBe(term('bases'));
    expect(parseQuestion('Which bank won the contract?').whichHead).toBe(term('bank'));
    // A present tense before its object ("commands the…") ends it too; without one, or no verb within reach, none.
    expect(parseQuestion('Which Canadian general commands the NATO mission?').whichHead).toBe(term('general'));
    expect(parseQuestion('Which envoy speaks for the bank?').whichHead).toBeUndefined();
  });

  it('reads it before a present tense whose object is a name, as typed', () => {
    expect(parseQuestion("Which commercial bank holds Valex Petroleum's 1.3 mln dlr loan?").whichHead).toBe(
      term('bank'),
    );
    // In lower case, no name tells the verb: "loans" may be the head.
    expect(parseQuestion('which bank loans money to iraq?').whichHead).toBeUndefined();
  });

  const engine = engineOver({
    'strike.txt': ` date 2020-01-08
IRAN FIRES MISSILES AT BASES IN IRAQ
Iran fired missiles at two bases in Iraq on Tuesday night, the US defence department said.
Iran fired missiles at two bases in Iraq hosting coalition troops at Al-Assad and Irbil, a spokesman told reporters on Wednesday.`,
  });

  it('answers with the sentence that names them', () => {
    const r = engine().ask('Which two bases in Iraq did Iran fire missiles at?');
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Al-Assad and Irbil');
  });

  const quoted = engineOver({
    'tweet.txt': ` date 2020-01-08
IRAN FIRES MISSILES
“Efforts to calm the crisis are off to a bad start with Iran launching missiles at US bases,” Richard Haas wrote on Twitter.
Confirming the attacks, a spokesman said the missiles were launched from Iran and targeted two Iraqi military bases hosting coalition personnel at Al-Assad and Irbil.`,
  });

  it('reads no name after a quotation closes, and prefers the naming sentence a little further behind', () => {
    const r = quoted().ask('which bases did iran launch missiles at');
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Al-Assad and Irbil');
  });
});

describe('which X, when the paragraph says what the sentence names', () => {
  const article = (second: string) =>
    engineOver({
      'sanctions.txt': ` date 2019-12-28
US SANCTIONS IRAQI LEADERS
The US sanctioned Qais Khazali, head of Asaib Ahl al-Haq, on December 6. ${second}`,
    });
  const saysKind = article("Khazali's group is one of many in a unit made up of mostly Shi'ite militias.");
  const saysNot = article("Khazali's group is one of many in a unit made up of mostly Shi'ite fighters.");
  // "lead" is said as "head of" (0.55 close); "militia" only by the next sentence.
  const vectors = () =>
    termVectors(
      [
        { term: term('head') ?? '', axis: 0 },
        { term: term('lead') ?? '', near: 0, similarity: 0.55, axis: 1 },
      ],
      1,
    );
  const ask_ = (engine: () => Engine) =>
    ask(
      { corpus: engine().corpus, index: engine().index, vectors: vectors() },
      'Which militia does Qais Khazali lead?',
    );

  it('answers with the name when the paragraph calls it a militia', () => {
    const r = ask_(saysKind);
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.answer).toContain('Asaib Ahl al-Haq');
  });

  it('declines when nothing near calls it one', () => {
    expect(ask_(saysNot).kind).toBe('not-found');
  });
});

describe('what kind of X', () => {
  it('reads X', () => {
    expect(parseQuestion('What kind of truck carried the rocket launcher?').kindOf).toBe(term('truck'));
    expect(parseQuestion('Which type of missile hit the base?').kindOf).toBe(term('missile'));
    expect(parseQuestion('Which truck carried the rocket launcher?').kindOf).toBeUndefined();
  });

  const engine = engineOver({
    'rockets.txt': ` date 2019-12-28
ROCKETS HIT BASE NEAR KIRKUK
Police believe a launcher carried the rockets to the base on Friday.
Police believe a Bongo style truck carried the rockets.`,
  });

  it('answers, in a near tie, with the sentence that says an X', () => {
    const r = engine().ask('What kind of truck is believed to have carried the rocket launcher?');
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.answer.split('[1]')[0]).toContain('Bongo');
  });

  const missiles = (kind: string) =>
    engineOver({
      'strikes.txt': ` date 2020-01-08
IRAN STRIKES BASES IN IRAQ
A spokesman said ${kind} missiles were launched from Iran at two bases in Iraq on Wednesday.`,
    });
  const these = missiles('these');
  const fateh = missiles('the Fateh-110');
  const ballistic = missiles('the ballistic');
  it('says "not found" when the sentence says the X with no word that gives its kind', () => {
    const question = 'What type of missiles were launched from Iran at the bases?';
    expect(these().ask(question).kind).toBe('not-found');
    // The question's own words give no kind either.
    expect(ballistic().ask('What type of ballistic missiles were launched from Iran at the bases?').kind).toBe(
      'not-found',
    );
    const r = fateh().ask(question);
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.answer).toContain('Fateh-110');
  });
});

describe('which X, when the sentence names the one asked for', () => {
  const article = (under: string) =>
    engineOver({
      'charter.txt': ` date 2020-01-08
IRAN SAYS STRIKES WERE SELF-DEFENCE
Zarif wrote on Twitter that Iran took proportionate measures in self-defense under ${under} of the UN Charter.
Zarif later met diplomats in Tehran to discuss the region.
Critics in Washington said nothing could justify the attack on the embassy.
Lawmakers invoked a resolution of their own on Monday.`,
    });
  const numbered = article('Article 51');
  const unnumbered = article('an article');
  const dated = article('its March 2020 reading');
  const question = 'Which article of the UN Charter did Zarif invoke to justify the attack?';

  it('reads the head of a longer phrase ("which article of the UN Charter")', () => {
    expect(parseQuestion(question).whichHead).toBe(term('article'));
  });

  it('answers by the sentence that gives its number, though it says little else the question asks', () => {
    const r = numbered().ask(question);
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Article 51');
  });

  it('declines when the sentence names none', () => {
    expect(unnumbered().ask(question).kind).toBe('not-found');
  });

  it('answers "which part of X" by a numbered unit of X, and declines when none is numbered', () => {
    const part = 'Which part of the UN Charter did Zarif invoke to justify the attack?';
    const r = numbered().ask(part);
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Article 51');
    expect(unnumbered().ask(part).kind).toBe('not-found');
    // A date is no part of it.
    expect(dated().ask(part).kind).toBe('not-found');
  });

  it('reads "what part of X" as "which part of X"', () => {
    const what = 'What part of the UN Charter did Zarif point to for the attack?';
    expect(parseQuestion(what).whichHead).toBe(term('part'));
    const r = numbered().ask(what);
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Article 51');
    // Not every "what X": "what price" asks a sum.
    expect(parseQuestion('What price did Zarif point to?').whichHead).toBeUndefined();
  });
});

describe('which X, when another sentence of the article numbers it', () => {
  const fares = engineOver({
    'fares.txt': ` date 1987-03-17
LUFTHANSA SAYS FARE POLICY IN LINE WITH EC RULES
The Federal Cartel Office in West Berlin is investigating whether fare agreements reached by European airlines are a breach of EC regulations on competition.
Hubertus Schoen, the Cartel Office's spokesman, said the investigation had been running for some weeks.
It would then be decided if the practice was a breach of article 85 of the EC treaty.`,
  });

  it('answers with the sentence that numbers it ("article 85"), in wire copy\'s lower case', () => {
    const r = fares().ask(
      'Which article of the EC treaty is the Cartel Office checking the airline fare agreements against?',
    );
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('article 85');
  });
});

describe('which X, for a kind of thing with names (a city, a company, a unit)', () => {
  const expo = (where: string) =>
    engineOver({
      'expo.txt': ` date 1987-04-01
DATA GENERAL SEES LITTLE IMPROVEMENT
Data General Corp president Edson de Castro said the outlook for the computer industry shows little improvement.
The company opened its three-day exposition for customers${where} on Monday.
Hotels in the city were full.`,
    });
  const unnamed = expo('');
  const named = expo(' in Boston');
  const question =
    'In which city did Data General open its three-day exposition where Edson de Castro said the industry outlook shows little improvement?';

  it('declines when the sentence names nothing the question does not', () => {
    expect(unnamed().ask(question).kind).toBe('not-found');
  });

  it('answers when one names it', () => {
    const r = named().ask(question);
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Boston');
  });
});

describe('an article that tells of the thing asked only unnamed', () => {
  it('reads "a national underwriting firm", "its lender", "three other banks" as unnamed, and names as named', () => {
    const [firm, lender, bank, division] = ['firm', 'lender', 'banks', 'division'].map((w) => terms(w)[0] ?? w);
    expect(tellsOnlyUnnamed(firm ?? '', 'Cadema entered a letter of intent with a national underwriting firm.')).toBe(
      true,
    );
    expect(tellsOnlyUnnamed(lender ?? '', 'The line was ended by its asset-based lender.')).toBe(true);
    expect(tellsOnlyUnnamed(bank ?? '', 'IBJ and three other banks will abandon the loans.')).toBe(true);
    // After "a", a name says whose the thing is, not which.
    const contractor = terms('contractor')[0] ?? '';
    expect(tellsOnlyUnnamed(contractor, 'The attack on the base killed a Pentagon contractor.')).toBe(true);
    expect(tellsOnlyUnnamed(contractor, 'The attack killed its Vinnell contractor.')).toBe(false);
    // "a company spokesman" tells of a spokesman: no company is told of, named or not.
    const company = terms('company')[0] ?? '';
    expect(tellsOnlyUnnamed(company, 'The bond will be issued on April 22, a company spokesman said.')).toBe(false);
    // Named after it, or between the word and the thing; or said with no word that leaves it unnamed.
    expect(tellsOnlyUnnamed(firm ?? '', 'It signed with a national underwriting firm, Smith Barney.')).toBe(false);
    expect(tellsOnlyUnnamed(bank ?? '', 'It hired a group of banks led by Nomura.')).toBe(false);
    expect(tellsOnlyUnnamed(division ?? '', 'It will close its Mobile Communications Division.')).toBe(false);
    expect(tellsOnlyUnnamed(bank ?? '', 'The banks agreed.')).toBe(false);
    // A nationality between the word and the thing is no name of it.
    const chief = terms('chief')[0] ?? '';
    const killing = 'The march came after the killing of an Iranian general and an Iraqi paramilitary chief.';
    expect(tellsOnlyUnnamed(chief, killing)).toBe(true);
    // A bare plural after a verb tells of some, unnamed; one named as the question names it is not the one asked for.
    expect(tellsOnlyUnnamed(bank ?? '', 'In December, Japan Line asked banks to shelve repayment.')).toBe(true);
    // The same past its adjectives, and before a comma, which ends the phrase ("sites, something" is no compound).
    const site = terms('sites')[0] ?? '';
    const sites = 'He threatened 52 targets, which would include cultural sites, something he had to drop.';
    expect(tellsOnlyUnnamed(site, sites)).toBe(true);
    const ibj =
      'A spokesman for the Industrial Bank of Japan Ltd <IBJT.T> (IBJ) said IBJ and three other banks agreed.';
    const question = 'Which three banks besides the Industrial Bank of Japan plan to abandon the loans?';
    expect(parseQuestion(question).whichHead).toBe(bank);
    expect(tellsOnlyUnnamed(bank ?? '', ibj, parseQuestion(question).named)).toBe(true);
    expect(tellsOnlyUnnamed(bank ?? '', ibj)).toBe(false);
    // A name after a preposition is another thing's ("placed … by Goldman Sachs"): the investor stays unnamed.
    const investor = terms('investor')[0] ?? '';
    const placed = 'The notes were placed with a private institutional investor by Goldman Sachs and Co.';
    expect(tellsOnlyUnnamed(investor, placed)).toBe(true);
    expect(tellsOnlyUnnamed(investor, 'The notes were placed with an investor, Prudential Insurance.')).toBe(false);
    // "the lender" tells again of one told before: it neither names nor leaves unnamed, unless a name follows.
    const backed = 'The line was ended by its asset-based lender and demand by the lender for payment.';
    expect(tellsOnlyUnnamed(lender ?? '', backed)).toBe(true);
    expect(tellsOnlyUnnamed(lender ?? '', 'It was ended by its lender. The lender, Chase Manhattan, said so.')).toBe(
      false,
    );
    // So does "that customer", a demonstrative.
    const customer = terms('customer')[0] ?? '';
    const unnamed = 'It will ship to one of its major customers. It had no releases from that customer.';
    expect(tellsOnlyUnnamed(customer, unnamed)).toBe(true);
    // Not said at all: nothing to tell.
    expect(tellsOnlyUnnamed(firm ?? '', 'Cadema will file a registration statement.')).toBe(false);
  });

  const cadema = engineOver({
    'cadema.txt': ` date 1987-03-04
CADEMA PLANS PREFERRED OFFERING
Cadema Corp said it entered a
letter of intent with a national underwriting firm for an
offering of five mln dlrs worth of convertible preferred stock.
    It also said it increased the size of its board to six from
five members.`,
    'grain.txt': ` date 1987-03-02
WHEAT EXPORTS RISE
Wheat exports rose sharply in February, traders said.`,
  });

  it('declines "which firm…" when its article says only "a … firm"', () => {
    const r = cadema().ask(
      'Which national underwriting firm entered the letter of intent with Cadema Corp for its convertible preferred stock offering?',
    );
    expect(r.kind).toBe('not-found');
  });
});

describe('which country, named without the word', () => {
  const engine = engineOver({
    'zambia.txt': ` date 1987-04-12
ZAMBIA SAYS BACKERS PLEDGE SUPPORT
Finance Minister Gibson Chigaga said all of Zambia's backers apart from Britain had pledged support for the country's new program.
Chigaga said Britain was withholding funds meant for the auction, as another country had done before.`,
  });

  it('answers "which country" from the sentence naming it, though the article also says "another country"', () => {
    const r = engine().ask('Which country did Chigaga say was withholding funds meant for the auction?');
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Britain was withholding');
  });
});

describe('who is the X, when its articles tell of an X only unnamed', () => {
  const engine = engineOver({
    'march.txt': ` date 2020-01-24
IRAQIS RALLY AGAINST US TROOPS
Populist cleric Moqtada al-Sadr convened the march after the U.S. killing of an Iranian general and an Iraqi paramilitary chief in Baghdad this month.`,
  });
  const question = 'Who was the Iraqi paramilitary chief killed alongside the general?';

  it('reads the role before a verb in the past', () => {
    expect(parseQuestion(question).whoHead).toBe(term('chief'));
  });

  it('declines, though the sentence names someone else', () => {
    expect(engine().ask(question).kind).toBe('not-found');
    expect(engine().ask('Who convened the march?').kind).toBe('answer');
  });
});

describe('a name after the head noun', () => {
  it('is read after the noun, not after a verb\'s past that shares its term ("met Saleh" names no meeting)', () => {
    const q = parseQuestion('Which cabinet meeting did Soleimani chair in December?');
    const head = [term('meeting') ?? ''];
    expect(names(q, head, 'Pompeo also met Saleh in September on the sidelines of the UN.')).toBe(false);
    expect(names(q, head, 'The meeting Saleh called in Baghdad ended without a vote.')).toBe(true);
  });
});
