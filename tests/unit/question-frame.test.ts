// Words that frame a question (what kind of, how old, couldn't) are not what it
// is about; numbers it gives are not its answer; a long sentence is cut around
// the words asked about.
import { describe, expect, it } from 'vitest';
import { cutAround } from '../../src/answer/answer-text.js';
import { answerKind, parseQuestion } from '../../src/answer/question.js';
import { terms } from '../../src/nlp/terms.js';
import { CandidateRanker } from '../../eval/rank-candidates.js';

describe('question frame', () => {
  it.each([
    ['What kind of truck carried the rockets?', 'truck carried rockets'],
    ['Which type of missile hit the base?', 'missile hit base'],
    // "What part of X" asks for a part, which the answer names ("its Quds Force"), not for the word "part".
    ['What part of the guard did he run?', 'guard run'],
    ['How old is the bridge?', 'bridge'],
    ['How big was the loan?', 'loan'],
    ['What is the name of the new company?', 'new company'],
    ['On what date did the strike happen?', 'strike happen'],
    ['In which year was the bank founded?', 'bank founded'],
    ['Roughly how many troops are there right now?', 'troops'],
    ['How many have been injured in the protests so far?', 'injured protests'],
    ['How much money did the fund raise?', 'fund raise'],
    ['Why was the alliance actually set up in the first place?', 'alliance set up'],
    ['Why do people doubt the rebels fired the rockets?', 'doubt rebels fired rockets'],
    ["who's the head of the bank, the guy who spoke to reporters", 'head bank spoke reporters'],
    ['Was anybody hurt when the rockets hit the base?', 'hurt rockets hit base'],
    ['Besides bombs or shootings, what other kind of attack could Iran try?', 'attack Iran try'],
    ['Apart from the oil minister, who else resigned?', 'else resigned'],
    ['Who other than Canada sent trainers?', 'Canada sent trainers'],
    ["What's Alex Grynkewich's job?", 'Alex Grynkewich'],
    ["what's the general's actual job title exactly", 'general'],
    ['What is her role?', ''],
    ['What is the title of the report?', 'title report'],
    ['Which role did the bank play in the deal?', 'role bank play deal'],
    ['whats the name of the new company', 'new company'],
    ['whos in charge of the militia', 'charge militia'],
    ['didnt the rebels fire the rockets', 'rebels fire rockets'],
    ['wat time did the rockets hit', 'rockets hit'],
    // "What happened to X" asks what X went through: the answer says it without the word.
    ["What's happening to the NATO trainers in Iraq?", 'NATO trainers Iraq'],
    ['what happened with the merger talks', 'merger talks'],
    ['What happened on Friday?', 'happened Friday'],
    ['which hotel is acme gonna manage', 'hotel acme going manage'],
    ['how many ppl died', 'died'],
    ['why did income slow in march 87', 'income slow march 1987'],
    ["why did income slow in march '87", 'income slow march 1987'],
    ['what happened on march 27', 'happened march 27'],
    ['How many troops are based there according to the piece on the strikes?', 'troops based there strikes'],
    ['In the story about the merger, who chaired the bank?', 'merger chaired bank'],
    ['What did the report say about prices?', 'report say prices'],
    ['who was named ceo of the bank', 'named chief executive bank'],
    ['Who is the CFO of the bank?', 'chief financial officer bank'],
  ])('%s searches for "%s"', (q, rest) => {
    expect(parseQuestion(q).terms).toEqual(terms(rest));
  });

  it('reads chat\'s "wat" and "wut" as "what"', () => {
    expect(parseQuestion('wat time did the rockets hit').kind).toBe(
      parseQuestion('what time did the rockets hit').kind,
    );
    expect(parseQuestion('wut time did the rockets hit').kind).toBe('time');
  });

  it('ends a name at a possessive: "Canada\'s Costain Ltd" is two names', () => {
    expect(parseQuestion("What was Canada's Costain Ltd planning to rename itself?").names).toEqual([
      terms('Canada'),
      terms('Costain Ltd'),
    ]);
    expect(parseQuestion('What did the Bank of Japan say?').names).toEqual([terms('Bank of Japan')]);
  });

  it('still counts people in "how many people…"', () => {
    expect(parseQuestion('How many people were killed?').counted).toEqual(terms('people'));
  });

  it('counts the plural noun straight after "how many" when a verb, not an auxiliary, follows it', () => {
    expect(parseQuestion('How many missiles hit the base in Irbil?').counted).toEqual(terms('missiles'));
    expect(parseQuestion('How many troops does Canada have?').counted).toEqual(terms('troops'));
  });

  it('finds the role asked for: "which X <verb>ed", "who is the X who/of"', () => {
    expect(parseQuestion('Which Pentagon spokesman confirmed the attacks?').whichHead).toBe(terms('spokesman')[0]);
    expect(parseQuestion('Who is the Pentagon spokesman who confirmed it?').whoHead).toBe(terms('spokesman')[0]);
    expect(parseQuestion('Who was the head of the alliance?').whoHead).toBe(terms('head')[0]);
    expect(parseQuestion('Who confirmed the attacks?').whoHead).toBeUndefined();
    // A participle or "behind" closes the role as "who" does; "king" is a noun, not a participle.
    expect(parseQuestion('Who was the Pentagon spokesman confirming the strike?').whoHead).toBe(terms('spokesman')[0]);
    expect(parseQuestion('Who was the man behind the attack?').whoHead).toBe(terms('man')[0]);
    // A modifier written with stops ("U.S.") is a word before the role.
    expect(parseQuestion('Who was the U.S. envoy that spoke in Copenhagen?').whoHead).toBe(terms('envoy')[0]);
    expect(parseQuestion('Who was the ruling king of Spain?').whoHead).toBe(terms('king')[0]);
    // A role with what it is for after it: "to" an infinitive, "for" an office.
    expect(parseQuestion("Who is Iran's preferred candidate to become prime minister?").whoHead).toBe(
      terms('candidate')[0],
    );
    expect(parseQuestion("Who is the party's candidate for mayor?").whoHead).toBe(terms('candidate')[0]);
    expect(parseQuestion('Who was the first to arrive?').whoHead).toBe(terms('first')[0]);
    // A filler is no role: "the guy running X" asks who runs X, as "who runs X" does.
    expect(parseQuestion('Who is the guy running Kataib Hezbollah?').whoHead).toBeUndefined();
    expect(parseQuestion('Who are the folks behind the attack?').whoHead).toBeUndefined();
  });

  it('reads negative contractions as words, leaving no stray stem', () => {
    expect(parseQuestion("Why couldn't the minister travel?").terms).toEqual(terms('minister travel'));
    expect(parseQuestion('Why won’t the bank give a forecast?').terms).toEqual(terms('bank give forecast'));
  });

  it('reads "what\'s" and "who\'s" as "… is", for the frame and the kind of answer', () => {
    const q = parseQuestion("What's the name of the new company?");
    expect(q.terms).toEqual(terms('new company'));
    expect(q.kind).toBe('name');
    expect(parseQuestion("What's the estimated total cost of the smelter?").kind).toBe('money');
    expect(parseQuestion('Who’s the head of the alliance?').kind).toBe('name');
  });

  it('reads the verb and the word after it in "who took over…", "who will step down…"', () => {
    expect(parseQuestion('Who took over the Quds Force?').whoVerb).toEqual(['took', 'over']);
    expect(parseQuestion('who will step down as chairman').whoVerb).toEqual(['step', 'down']);
    expect(parseQuestion('Which bank took over the firm?').whoVerb).toBeUndefined();
  });

  it('ends the thing a name is asked for at the subject of its clause ("the institute Leuprecht directs")', () => {
    expect(parseQuestion('What is the name of the institute Leuprecht directs?').nameOf).toEqual(terms('institute'));
    // Capitalised words before the thing's own words modify it.
    expect(parseQuestion('What is the name of the US envoy who spoke?').nameOf).toEqual(terms('US envoy'));
    // An initial's full stop does not end the thing named.
    expect(parseQuestion('What is the name of the U.S. envoy who spoke?').nameOf).toEqual(terms('US envoy'));
    // A verb in -ing with its object opens a clause; before a noun it modifies the thing.
    expect(parseQuestion('What was the name of the sunken tug blocking the Rhine?').nameOf).toEqual(
      terms('sunken tug'),
    );
    expect(parseQuestion('What is the name of the holding company that owns Acme?').nameOf).toEqual(
      terms('holding company'),
    );
    // The head noun of a longer phrase is its last word: "drug", not "heart".
    expect(
      parseQuestion("What's the name of Acme's clot-dissolving heart attack drug that failed?").nameOf?.at(-1),
    ).toBe(terms('drug')[0]);
  });

  it('reads "the us" and "u.s." typed in lower case as the country, and "us" alone as the pronoun', () => {
    expect(parseQuestion('did the us house vote?').named.has(terms('US')[0] ?? '')).toBe(true);
    expect(parseQuestion('how many u.s. troops are there?').terms).toEqual(terms('US troops'));
    expect(parseQuestion('what did they tell us?').terms).toEqual(terms('tell'));
    // Where the pronoun would be "we", and before a hyphen, "us" is the country.
    expect(parseQuestion('how much did us industrial output rise?').terms).toEqual(terms('US industrial output rise'));
    expect(parseQuestion('how many us-built cars were shipped?').named.has(terms('US')[0] ?? '')).toBe(true);
    expect(parseQuestion('what did they show us about it?').named.size).toBe(0);
  });

  it('keeps the question text as asked', () => {
    expect(parseQuestion("Why couldn't he go?").text).toBe("Why couldn't he go?");
  });

  it('takes the names of a question typed in lower case from what the articles capitalise', () => {
    const isName = (t: string) => terms('Khan Bank').includes(t);
    const q = parseQuestion('when did the khan bank open its new branch?', isName);
    expect([...q.named].sort()).toEqual(terms('Khan Bank').sort());
    expect(q.names).toEqual([terms('khan bank')]);
    // Capitals typed past the first letter say it themselves.
    expect([...parseQuestion('When did the Khan bank open?', isName).named]).toEqual(terms('Khan'));
  });

  it('groups consecutive capitalised words into names', () => {
    expect(parseQuestion("How many died in the King's Cross fire?").names).toEqual([terms('King Cross')]);
  });

  it('reads a name through its particle ("Tour de France"), and only between capitalised words', () => {
    expect(parseQuestion('Which cyclist won the Tour de France?').names).toEqual([terms('Tour de France')]);
    // The particle is part of the name, not a word the question asks about.
    const militia = parseQuestion('When did Qais Khazali set up Asaib Ahl al-Haq?');
    expect(militia.names).toEqual([terms('Qais Khazali'), terms('Asaib Ahl al Haq')]);
    expect(militia.named.has('al')).toBe(true);
    expect(parseQuestion('Did the Bank of England act?').names).toEqual([terms('Bank England')]);
    expect(parseQuestion('Did Ford of all companies cut jobs?').names).toEqual([terms('Ford')]);
  });

  it('reads a number after a name as part of it ("Flight 255"), not a figure, a year or a possessive\'s', () => {
    expect(parseQuestion('How many died when Northwest Airlines Flight 255 crashed?').names).toEqual([
      terms('Northwest Airlines Flight 255'),
    ]);
    expect(parseQuestion('Why was Palo Verde Unit 1 shut?').named.has('1')).toBe(true);
    expect(parseQuestion('What did the Dutch 6 pct bond yield?').named.has('6')).toBe(false);
    expect(parseQuestion('What did Texaco 1987 earnings show?').named.has('1987')).toBe(false);
    expect(parseQuestion("Will Chrysler's 200 cars sell?").named.has('200')).toBe(false);
    expect(parseQuestion('What happened at Al-Asad on December 3?').named.has('3')).toBe(false);
  });

  it('reads what "how many" counts past a possessive name, and up to a verb of the present', () => {
    expect(parseQuestion("How many McDonald's restaurants were there in 1987?").counted).toContain(
      terms('restaurants')[0],
    );
    expect(parseQuestion('How many people work for Gandalf Technologies?').counted).toEqual(terms('people'));
    // A plural without an "s" before its verb.
    expect(parseQuestion('How many people visited Walt Disney World in 1986?').counted).toEqual(terms('people'));
  });

  it.each([
    ["What is the cartel's oil quota?", 'number'],
    ['What was exchange turnover in March?', 'number'],
    ['What price is the company offering for the shares?', 'money'],
    // The words before the measure may hold a hyphen or an initial's full stop.
    ["What was the bank's first-quarter profit?", 'money'],
    ["What were John F. Smith Inc's revenues for 1986?", 'money'],
    // A sum asked with "how much" and the measure's name.
    ['How much revenue did Pyramid Technology report for 1986?', 'money'],
    ['How much net income did the bank earn in the quarter?', 'money'],
    ["What were the group's per-share sales?", 'money'],
    ['How much did the company make in 1986?', 'money'],
    ['What did PepsiCo offer per share for Calny?', 'money'],
    // A price named with a word before it; a market's level asked by "where".
    ['What base price were the mills asking for the coal?', 'money'],
    ['Where was the dollar fixed in Frankfurt?', 'number'],
    ['Where was copper trading on the London Metal Exchange?', 'number'],
    ['Where was the plant built?', 'name'],
    // A measure asked for with words before it.
    ['What size stake triggers the rights plan?', 'number'],
    ['What severance tax rate did Nugent want wells exempted from?', 'number'],
    ['What magnitude was the earthquake?', 'number'],
    ['What margin over LIBOR is the borrower paying?', 'number'],
    // A sum asked for by what it is: damages, capital, a fine.
    ['How much in damages is IBM Canada seeking?', 'money'],
    ['How much capital did the investors put into the partnership?', 'money'],
    ['How large a fine was the unit ordered to pay?', 'money'],
    ['How big a loan did Sendi negotiate?', 'money'],
    // Or by its currency: "how much damage in dollars".
    ['How much damage in dollars did the missiles cause?', 'money'],
    ['How much damage did the missiles cause?', 'number'],
    // Or by what is done with it: investing.
    ['How much is Toshiba investing to enter the fax market?', 'money'],
    // Or lending, borrowing, owing: a loan is a sum.
    ['How much is KLM lending to Air Atlanta?', 'money'],
    ['How much did Zambia borrow from the banks?', 'money'],
    ['How much does Brazil owe its creditors?', 'money'],
    // "What did X earn / net": a sum earned.
    ['What did Syarikat Telekom Malaysia earn in 1986?', 'money'],
    ['What did the company net in the first quarter?', 'money'],
    ['How much a share is the Citicorp-led group paying in the Leaseway buyout?', 'money'],
    ["What will South Yemen's oil export pipeline cost to build?", 'money'],
    ['How much severance did Robert Buckley get?', 'money'],
    // Or by its name: a charge, a commission, a discount; a price per unit of a security.
    ['What is the charge on an investment of one million dollars?', 'money'],
    ['What underwriting discount per unit are the underwriters getting?', 'money'],
    ['What coupon per bond is the company paying?', 'money'],
    // A statement, a dash, then the question: the question says what is asked.
    ['PicTel is selling units at six dollars each — what discount are the underwriters getting?', 'money'],
    ['Iran fired missiles at two bases — which bases were hit?', 'name'],
    ['How large a stake does the group hold?', 'number'],
    // A count asked for by name: the vote's tally, a death toll.
    ['What was the vote count when the Iraqi parliament passed the resolution?', 'number'],
    ['What was the death toll in the protests?', 'number'],
    // The measure is the question's own noun phrase: a clause after it ("as … prepares his first budget") says when.
    ["What is Ireland's unemployment rate as new Prime Minister Charles Haughey prepares his first budget?", 'number'],
    ['What was the jobless rate when the government unveiled its budget?', 'number'],
    ['What is the rate the bank charges on loans that cost more?', 'number'],
    // The first measure the noun phrase names is the one asked: a rate, before a sum named later.
    [
      "What is the highest credit card interest rate Canada's Commons finance committee wanted banks to charge?",
      'number',
    ],
    ['What top income and corporate tax rate did Seipp say Germany should move to?', 'number'],
    ['What income did the company report?', 'money'],
    // A clause that sets the scene says when; the question after its comma says what is asked.
    ['When the EC got worried about textile imports, which US official did De Clercq write to?', 'name'],
    ['After the talks failed, how many countries were offered grain?', 'number'],
    ['When was the exchange going to stop trading, with another taking over?', 'date'],
    ['When did the talks begin?', 'date'],
    // A day asked with a word that says how closely.
    ['On what exact day in December did he chair the cabinet meeting?', 'date'],
    ['Which precise date was the deal signed?', 'date'],
  ] as const)('%s → %s', (q, kind) => {
    expect(answerKind(q)).toBe(kind);
  });
});

describe('numbers the question gives', () => {
  it('a sentence whose only number is the one asked about does not answer "how many"', () => {
    const candidates = [
      {
        id: 'A',
        text: 'The country agreed to defer payments on its 500 mln dlr loan after talks with creditor banks.',
      },
      { id: 'B', text: 'There are 37 banks in the syndicate of the loan.' },
    ];
    const ranking = new CandidateRanker([
      { qid: 'q', question: 'How many banks are in the syndicate of the 500 mln dlr loan?', candidates },
    ]).rankAll()[0]?.ranking;
    expect(ranking?.[0]).toBe('B');
  });
});

describe('cutAround', () => {
  const long =
    'The minister told reporters earlier in the day, when asked about the talks that had dragged on for weeks ' +
    'without any sign of progress on the main issues dividing the two sides, that nothing had been agreed, and he ' +
    'later warned of a very hard response from the government, hitting 52 targets, which would include sites.';

  it('keeps the stretch holding the words asked about', () => {
    const cut = cutAround(long, 120, new Set(terms('targets hit response')));
    expect(cut.length).toBeLessThanOrEqual(120);
    expect(cut).toContain('52 targets');
    expect(cut.startsWith('…')).toBe(true);
  });

  it('cuts at the end when the words asked about open the sentence', () => {
    const cut = cutAround(long, 120, new Set(terms('minister reporters')));
    expect(cut.startsWith('The minister')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('counts each word asked about once: a name repeated at the head does not outweigh two words at the tail', () => {
    const repeated =
      'Iran said, as Iran has said before and as Iran will say again in talks with anyone who asks about the long ' +
      'dispute that has dragged on for years, that it would strike 52 targets, which would include cultural sites.';
    const cut = cutAround(repeated, 120, new Set(terms('Iran strike targets')));
    expect(cut).toContain('52 targets');
  });

  it('keeps a few words after the last word asked about: they as often hold the answer', () => {
    const threat =
      'President Trump had told reporters earlier in the day, when asked about the talks that dragged on, that he ' +
      'would respond very hard, hitting 52 targets, which would include cultural sites, something he has had to drop.';
    expect(cutAround(threat, 140, new Set(terms('part 52 targets threat Trump back')))).toContain('cultural sites');
  });

  it('keeps a number when the question asks for one', () => {
    const cut = cutAround(
      long.replace('hitting 52 targets', 'hitting targets'),
      120,
      new Set(terms('minister targets')),
      true,
    );
    const withNumber = cutAround(long, 120, new Set(terms('minister reporters')), true);
    expect(cut.startsWith('The minister')).toBe(true);
    expect(withNumber).toContain('52');
    expect(cutAround(long, 120, new Set(terms('minister reporters')))).not.toContain('52');
  });

  it('leaves a short sentence whole', () => {
    expect(cutAround('Short.', 120, new Set(['short']))).toBe('Short.');
  });
});
