// "What is the PMU?" asks what the initials stand for: the sentence that spells them out and says what the body is
// answers, though it never writes "PMU".
import { describe, expect, it } from 'vitest';
import {
  definesInitials,
  initialsDefined,
  initialsDefinedIn,
  spellsOut,
  writtenIn,
} from '../../src/answer/acronyms.js';
import { terms } from '../../src/nlp/terms.js';
import { spelledPattern } from '../../src/answer/question-words.js';
import { engineOver } from '../support/engine-over.js';

it('finds initials spelled out by a run of capitalised words', () => {
  expect(spellsOut('one of many in the Popular Mobilization Units, a paramilitary unit', 'pmu')).toBe(true);
  expect(spellsOut('close links to the Iranian Islamic Revolutionary Guard Corps.', 'IRGC')).toBe(true);
  expect(spellsOut('the Bank of England said', 'boe')).toBe(true);
  expect(spellsOut('PMU brigades', 'pmu')).toBe(false);
  expect(spellsOut('Popular music unites people', 'pmu')).toBe(false);
  // Up to two small words inside the name.
  expect(spellsOut('the Organization of the Petroleum Exporting Countries said', 'OPEC')).toBe(true);
  // The initials end the run: a title before a name spells nothing.
  expect(spellsOut('Prime Minister Ulf Kristersson, the leader', 'PMU')).toBe(false);
});

it('reads a definition only right after the name', () => {
  expect(definesInitials('in the Popular Mobilization Units, a paramilitary unit made up of militias', 'PMU')).toBe(
    true,
  );
  expect(definesInitials('The Popular Mobilization Units (PMU) is an umbrella of militias.', 'pmu')).toBe(true);
  expect(definesInitials('the Popular Mobilization Units fought, and a unit fled', 'pmu')).toBe(false);
});

it('asks for initials only in "what is X", where the article writes them in capitals', () => {
  expect(initialsDefined('What is the PMU?')).toBe('PMU');
  expect(initialsDefined('what is the pmu')).toBe('pmu');
  expect(initialsDefined('What is the PMU doing in Iraq?')).toBeUndefined();
  expect(writtenIn('pmu')('brigades of the PMU')).toBe(true);
  expect(writtenIn('pmu')('no initials here')).toBe(false);
  // Not a word of a headline in capitals, nor part of a longer word.
  expect(writtenIn('plan')('TRADE PLAN ANNOUNCED BY MINISTRY OFFICIALS TODAY\nThe ministry said.')).toBe(false);
  expect(writtenIn('pmu')('the PMUX unit')).toBe(false);
});

const militias = engineOver({
  'militias.txt': ` date 2019-12-28
MILITIAS
Khazali's group is one of many in the Popular Mobilization Units, a paramilitary unit made up of mostly Shi'ite militias.

In August the PMU said its munitions warehouses were attacked, and the PMU blamed Israel for the blasts at PMU depots.`,
});

it('answers "what is the PMU" with the sentence that spells it out', () => {
  const r = militias().ask('What is the PMU?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Popular Mobilization Units, a paramilitary unit');
});

describe('initials a story spells out', () => {
  it('takes two letters only from capitalised words: "the very" and "troops were" spell out no "TV"', () => {
    const tv = spelledPattern('tv');
    expect(tv?.test('It was the very first strike, and troops were on alert.')).toBe(false);
    expect(tv?.test('The Trans Vision network carried the speech.')).toBe(true);
  });

  it('takes longer initials in lower case too ("gross domestic product")', () => {
    expect(spelledPattern('gdp')?.test('gross domestic product rose 2 pct')).toBe(true);
    expect(spelledPattern('boj')?.test('the Bank of Japan said')).toBe(true);
  });
});

describe('initials an article defines in brackets after a name', () => {
  it('reads the name whose words begin with the initials, though the name runs on past them', () => {
    const defined = initialsDefinedIn(
      'He was head of the Islamic Revolutionary Guard Corps-Quds Force (IRGC). The Federal Deposit Insurance Corp (FDIC) said.',
    );
    expect(defined.get('irgc')).toEqual(terms('Islamic Revolutionary Guard Corps'));
    expect(defined.get('fdic')).toEqual(terms('Federal Deposit Insurance Corp'));
  });

  it('reads nothing where the bracket holds no initials of the name before it', () => {
    expect(initialsDefinedIn('Shares of Acme Corp (NYSE) rose.').size).toBe(0);
    expect(initialsDefinedIn('the Popular Mobilization Units (in Iraq)').size).toBe(0);
  });
});

const guards = engineOver({
  'guards.txt': ` date 2020-01-08
GUARDS
Iran's Islamic Revolutionary Guard Corps (IRGC) fired missiles at two bases in Iraq on Tuesday night.

The IRGC also warned that bases in allied countries would be targets.

The Revolutionary Guard Corps has close links to several militias in Iraq.`,
});

it('holds a name asked in part by initials its article defines ("Revolutionary Guards" for "IRGC")', () => {
  const r = guards().ask('What did the Revolutionary Guards warn?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('The IRGC also warned');
});
