// "Who is Iraq's new prime minister?" asks for the holder of one office: a
// sentence whose only minister is a "Foreign Minister" names the holder of
// another. A title is common words capitalised ("Foreign": the articles write
// it in lower case elsewhere); a name before the role ("Pentagon") is no title.
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { terms } from '../../src/nlp/terms.js';
import { engineOver } from '../support/engine-over.js';

describe('another office', () => {
  it('reads the role of "who is Iraq\'s (new) prime minister"', () => {
    expect(parseQuestion("who is iraq's new prime minister after the last one resigned").whoHead).toBe(
      terms('minister')[0],
    );
    expect(parseQuestion("Who is Westinghouse's chairman?").whoHead).toBe(terms('chairman')[0]);
    // A company's name of several words, "of" inside it; "when" ends the role.
    const hca = "Who was Hospital Corp of America's chief executive when it received the bid?";
    expect(parseQuestion(hca).whoHead).toBe(terms('executive')[0]);
  });

  it('reads the role of "who did X pick as (the new) Y"', () => {
    expect(parseQuestion('who did iraq pick as the new prime minister after the old one resigned?').whoHead).toBe(
      terms('minister')[0],
    );
    expect(parseQuestion('Who did the board appoint as its new chief executive officer?').whoHead).toBe(
      terms('officer')[0],
    );
  });

  it('reads the role of "who was appointed / named Y"', () => {
    expect(parseQuestion("Who was appointed mediator in the Canada Post letter carriers' strike?").whoHead).toBe(
      terms('mediator')[0],
    );
    expect(parseQuestion('who was named chief executive of Foster Wheeler?').whoHead).toBe(terms('executive')[0]);
  });

  const strike = ` date 1987-06-29
NEGOTIATIONS RESUME IN CANADIAN POSTAL STRIKE
Negotiations resumed in the 14-day-old strike by Canada's letter carriers after the federal government changed its mind and appointed a mediator.
The talks between the Letter Carriers Union of Canada and Canada Post were the first since Labor Minister Pierre Cadieux announced the appointment of a mediator yesterday.
There had been little progress last week and both sides requested a mediator for the second time.`;
  const unnamed = engineOver({ 'strike.txt': strike });
  it('declines "who was appointed Y" of an article that tells of a Y it does not name', () => {
    expect(unnamed().ask("Who was appointed mediator in the Canada Post letter carriers' strike?").kind).toBe(
      'not-found',
    );
  });

  const visa = ` date 2020-01-07
VISA REFUSED
The US has refused a visa to Foreign Minister Zarif to attend a Security Council meeting in New York.
Iraq's parliament voted to expel foreign forces, and foreign troops stay on their bases.`;

  const without = engineOver({ 'visa.txt': visa });
  it('declines when the only holder named is of another office', () => {
    expect(without().ask("Who is Iraq's new prime minister?").kind).toBe('not-found');
    expect(without().ask('Who did Iraq pick as the new prime minister?').kind).toBe('not-found');
  });

  const quoted = engineOver({
    'hca.txt': ` date 1987-04-15
HOSPITAL CORP BOARD AGAINST BUYOUT BID
Hospital Corp of America said the chief executive and the board received and considered the 47 dlr a share bid, and "Given the lack of any ability to finance it, the board decided to take no action."
Holders were given no date for a meeting.`,
    'ami.txt': ` date 1987-04-16
AMERICAN MEDICAL NAMES CHIEF
American Medical International said it named Walter Weisman chief executive.`,
  });
  it('takes the first word of a quotation for no name: it opens a sentence of its own', () => {
    const hca = "Who was Hospital Corp of America's chief executive when it received the 47 dlr a share bid?";
    expect(quoted().ask(hca).kind).toBe('not-found');
    const r = quoted().ask("Who is American Medical International's chief executive?");
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.answer).toContain('Walter Weisman');
  });

  const withPm = engineOver({
    'visa.txt': visa,
    'pm.txt': ` date 2019-12-01
PRIME MINISTER RESIGNS
Iraqi Prime Minister Adel Abdul Mahdi resigned on Sunday after weeks of protests.`,
  });
  it('answers with the holder of the office asked about', () => {
    const r = withPm().ask("Who is Iraq's prime minister?");
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.answer).toContain('Adel Abdul Mahdi');
  });
});
