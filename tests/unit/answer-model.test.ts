// "What model of drone…" asks for a designation ("an MQ-9 Reaper drone"), not what kind of thing it was: a sentence
// that only says "a missile armed drone" or "the U.S. drone strike" does not answer it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { Engine } from '../../src/engine/engine.js';
import { terms } from '../../src/nlp/terms.js';

describe('a question about a model', () => {
  it.each([
    ['What model of drone was used?', 'drone'],
    ['which make of car did he drive', 'car'],
    ['Which drone model was used in the strike?', 'drone'],
    // Words before the thing describe it: the thing is the phrase's last word before the verb.
    ['What model of US drone did Iran shoot down?', 'drone'],
    ['what make of armoured car did he drive', 'car'],
    // "What model was the X that…": the thing is the last word before the clause.
    ['What model was the US drone that Iran shot down?', 'drone'],
    ['which make is the car?', 'car'],
  ])('%s asks for a designation of "%s", and does not search for "model"', (q, thing) => {
    const p = parseQuestion(q);
    expect(p.modelOf).toBe(terms(thing)[0]);
    expect(p.terms).not.toContain(terms('model')[0]);
  });

  it('is not asked by "a model for" or "what kind of"', () => {
    expect(parseQuestion('What did the governor hold up as a model for Japan?').modelOf).toBeUndefined();
    expect(parseQuestion('What kind of drone was used?').modelOf).toBeUndefined();
  });

  it('reads "what kind / type of…" the same way', () => {
    expect(parseQuestion('What type of ballistic missiles did Iran fire?').kindOf).toBe(terms('missiles')[0]);
    expect(parseQuestion('what kind of truck was used').kindOf).toBe(terms('truck')[0]);
  });
});

describe('answering it', () => {
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-model-'));
    writeFileSync(
      path.join(dir, 'strike.txt'),
      'The U.S. drone strike on Friday killed the commander near the airport.\n\n' +
        'Officials said the strike was carried out by an MQ-9 Reaper drone flying from a base in Qatar.\n',
    );
    writeFileSync(
      path.join(dir, 'raid.txt'),
      'A missile armed drone hit the convoy on Sunday. The U.S. drone attack killed four guards.\n',
    );
    engine = await Engine.build(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers with the sentence that gives the model', () => {
    const r = engine.ask('What model of drone carried out the strike?');
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.answer).toContain('MQ-9 Reaper');
  });

  it('declines where no sentence gives one, though the articles are about the drone', async () => {
    const articles = await Engine.build(path.resolve(import.meta.dirname, '../../corpus'));
    // "a missile armed drone", "the U.S. drone strike": a kind and an owner, no model.
    expect(articles.ask('What model of drone was used to kill Soleimani?').kind).toBe('not-found');
    // Asked for a kind, the same sentences answer.
    const kind = articles.ask('What kind of drone was used to kill Soleimani?');
    expect(kind.kind).toBe('answer');
    if (kind.kind === 'answer') expect(kind.answer).toContain('missile armed drone');
  });
});
