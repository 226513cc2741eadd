// A question asking "how much / how many" is answered only by a sentence that
// holds an amount or a count: a sentence about the deal without its price is
// "not found". So is "how old" without an age, and "at what time" without a clock time.
import { describe, expect, it } from 'vitest';
import { holdsAskedKind } from '../../src/answer/asked-kind.js';
import { parseQuestion } from '../../src/answer/question.js';
import { terms } from '../../src/nlp/terms.js';
import { termVectors } from '../support/term-vectors.js';
import { engineOver } from '../support/engine-over.js';

const ARTICLES: Record<string, string> = {
  'delta.txt': ` date 1987-03-10
DELTA DISPOSAL IN PASSAIC COUNTY GARBAGE DEAL
Delta Disposal Inc said it signed a garbage disposal deal with Passaic County, New Jersey, for 20 years.
Delta said it expects the agreement to generate 12 mln dlrs a year throughout its term.`,
  'acme.txt': ` date 1987-03-05
ACME IN TALKS WITH WIDGET
Acme Corp said it made an offer for Widget Inc, whose board will study the offer next week.
Widget shares rose on the news.`,
  'gadget.txt': ` date 1987-03-06
ACME BUYS GADGET STAKE
Acme Corp said it paid 40 mln dlrs for a stake in Gadget Co, a maker of small engines.
Acme Corp said it would also pay about 12 mln U.S. dlrs for Gadget's plant in Canada.
Gadget said the stake gives Acme a seat on its board.`,
  'ilfc.txt': ` date 1987-03-19
LEASING FIRM IN TALKS WITH AIRBUS
International Lease Finance Corp is negotiating with Airbus Industrie for additional orders of A320 and A330 jets, its president said.
Reports in the French press indicated that the company was close to a deal for 27 more planes.
The total value of the order announced last week is 350 mln dlrs.`,
  'zeta.txt': ` date 1987-03-07
ACME TALKS WITH ZETA
Acme Corp said it had made three proposals to settle the billion-dollar Zeta lawsuit.`,
  'board.txt': ` date 1987-03-08
ACME NAMES CHAIRMAN
Acme Corp named John Smith, 62, its chairman.
Mary Jones becomes the president of Acme Corp.
Voting on the new chairman ended at 7:20pm local time.
Widget Inc said it will hold its annual meeting in Denver.
Smith has led the Acme board for nine years.`,
};

const engine = engineOver(ARTICLES);

it('declines "how much" when the best sentence gives no amount', () => {
  expect(engine().ask('How much did Acme Corp offer for Widget Inc?').kind).toBe('not-found');
});

it('answers "how much" from a sentence with the amount', () => {
  const r = engine().ask('How much did Acme Corp pay for its stake in Gadget Co?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('40 mln dlrs');
});

it('takes an amount whose currency follows a country ("12 mln U.S. dlrs")', () => {
  const r = engine().ask("How much will Acme Corp pay for Gadget's plant in Canada?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('12 mln U.S. dlrs');
});

it('does not take "a billion-dollar lawsuit" for an amount', () => {
  expect(engine().ask('How much did Acme pay to settle the Zeta lawsuit?').kind).toBe('not-found');
});

it('declines "how old" when the best sentence gives no age, and answers it from one that does', () => {
  expect(engine().ask('How old is Mary Jones?').kind).toBe('not-found');
  const r = engine().ask('How old is John Smith?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('John Smith, 62,');
});

it('declines "at what time" when the best sentence gives no clock time, and answers it from one that does', () => {
  expect(engine().ask('At what time will Widget Inc hold its annual meeting?').kind).toBe('not-found');
  const r = engine().ask('At what time did voting on the chairman end?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('7:20pm');
});

describe('holdsAskedKind', () => {
  const none = { answerNear: 0, type: 0 };
  it.each([
    ['At what time did voting end?', 'Voting ended at 7:20pm local time.', true],
    ['At what time did voting end?', 'Voting ended at 1930 GMT.', true],
    ['At what time did voting end?', 'Voting ended on Monday.', false],
    ['How long has Smith led the board?', 'Smith has led the board for nine years.', true],
    ['How long has Smith led the board?', 'Smith has led the board since 1979.', true],
    ['How long has Smith led the board?', 'Smith, who leads the board, spoke today.', false],
    ['How long is the pipeline?', 'The 500-km pipeline opens in May.', true],
    ['How long has Smith led the board?', 'Smith, 62, leads the board.', false],
    ['How long has Smith led the board?', 'Smith and several directors lead the board.', false],
    ['How long has Smith led the board?', 'Boards have changed in recent years.', false],
    // A span that places something in time ("a month after", "two weeks ago") is no length of it.
    ['How long a prison term did Levine get?', 'Levine was charged a month after the company applied.', false],
    ['How long a prison term did Levine get?', 'Levine was jailed two weeks ago.', false],
    ['How long a prison term did Levine get?', 'Levine got two years in prison, a month after his plea.', true],
    ['Why did Smith resign?', 'Smith resigned.', true],
    // A sum for a share asked, a share for a change asked, a sum whose currency goes unsaid.
    ['By how much did UK reserves rise in May?', 'The record 4.9 billion dlrs rise in U.K. reserves in May.', true],
    ['How much did prices go up in January?', 'Prices rose 1.1 pct in January.', true],
    ['How much did Acme pay for the plant?', 'Acme bought 8.2 pct of the plant.', false],
    ['What was the pretax profit?', 'Pretax profit 182.2 mln vs 150.5 mln.', true],
    ['What was the pretax profit?', 'Output was 16.6 mln barrels a day.', false],
    // Reuters spells numbers under ten; the EC's sums are in European Currency Units.
    ['How much did each unit cost?', 'The offering is under way at eight dlrs a unit.', true],
    ['How much did the plant cost?', 'The plant cost five mln dlrs.', true],
    ['How much did the plant cost?', 'Acme faces a billion-dollar lawsuit over the plant.', false],
    [
      'How much is the plan worth?',
      'The Commission can go ahead with a 3.2 billion European Currency Unit plan.',
      true,
    ],
    // The other currencies of 1987's wire.
    ['How much will the USSR spend on defence?', 'Defence spending will total 20.2 billion roubles.', true],
    ['How much did the sale raise?', 'The sale raised 3.5 billion pesetas.', true],
    ['How much did the sale raise?', 'The sale raised 3.5 billion ringgit.', true],
    // A sum for each share asked: a total does not give it.
    ['How much per share did Hanson pay?', 'Hanson completed the purchase for about 250 mln dlrs.', false],
    ['How much per share did Hanson pay?', 'Hanson paid 22 dlrs a share, or about 250 mln dlrs.', true],
    ['How much per share did Hanson pay?', 'Shr 1.20 dlrs vs 90 cts.', true],
  ] as const)('%s / %s → %s', (question, text, holds) => {
    expect(holdsAskedKind(parseQuestion(question), text, none)).toBe(holds);
  });

  it('counts the part after "of" in "how many of the X / of Iran\'s X"', () => {
    expect(parseQuestion("How many of Iran's missiles actually hit the base?").counted).toEqual(terms('missiles'));
    expect(parseQuestion('how many of the protesters were hurt').counted).toEqual(terms('protesters'));
    expect(parseQuestion('How many of its plants did Acme close?').counted).toEqual(terms('plants'));
    expect(parseQuestion("What's the total number of NATO troops in Iraq?").counted).toEqual(terms('NATO troops'));
    expect(parseQuestion("How many of Iran's ballistic missiles actually landed?").counted).toEqual(
      terms('ballistic missiles'),
    );
    // A number of the whole is no part of what is counted; a part said after the verb is what is counted.
    expect(parseQuestion('How many of the 40 planes did the airline order?').counted).toEqual(terms('planes'));
    const sites = parseQuestion('How many of the 52 targets Trump threatened to hit were cultural sites?');
    expect(sites.counted).toEqual(terms('cultural sites'));
    expect(sites.countPart).toBe(true);
    expect(parseQuestion('How many of the missiles were intercepted?').counted).toEqual(terms('missiles'));
  });

  it('ends what is counted at a verb in the past after the plural, with no auxiliary before it', () => {
    expect(parseQuestion('how many iraqi mps voted for the resolution').counted).toEqual(terms('iraqi mps'));
    expect(parseQuestion('How many Iraqi protesters were killed?').counted).toEqual(terms('Iraqi protesters'));
  });

  it('counts a plural after a name of two words, the verb following it', () => {
    expect(parseQuestion('How many Kataib Hezbollah fighters died in the strikes?').counted).toEqual(
      terms('Kataib Hezbollah fighters'),
    );
  });

  it('wants "how many X" counted: a number just before X', () => {
    const q = parseQuestion('How many jobs did Acme cut?');
    expect(q.counted).toEqual(terms('jobs'));
    const near = { answerNear: 1, type: 1 };
    expect(holdsAskedKind(q, 'Acme cut 500 jobs in March.', near)).toBe(true);
    expect(holdsAskedKind(q, 'Acme cut about 1,200 factory jobs.', near)).toBe(true);
    expect(holdsAskedKind(q, 'Acme, which has 40 older plants, then cut jobs.', near)).toBe(false);
    expect(holdsAskedKind(q, 'In 1987 jobs were cut.', near)).toBe(false);
    // A day of the month is no count.
    expect(holdsAskedKind(q, 'On March 12 jobs were cut.', near)).toBe(false);
    expect(holdsAskedKind(q, 'By March 12 jobs were cut.', near)).toBe(false);
    expect(holdsAskedKind(q, 'On March 12, 300 jobs were cut.', near)).toBe(true);
    // Nor is a clock time, written "7:20pm" or "10 a.m.".
    expect(holdsAskedKind(q, 'At 7:20pm jobs were cut.', near)).toBe(false);
    expect(holdsAskedKind(q, 'At 10 a.m. jobs were cut.', near)).toBe(false);
    expect(holdsAskedKind(q, 'At 10 am jobs were cut.', near)).toBe(false);
    expect(holdsAskedKind(q, 'At 10 a.m. Acme cut 300 jobs.', near)).toBe(true);
    // Nor a number with its unit run on: a size.
    const rockets = parseQuestion('How many rockets were fired at the base?');
    expect(holdsAskedKind(rockets, 'A truck using 122mm rockets aimed at the base.', near)).toBe(false);
    expect(holdsAskedKind(rockets, 'A truck fired 12 rockets at the base.', near)).toBe(true);
  });

  it('counts with a word the vectors put close to the one asked, but not an adjective that modifies the noun counted', () => {
    const q = parseQuestion('How many soldiers were hurt?');
    const near = { answerNear: 1, type: 1 };
    const [soldier, military, troop] = terms('soldiers military troops') as [string, string, string];
    const vectors = termVectors(
      [
        { term: soldier, axis: 0 },
        { term: military, near: 0, similarity: 0.8, axis: 1 },
        { term: troop, near: 0, similarity: 0.8, axis: 2 },
      ],
      3,
    );
    expect(holdsAskedKind(q, 'Missiles hurt 11 troops.', near, vectors)).toBe(true);
    // "two … bases": the number counts bases, "military" says which.
    expect(holdsAskedKind(q, 'Missiles hit two military bases.', near, vectors)).toBe(false);
  });

  it('counts people by their nationality: "tens of thousands of Iraqis", "500 Canadians"', () => {
    const q = parseQuestion('How many people rallied in Baghdad?');
    const near = { answerNear: 1, type: 1 };
    expect(holdsAskedKind(q, 'Tens of thousands of Iraqis rallied in central Baghdad.', near)).toBe(true);
    expect(holdsAskedKind(q, 'About 500 Canadians joined the rally.', near)).toBe(true);
    // The country itself is no count of people, nor is a nationality when something else is counted.
    expect(holdsAskedKind(q, 'The rally in Iraq lasted 3 hours.', near)).toBe(false);
    expect(holdsAskedKind(parseQuestion('How many jobs did Acme cut?'), 'Acme cut 500 Iraqis.', near)).toBe(false);
  });

  it('takes amounts and ages from the ranker features', () => {
    expect(holdsAskedKind(parseQuestion('How many banks lent?'), 'Banks lent.', none)).toBe(false);
    expect(holdsAskedKind(parseQuestion('How many banks lent?'), '37 banks lent.', { answerNear: 1, type: 1 })).toBe(
      true,
    );
    expect(holdsAskedKind(parseQuestion('How old is Smith?'), 'Smith, 62, said.', { answerNear: 0, type: 1 })).toBe(
      true,
    );
    expect(holdsAskedKind(parseQuestion('How old is Smith?'), 'Smith said.', none)).toBe(false);
  });
});

it("takes a rate asked ('per day') as given per day, or as wire copy's 'bpd'", () => {
  const near = { answerNear: 1, type: 1 };
  const q = parseQuestion('How much oil per day did Norway take off its output?');
  expect(holdsAskedKind(q, 'Norway will extend its 7.5 pct cutback.', near)).toBe(false);
  expect(holdsAskedKind(q, 'The cut is about 80,000 bpd, Helle said.', near)).toBe(true);
  // "A year earlier" says when, not a rate.
  const rise = parseQuestion('How much higher were retail prices in February compared with a year earlier?');
  expect(holdsAskedKind(rise, 'Prices stood 91.6 pct higher than in February 1986.', near)).toBe(true);
  expect(
    holdsAskedKind(parseQuestion('How much oil a day does Egypt pump?'), 'It pumps 870,000 barrels a day.', near),
  ).toBe(true);
});

it("takes a rate's period said as an adjective ('at what daily rate') as the rate asked", () => {
  const near = { answerNear: 1, type: 1 };
  const q = parseQuestion('At what daily rate is the Greens Creek mine expected to start producing?');
  expect(q.kind).toBe('number');
  expect(holdsAskedKind(q, 'Hecla agreed to buy a 28 pct stake in the Greens Creek venture.', near)).toBe(false);
  expect(holdsAskedKind(q, 'Production starts at a rate of about 1,000 tons of ore per day.', near)).toBe(true);
});

it("takes 'how deep / wide / thick / tall' as asking a length, which only a unit of length gives", () => {
  const near = { answerNear: 1, type: 1 };
  const q = parseQuestion('How deep is the development well Sterling completed near Houston?');
  expect(q.kind).toBe('number');
  expect(holdsAskedKind(q, 'Sterling expects 700 mln dlrs in annual sales from the well.', near)).toBe(false);
  expect(holdsAskedKind(q, 'The well has a choke of 11/64 of an inch and is 10,097 feet deep.', near)).toBe(true);
  expect(holdsAskedKind(parseQuestion('How wide is the strait?'), 'It is 39-km wide at its narrowest.', near)).toBe(
    true,
  );
  // Wire copy's plural abbreviations: "70 cms", "12 kms".
  const snow = parseQuestion('How deep did the snow pile up in central Istanbul?');
  expect(holdsAskedKind(snow, 'The blizzard piled snow up to 70 cms deep in central Istanbul.', near)).toBe(true);
  expect(holdsAskedKind(snow, 'Ferries were halted 12 kms north of the city.', near)).toBe(true);
  expect(holdsAskedKind(snow, 'The blizzard closed 70 schools in central Istanbul.', near)).toBe(false);
});

it("takes 'how far is X from Y' as asking a distance, and 'how far did X fall' as not", () => {
  const near = { answerNear: 1, type: 1 };
  const far = parseQuestion('How far is Al-Asad air base from Baghdad?');
  expect(holdsAskedKind(far, 'A December 3 attack used 122mm rockets aimed at Al-Asad base.', near)).toBe(false);
  expect(holdsAskedKind(far, 'The Al-Asad air base lies about 180 km west of Baghdad.', near)).toBe(true);
  const fall = parseQuestion('How far did Alusuisse bearer shares fall when trading resumed?');
  expect(holdsAskedKind(fall, 'Alusuisse bearer shares fell 45 francs to 470 when trading resumed.', near)).toBe(true);
});

it('takes an interest rate, a coupon or a margin as given by a share, not by a sum', () => {
  const near = { answerNear: 1, type: 1 };
  const holds = (question: string, text: string) => holdsAskedKind(parseQuestion(question), text, near);
  expect(holds('What interest rate is the bank charging Toyota?', 'The bank will lend Toyota 193 mln pesos.')).toBe(
    false,
  );
  expect(holds('What interest rate is the bank charging Toyota?', 'The loan carries 14 pct interest.')).toBe(true);
  expect(holds('What coupon rate did Hoechst set on the debentures?', 'It will sell 300 mln dlrs of debentures.')).toBe(
    false,
  );
  expect(holds('What margin over LIBOR is Rolls Royce paying?', 'The margin is 1/8 point over LIBOR.')).toBe(true);
  // Reuters spells small numbers: "a five pct sales tax".
  expect(holds('What sales tax rate has Nakasone proposed?', 'Nakasone proposed a five pct sales tax.')).toBe(true);
  expect(holds('What sales tax rate has Nakasone proposed?', 'Nakasone proposed a sales tax on five goods.')).toBe(
    false,
  );
  expect(holds('What margin over LIBOR is Rolls Royce paying?', 'The facility is 250 mln stg.')).toBe(false);
  // An exchange rate is a sum: any figure may give it.
  expect(holds('What exchange rate will Egypt propose?', 'Egypt will propose 1.35 pounds to the dollar.')).toBe(true);
});

it('takes a share price as wire copy gives it, in dollars unsaid, for a sum', () => {
  const none = { answerNear: 0, type: 0 };
  const q = parseQuestion('What price did Paco Pharmaceutical open at on the NYSE?');
  expect(holdsAskedKind(q, "The company's stock opened at 26-3/4 and closed at 26-1/8.", none)).toBe(true);
  expect(holdsAskedKind(q, 'Its stock began trading today on the New York Stock Exchange.', none)).toBe(false);
  // A fraction before "pct" is a share of a sum, not a price.
  expect(holdsAskedKind(q, 'The notes pay 8-1/2 pct.', none)).toBe(false);
});

it("takes no company's results (sales, profit) for the sum a question asks that asks for none", () => {
  const near = { answerNear: 1, type: 1 };
  const paying = parseQuestion('How much cash is James River paying Dennison for its Dunn Paper subsidiary?');
  expect(holdsAskedKind(paying, 'Dunn had sales last year of about 65 mln dlrs.', near)).toBe(false);
  expect(holdsAskedKind(paying, 'The company earned 3.2 mln dlrs in net income.', near)).toBe(false);
  // A price beside a result is a price; a question asking the result takes it.
  expect(
    holdsAskedKind(paying, 'James River will pay 120 mln dlrs for Dunn, which had sales of 65 mln dlrs.', near),
  ).toBe(true);
  const sales = parseQuestion('How much did Dunn make in sales last year?');
  expect(holdsAskedKind(sales, 'Dunn had sales last year of about 65 mln dlrs.', near)).toBe(true);
  // A sum earned is a result too; a count after a sum ("…dlrs and employed 800 people") is no sum.
  const price = parseQuestion('What price did Pacific Lighting get for its land development business?');
  expect(holdsAskedKind(price, 'The group earned 24.2 mln dlrs and employed 800 people during 1986.', near)).toBe(
    false,
  );
  // A sale (of a stake) is a deal, not sales: its sum is the price.
  const selling = parseQuestion('How much did Hercules get for selling its stake in Himont?');
  expect(holdsAskedKind(selling, 'The money came from its 1.49 billion dlr sale of its stake in Himont.', near)).toBe(
    true,
  );
});

it('answers "how much" from the sentence of the best one\'s article that holds the amount', () => {
  // The best sentence names the deal; the one after it, which says what it brings, shares few of the words.
  const r = engine().ask('How much money a year does Delta Disposal expect from its Passaic County garbage deal?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('12 mln dlrs a year');
});

it('answers from the sentence in its stead though it says little of the question: the best one found the article', () => {
  // "The total value of the order…is 350 mln dlrs" shares only "total", "value" and "order" with the question.
  const r = engine().ask(
    "What was the total value of International Lease Finance Corp's conditional order for Airbus A320 and A330 jets?",
  );
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer.split('[1]')[0]).toContain('350 mln dlrs');
});

describe('"what is the name of X"', () => {
  it.each([
    [
      'What was the name of the US envoy who spoke in Denver?',
      'The U.S. envoy David Schenker spoke in Denver on Monday.',
      true,
    ],
    [
      'What is the name of the recent oil find?',
      'The recent find at Iagifu is likely to put the country on the list.',
      true,
    ],
    ['What was the name of the US envoy who spoke in Denver?', 'A U.S. envoy said talks would follow.', false],
    [
      'What was the name of the US contractor killed?',
      'A US contractor was killed where US and Coalition troops are.',
      false,
    ],
    ['What was the name of the US envoy?', 'The talks were held by a US envoy. This means a delay.', false],
    // The name follows X's head noun: "Iraqi" followed by a name is another Iraqi's.
    [
      'What is the name of the Iraqi prime minister who resigned?',
      'The Iraqi President Barham Saleh has been condemned.',
      false,
    ],
    [
      'What is the name of the Iraqi prime minister who resigned?',
      'The Iraqi prime minister Adel Mahdi resigned.',
      true,
    ],
    // A country or capital after a preposition says where, not who.
    [
      'What was the name of the paramilitary chief killed with Soleimani?',
      'The killing of an Iranian general and an Iraqi paramilitary chief in Baghdad this month.',
      false,
    ],
    [
      'What was the name of the paramilitary chief killed with Soleimani?',
      'The paramilitary chief Abu Mahdi al-Muhandis was killed in Baghdad.',
      true,
    ],
  ] as const)('%s / %s → %s', (question, text, holds) => {
    expect(parseQuestion(question).nameOf?.length).toBeGreaterThan(0);
    expect(holdsAskedKind(parseQuestion(question), text, { answerNear: 0, type: 0 })).toBe(holds);
  });
});

it('counts through a partitive: "up to one mln of its common shares" counts shares', () => {
  const near = { answerNear: 1, type: 1 };
  const q = parseQuestion("How many of its common shares was Federal Realty's management authorized to buy back?");
  const holds = (text: string) => holdsAskedKind(q, text, near);
  expect(holds('Its management has been authorized to purchase up to one mln of its common shares.')).toBe(true);
  expect(holds('It may buy 500,000 of the shares in the open market.')).toBe(true);
  // A figure before "of cash" (no its / the / their) counts no shares further on.
  expect(holds('The trust said one mln dollars of cash will fund common share purchases.')).toBe(false);
});

it('asks the level a change came to in "what did X cut its rate to", which a figure after "to" or "at" gives', () => {
  const near = { answerNear: 1, type: 1 };
  const q = parseQuestion(
    'What did the Belgian National Bank cut its key three-month treasury certificate rate to in April?',
  );
  expect(q.kind).toBe('number');
  const holds = (text: string) => holdsAskedKind(q, text, near);
  expect(holds('The bank said it cut its one, two and three month treasury certificate rates.')).toBe(false);
  expect(holds('The key three month rate was reduced by 0.05 points to 7.25 pct.')).toBe(true);
  expect(holds('The rate now stands at 7.25 pct.')).toBe(true);
  // Not a level asked: "what did parliament vote to do".
  expect(parseQuestion("What did Iraq's parliament vote to do?").kind).not.toBe('number');
});

it('takes cents as Reuters writes them ("10 cts a share") for a sum', () => {
  const none = { answerNear: 0, type: 0 };
  const q = parseQuestion('What quarterly dividend did Acme declare?');
  expect(q.kind).toBe('money');
  expect(holdsAskedKind(q, 'Acme declared a quarterly dividend of 10 cts a share.', none)).toBe(true);
  expect(holdsAskedKind(q, 'Acme declared a quarterly dividend, payable to 10 holders.', none)).toBe(false);
});

it('takes no number the question gives, spelled or in digits, for the sum it asks', () => {
  const none = { answerNear: 0, type: 0 };
  const text = 'Alias Research said it entered into a four mln dlr venture capital investment led by TA Associates.';
  const stake = 'What percentage stake in Alias Research do TA Associates get for their four mln dlr investment?';
  expect(holdsAskedKind(parseQuestion(stake), text, none)).toBe(false);
  expect(holdsAskedKind(parseQuestion('How much money did TA Associates put into Alias Research?'), text, none)).toBe(
    true,
  );
  const digits = 'Alias Research said it entered into a 4 mln dlr venture capital investment led by TA Associates.';
  expect(holdsAskedKind(parseQuestion(stake.replace('four', '4')), digits, none)).toBe(false);
});

it('takes a sum for what the question says it paid for, not for another deal of the same article', () => {
  const near = { answerNear: 1, type: 1 };
  const kay = parseQuestion('How much did Kay Corp pay for its 52 pct stake in American Vision Centers?');
  expect(kay.paidFor).toEqual({ terms: terms('stake'), head: terms('stake')[0] });
  const loan = 'American Vision will borrow up to 2.5 mln dlrs from a unit of Kay Corp for additional working capital.';
  expect(holdsAskedKind(kay, loan, near)).toBe(false);
  expect(holdsAskedKind(kay, 'Kay paid 20 mln dlrs for the stake.', near)).toBe(true);
  // A word the vectors put as close says the head ("stock" for "shares"); a modifier counts only as itself.
  const twa = parseQuestion('How much did TWA pay for its USAir shares?');
  const [share, stock] = terms('shares stock') as [string, string];
  const vectors = termVectors(
    [
      { term: share, axis: 0 },
      { term: stock, near: 0, similarity: 0.8, axis: 1 },
    ],
    2,
  );
  const paid = 'In its filings TWA said it paid 178.2 mln dlrs for the stock.';
  expect(holdsAskedKind(twa, paid, near, vectors)).toBe(true);
  expect(holdsAskedKind(twa, paid, near, null)).toBe(false);
  // A name of the thing bought says it ("for Dunn"); an act is not what is paid for.
  const dunn = parseQuestion('How much is James River paying Dennison for its Dunn Paper subsidiary?');
  expect(holdsAskedKind(dunn, 'James River will pay 120 mln dlrs for Dunn.', near)).toBe(true);
  expect(parseQuestion('How much was Norrell paid for agreeing not to buy more shares?').paidFor).toBeUndefined();
  // "Pay to acquire X": X is what is paid for.
  const lilly = parseQuestion('How much did Eli Lilly pay to acquire Hybritech in March 1986?');
  expect(lilly.paidFor).toEqual({ terms: terms('Hybritech') });
  expect(holdsAskedKind(lilly, 'The notes are convertible into Lilly stock at 66.31 dlrs a share.', near)).toBe(false);
  expect(holdsAskedKind(lilly, 'Lilly paid about 300 mln dlrs for Hybritech.', near)).toBe(true);
});

it('reads what a sum buys or sells in "what price / sum / amount did X get, receive or pay for Y"', () => {
  const near = { answerNear: 1, type: 1 };
  const tribune = parseQuestion('What price did Tribune Co get for its Florida newspaper unit?');
  expect(tribune.paidFor?.terms).toEqual(terms('Florida newspaper unit'));
  const charge = 'Tribune Co said a pre-tax charge of 16.7 mln dlrs in severance costs led to lower earnings.';
  expect(holdsAskedKind(tribune, charge, near)).toBe(false);
  expect(holdsAskedKind(tribune, 'Tribune sold the newspaper unit for 40 mln dlrs.', near)).toBe(true);
  expect(parseQuestion('What sum did Texaco receive for its Canadian unit?').paidFor?.terms).toEqual(
    terms('Canadian unit'),
  );
});

const kayEngine = engineOver({
  'kay.txt': ` date 1987-03-12
KAY CORP COMPLETES AMERICAN VISION PURCHASE
Kay Corp said last week it completed the acquisition of a 52 pct stake in American Vision Centers Inc.
Separately, American Vision said Kay Corp will pay up to 2.5 mln dlrs of its bank debt for additional working capital.`,
  'omega.txt': ` date 1987-03-13
DELTA SELLS OMEGA STAKE
Delta Corp said it sold its 20 pct stake in Omega Inc to a group of investors for 14 mln dlrs.`,
});

it('says "not found" when the article gives the sum of another deal, not of the one asked', () => {
  const kay = kayEngine();
  expect(kay.ask('How much did Kay Corp pay for its 52 pct stake in American Vision Centers?').kind).toBe('not-found');
  const r = kay.ask("How much will Kay Corp pay of American Vision's bank debt?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('2.5 mln dlrs');
});

describe('holdsAskedKind: "what percentage"', () => {
  const near = { answerNear: 1, type: 1 };
  it.each([
    [
      'What percentage increase in metals consumption is RTZ forecasting?',
      'Net profits were lower at 245 mln stg.',
      false,
    ],
    ['What percentage increase in metals consumption is RTZ forecasting?', 'RTZ sees consumption up 2.5 pct.', true],
    [
      'By what percentage will chipmakers raise prices on April 1?',
      'The dividend of 28 cts is payable April one.',
      false,
    ],
    ['By what percentage will chipmakers raise prices?', 'Chipmakers will raise prices by 10 percent.', true],
    ['What percent of the shares does Acme own?', 'Acme owns 40% of the shares.', true],
    // "By how much" asks a change, which a sum answers as well as a share.
    ['By how much did sales rise?', 'Sales rose by 12 mln dlrs.', true],
  ] as const)('%s / %s → %s', (question, text, holds) => {
    // A share is asked for by name: a sum does not give it.
    expect(holdsAskedKind(parseQuestion(question), text, near)).toBe(holds);
  });
});

it('takes the cost of the thing a question asks the cost of, not of another thing', () => {
  const near = { answerNear: 1, type: 1 };
  const stamp = parseQuestion('How much did a first-class stamp cost in the U.S. in 1987?');
  const certificates = 'Generic certificates cost the U.S. government 107 mln to 653 mln dlrs more than cash payments.';
  expect(holdsAskedKind(stamp, certificates, near)).toBe(false);
  expect(holdsAskedKind(stamp, 'A first-class stamp cost 22 cts in 1987.', near)).toBe(true);
  // "It" names nothing: the sentence is left to the other checks.
  const plant = parseQuestion('How much did it cost to build the plant?');
  expect(holdsAskedKind(plant, 'The plant cost 4.5 billion dlrs to build.', near)).toBe(true);
});
