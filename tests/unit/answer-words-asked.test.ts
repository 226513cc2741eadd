// "What did Esper say…" asks for someone's words: a sentence that tells what
// Esper did, or reports another's words, does not answer it; one that reports
// his, or the IMF's spelled out, does. A "when" question wants a sentence that
// says when.
import { describe, expect, it } from 'vitest';
import { mannerAsked, reportsWords, saysInManner, speakerAsked, topicUntold } from '../../src/answer/words-asked.js';
import { parseQuestion } from '../../src/answer/question.js';
import { terms } from '../../src/nlp/terms.js';
import { termVectors } from '../support/term-vectors.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'strike.txt': ` date 2020-01-08
MISSILES HIT BASES
Defence secretary Mark Esper and Secretary of State Mike Pompeo were seen driving into the White House after the missiles hit the bases.
The defence department spokesman Jonathan Hoffman said the missiles were launched from Iran at the bases.
Foreign minister Javad Zarif was refused a visa to attend a Security Council meeting in New York.
Supporters of cleric Moqtada al-Sadr carry placards at a rally against what they say is the US presence in the country.
NATO chief Jens Stoltenberg said he would not speculate on the alliance's next steps in Iraq.
Canada has about 500 troops in Iraq, where it leads the training mission.
The prime minister resigned in November after weeks of protests.
Foreign minister Javad Zarif said the launches were over.
Defence minister Amir Hatami wrote on Twitter that the launches were proportionate measures in self-defense under Article 51 of the UN Charter.`,
  'imf.txt': ` date 1987-03-02
IMF URGES BELGIUM TO CUT SPENDING
The Belgian government has been told by an International Monetary Fund team there is scope for further spending cuts in 1988.`,
});

it('declines "what did X say" when no sentence reports X\'s words', () => {
  const r = engine().ask('What did Defence secretary Mark Esper say after the missiles hit the bases?');
  expect(r.kind).toBe('not-found');
});

it('answers "what did X say" with X\'s words, X spelled out', () => {
  const r = engine().ask('What did the IMF tell Belgium about spending cuts?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('further spending cuts in 1988');
  const h = engine().ask('What did spokesman Jonathan Hoffman say about the missiles?');
  expect(h.kind).toBe('answer');
  if (h.kind === 'answer') expect(h.sentences[0]?.text).toContain('launched from Iran');
});

it.each([
  'How did Amir Hatami justify the launches?',
  'What legal basis did Hatami give for the launches?',
  'What reason did the defence minister give for the launches?',
])('answers %s, a reason someone gave, with their words that give it', (question) => {
  const r = engine().ask(question);
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('self-defense under Article 51');
});

it('declines "how did X justify" when no sentence reports X\'s words', () => {
  expect(engine().ask('How did Pompeo justify the missiles?').kind).toBe('not-found');
});

it('declines "what did X say about Y" when X\'s words do not name Y, and answers when they do', () => {
  expect(engine().ask("What did NATO chief Jens Stoltenberg say about Canada's next steps in Iraq?").kind).toBe(
    'not-found',
  );
  const r = engine().ask("What did Stoltenberg say about the alliance's next steps in Iraq?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('would not speculate');
});

it("reads whose words by the office's own rarest word: the prime minister is not the foreign minister", () => {
  expect(engine().ask("What did Iraq's prime minister say about the launches?").kind).toBe('not-found');
  const r = engine().ask("What did Iran's foreign minister say about the launches?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Zarif');
});

it('declines "what did X tell" when X is named only in another\'s phrase ("supporters of X … they say")', () => {
  expect(engine().ask('What did cleric Moqtada al-Sadr tell the crowd at the rally?').kind).toBe('not-found');
});

it('declines "when" when the sentence that matches gives no date', () => {
  expect(engine().ask('When is the Security Council meeting Zarif was to attend in New York?').kind).toBe('not-found');
});

it.each([
  ['“All is well,” Trump wrote on Twitter late on Tuesday.', true],
  ['Schenker at the US State Department indicated that Iran could be behind the attack.', true],
  ['Trump could address the nation, as he has threatened in remarks and tweets.', false],
  ['Esper and Secretary of State Mike Pompeo were seen driving into the White House.', false],
] as const)('%s reports words: %s', (text, reports) => {
  expect(reportsWords(text)).toBe(reports);
});

describe('the way of saying asked', () => {
  /** GloVe's "tweet" by "Twitter" (0.64); "reporters" far from it. */
  const [tweet, twitter] = terms('tweet Twitter') as [string, string];
  const vectors = termVectors(
    [
      { term: twitter, axis: 0 },
      { term: tweet, near: 0, similarity: 0.64, axis: 1 },
    ],
    1,
  );
  const said = (text: string) => ({ candidate: { text } }) as unknown as Parameters<typeof saysInManner>[2];

  it('reads the way of saying a question asks for, and none for "say"', () => {
    expect(mannerAsked(parseQuestion("what did trump tweet after iran's missiles hit"))).toBe(tweet);
    expect(mannerAsked(parseQuestion('What did Esper say about the strikes?'))).toBeNull();
  });

  it('takes "wrote on Twitter" for a tweet, and "told reporters" for none', () => {
    const ctx = { vectors } as unknown as Parameters<typeof saysInManner>[0];
    expect(saysInManner(ctx, tweet, said('“All is well,” Trump wrote on Twitter late on Tuesday.'))).toBe(true);
    expect(saysInManner(ctx, tweet, said('“They will suffer,” Trump had told reporters earlier.'))).toBe(false);
  });
});

it.each([
  // The office's rarest word: "supreme leader", not any leader.
  ["What did Iran's supreme leader say about the strike?", terms('supreme')[0] ?? ''],
  ['What did the defence department spokesman say about the missiles?', 'spokesman'],
  ['What did Defence secretary Mark Esper say after the strike?', 'esper'],
  ['What did Iran say about the strike?', 'iran'],
])('%s: the words asked are those of %s', (question, speaker) => {
  // The rarer a term, the longer it is here: the surname is a name's rarest word.
  const ctx = { index: { stats: { idf: (t: string) => t.length } } } as unknown as Parameters<typeof speakerAsked>[0];
  expect(speakerAsked(ctx, parseQuestion(question))).toBe(terms(speaker)[0]);
});

it('declines "what did Iran\'s supreme leader say" with another\'s words about Iran', () => {
  expect(engine().ask("What did the defence department's spokesman say about the missiles?").kind).toBe('answer');
  expect(engine().ask("What did Iran's foreign minister say about the missiles hitting the bases?").kind).toBe(
    'not-found',
  );
});

it.each([
  [
    'What did Pompeo and Saleh talk about when they met?',
    'He also met Saleh in September on the sidelines of the UN.',
    true,
  ],
  [
    'What did Pompeo and Saleh talk about when they met?',
    'Pompeo and Saleh talked about the security of US forces.',
    false,
  ],
  [
    'What does the envoy want to discuss with Iraq?',
    'The United States hopes to discuss the strategic framework.',
    false,
  ],
  ['What did Pompeo do in September?', 'He also met Saleh in September on the sidelines of the UN.', false],
  // Asked in the passive.
  [
    'What was discussed at the cabinet meeting Soleimani chaired?',
    'He was becoming a force, as shown by his chairing the Iraqi cabinet meeting in December.',
    true,
  ],
  ['What was discussed at the meeting?', 'The ministers discussed the budget at the meeting.', false],
])('%s: "%s" leaves the topic untold: %s', (question, text, untold) => {
  expect(topicUntold(question, text)).toBe(untold);
});
