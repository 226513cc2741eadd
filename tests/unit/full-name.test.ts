// A "who" answer whose sentence names the person by surname only opens with
// the full name the article gave at first mention.
import { describe, expect, it } from 'vitest';
import { fullNameIn, fullNameLead, loneNames } from '../../src/answer/full-name.js';
import { spelledTitles } from '../../src/nlp/titles.js';
import { engineOver } from '../support/engine-over.js';

const ARTICLE = `WASHINGTON (Reuters) - Air Force Maj. Gen. Alex Grynkewich, a deputy commander, spoke in Washington.
"Most of the attacks come from militias," Grynkewich said on Wednesday at an event in the U.S. capital.
U.S. President Donald Trump was briefed. Officials in Iraq. Baghdad said nothing.`;

describe('full names', () => {
  it('finds surnames standing alone, not names of several words or a sentence opening', () => {
    expect(loneNames('"Most attacks come from militias," Grynkewich said at the Air Force Association.')).toEqual([
      'Grynkewich',
    ]);
    expect(loneNames('Grynkewich said so.')).toEqual([]);
    expect(loneNames('It was Moqtada al-Sadr who spoke on Friday.')).not.toContain('Friday');
    expect(loneNames("He cited Trump's order.")).toEqual(['Trump']);
    // A name of several words through a small word: not a surname.
    expect(loneNames('Richard Haas, the head of Council on Foreign Relations, wrote on Twitter.')).toEqual(['Twitter']);
  });

  it('gives the first full mention, with titles, never past a sentence end or into "U.S."', () => {
    expect(fullNameIn(ARTICLE, 'Grynkewich')).toBe('Air Force Maj. Gen. Alex Grynkewich');
    expect(fullNameIn(ARTICLE, 'Trump')).toBe('President Donald Trump');
    // "Iraq. Baghdad": a full stop after a long word ends a sentence; no first name before "Baghdad".
    expect(fullNameIn(ARTICLE, 'Baghdad')).toBeNull();
    expect(fullNameIn('Gen. Grynkewich spoke. Grynkewich said so.', 'Grynkewich')).toBeNull();
  });

  it('leads with a name the question does not ask about, unless the sentence already gives it', () => {
    const sentence = '"Most of the attacks come from militias," Grynkewich said on Wednesday.';
    expect(fullNameLead(sentence, ARTICLE, () => false)).toBe('Air Force Maj. Gen. Alex Grynkewich');
    expect(fullNameLead(sentence, ARTICLE, (w) => w === 'Grynkewich')).toBeNull();
    expect(fullNameLead(`Alex Grynkewich said so, Grynkewich added.`, ARTICLE, () => false)).toBeNull();
  });
});

describe('a "who" answer', () => {
  const engine = engineOver({
    'militias.txt': ` date 2020-01-08
GENERAL SPEAKS ON MILITIAS
Air Force Maj. Gen. Alex Grynkewich, deputy commander of the coalition, spoke at an event in Washington.
"Most of the attacks on our bases have come from Shia militia groups," Grynkewich said on Wednesday.`,
  });

  it('opens with the full name when its sentence gives the surname only', () => {
    const r = engine().ask('Which general said most attacks on the bases came from Shia militias?');
    expect(r.kind).toBe('answer');
    if (r.kind !== 'answer') return;
    expect(r.lead).toBe('Air Force Maj. Gen. Alex Grynkewich:');
    expect(r.answer.startsWith('Air Force Maj. Gen. Alex Grynkewich: ')).toBe(true);
  });

  it('answers "the name of the general who…" from the full name, the sentence giving the surname only', () => {
    // No sentence writes a name after "general": the article's "Maj. Gen. Alex Grynkewich" names one.
    const r = engine().ask('What is the name of the general who said most attacks came from Shia militia groups?');
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.answer.startsWith('Air Force Maj. Gen. Alex Grynkewich: ')).toBe(true);
    // Nor does any name a colonel.
    expect(
      engine().ask('What is the name of the colonel who said most attacks came from Shia militia groups?').kind,
    ).toBe('not-found');
  });

  it('takes no body for a person: common words all ("International Monetary Fund" for "Fund")', () => {
    const article = 'The bank should join talks with the International Monetary Fund. Fadiga said Fund aid helps.';
    expect(fullNameLead('Fadiga said Fund aid helps.', article, () => false)).toBeNull();
  });

  it('spells out the short titles before a name', () => {
    expect(spelledTitles('Air Force Maj. Gen. Alex Grynkewich')).toBe('Air Force Major General Alex Grynkewich');
    expect(spelledTitles('Dr. Ruth Westheimer and Prof. X. Smith')).toBe(
      'Doctor Ruth Westheimer and Professor X. Smith',
    );
    expect(spelledTitles('Mr. Smith of Ltd. fame')).toBe('Mr. Smith of Ltd. fame');
  });
});

it('leads with no one whose position a sentence naming another in full gives ("Koza\'s former position")', () => {
  const article =
    "John Koza will become chairman emeritus. Bally said Daniel Bower will assume Koza's former position.";
  const sentence = "Bally said Daniel Bower will assume Koza's former position.";
  expect(fullNameLead(sentence, article, () => false)).toBeNull();
  // Named in the possessive with no one else in full, the name still leads ("Khazali's group is one of many…").
  expect(fullNameLead("The group said Koza's plan had failed.", article, () => false)).toBe('John Koza');
});
