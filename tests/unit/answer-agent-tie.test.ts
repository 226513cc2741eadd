// "Who owned the ferry that capsized…" asks for the verb's agent: in a near tie, the sentence that names one after
// "by" ("the Herald of Free Enterprise owned by the British company Townsend Thoresen") answers.
import { describe, expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

describe('who VERBed: the agent named after "by"', () => {
  const engine = engineOver({
    'ferry.txt': ` date 1987-03-07
FERRY CAPSIZES OFF ZEEBRUGGE
About 200 people were rescued from a cross Channel ferry that capsized off Zeebrugge, Belgian Transport Minister Herman De Croo said.
The spokesman said one third of the ferry, the Herald of Free Enterprise owned by the British company Townsend Thoresen, remained above water.
Divers were sent down to the ferry that capsized, which was on its way from Zeebrugge to the English port of Dover.`,
  });

  it('answers by the sentence naming the owner', () => {
    const r = engine().ask('Who owned the cross-Channel ferry that capsized off Zeebrugge?');
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('owned by the British company Townsend Thoresen');
  });
});
