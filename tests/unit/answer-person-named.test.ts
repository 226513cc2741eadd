// "Who is the Canadian general commanding…" asks for a person: a sentence whose
// only new name is a body's ("the Iraqi Parliament") names no one.
import { describe, expect, it } from 'vitest';
import { otherOffice } from '../../src/answer/people.js';
import { parseQuestion } from '../../src/answer/question.js';
import { engineOver } from '../support/engine-over.js';

const mission = ` date 2020-01-06
NATO MISSION CONFINED TO BASES
While the Canadian-led NATO training mission has forces confined to their bases in Iraq, the Iraqi Parliament in an extraordinary session on Sunday passed a resolution to expel all foreign forces.`;

const body = engineOver({ 'mission.txt': mission });
const person = engineOver({
  'mission.txt': `${mission}\nThe training mission in Iraq is commanded by Canadian Major General Jennie Carignan.`,
});

it('declines "who is the general…" when the only name is a body\'s', () => {
  expect(body().ask('Who is the Canadian general commanding the NATO training mission in Iraq?').kind).toBe(
    'not-found',
  );
});

it('answers with the person the article names', () => {
  const r = person().ask('Who is the Canadian general commanding the NATO training mission in Iraq?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('Jennie Carignan');
});

const otherNational = engineOver({
  'mission.txt': `${mission}\nMeanwhile, Jens Stoltenberg, NATO Secretary-General, said the training mission in Iraq was suspended and would not speculate on what it would do next.`,
});

it('declines "who is the Canadian general…" for a sentence that says nothing Canadian of the one it names', () => {
  expect(otherNational().ask('Who is the Canadian general commanding the NATO training mission in Iraq?').kind).toBe(
    'not-found',
  );
});

const ministry = engineOver({
  'russia.txt': ` date 2020-01-07
IRAQ AND RUSSIA
Iraq's Defense Ministry says it has discussed deepening military cooperation with Russia, as ties between Baghdad and Washington fray.`,
});

it('names no one with a capital or a body\'s word ("Defense Ministry", "Baghdad and Washington")', () => {
  const question = 'Who is the Iraqi defense minister that has been discussing military cooperation with Russia?';
  expect(ministry().ask(question).kind).toBe('not-found');
});

/** A body's sentence that says more of the question than the one naming the sponsor. */
const sponsored = (body: string) =>
  engineOver({
    'bill.txt': ` date 1987-03-03
SENATE PANEL EYES FARM TRADE TEAMS BILL
${body} is sponsoring a bill on agricultural trade teams.
The measure, sponsored by Senator Patrick Leahy, would set up agricultural trade teams.`,
  });
const opening = sponsored('The Senate Agriculture Committee');
const withAnd = sponsored('The House Ways and Means Committee');

it('reads a body whose name opens the sentence ("The Senate…") or holds "and" ("Ways and Means")', () => {
  for (const engine of [opening, withAnd]) {
    const r = engine().ask('Who is sponsoring the Senate bill on agricultural trade teams?');
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.answer.split('[1]')[0]).toContain('Patrick Leahy');
  }
});

const president = engineOver({
  'saleh.txt': ` date 2020-01-03
MILITIAS AND THE PRESIDENT
The pro-Iranian militias, like Asaib Ahl al-Haq and Saray Khorasani, are blamed for killing protesters.
The Iraqi President Barham Saleh has been condemned by Asaib Ahl al-Haq for being seen as too close to the US.`,
});

it('reads a name after an office in a run "The" opens as a person\'s ("The Iraqi President Barham Saleh")', () => {
  const r = president().ask("Who's the president of Iraq that Asaib Ahl al-Haq criticized?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer.split('[1]')[0]).toContain('Barham Saleh');
});

describe('another office', () => {
  const ctx = () => ({ corpus: person().corpus, index: person().index, sentences: person().sentences });
  const pm = parseQuestion('Who was the Iraqi prime minister that stepped down amid the protests?');
  it('is held by one named under another title, in a sentence without the role asked', () => {
    expect(otherOffice(ctx(), pm, 'There was speculation that President Trump could address the nation.')).toBe(true);
    expect(otherOffice(ctx(), pm, 'Adel Abdul Mahdi stepped down amid the protests.')).toBe(false);
    const president = parseQuestion("Who's the president of Iraq?");
    expect(otherOffice(ctx(), president, 'The Iraqi President Barham Saleh has been condemned.')).toBe(false);
  });
});
