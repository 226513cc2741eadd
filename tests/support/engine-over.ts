// An engine over a few articles written for a test file: the articles go to a
// temporary folder before the file's tests, the folder is removed after.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { Engine } from '../../src/engine/engine.js';

/** Registers the build and the clean-up with vitest; call at the top of a file or a describe. Returns the engine's getter. */
export function engineOver(articles: Record<string, string>): () => Engine {
  let dir = '';
  let engine: Engine | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-articles-'));
    for (const [name, text] of Object.entries(articles)) writeFileSync(path.join(dir, name), text);
    engine = await Engine.build(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => {
    if (!engine) throw new Error('engineOver: the engine is built in beforeAll');
    return engine;
  };
}
