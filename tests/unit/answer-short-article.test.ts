// A short wire story is read whole once one of its paragraphs leads the search: the sum, name or trade asked for is
// often in a later paragraph that says little of the question ("Atlantis is involved in plastics…"), which other
// stories' paragraphs outrank with the words the question says of the story ("which filed for an initial public
// offering"). A long article is not: its far paragraphs are about other things.
import { expect, it } from 'vitest';
import { withNextParagraphs } from '../../src/answer/candidates.js';
import { engineOver } from '../support/engine-over.js';

const paragraphs = (n: number, name: string) =>
  Array.from({ length: n }, (_, i) => `${name} paragraph ${i + 1} says something of its own, number ${i + 1}.`).join(
    '\n\n',
  );

const engine = engineOver({
  'short.txt': ` date 1987-03-02\nSHORT STORY\n${paragraphs(3, 'Acme')}`,
  'long.txt': ` date 1987-03-03\nLONG STORY\n${paragraphs(12, 'Zenith')}`,
});

const idsOf = (file: string) => {
  const e = engine();
  const doc = e.corpus.documents.find((d) => d.file.startsWith(file));
  if (!doc) throw new Error(`no ${file}`);
  return doc.passages;
};

it('reads a short story whole when its first paragraph leads', () => {
  const ids = idsOf('short');
  const out = withNextParagraphs(engine(), [{ id: ids[0] ?? -1, score: 10, matched: ['acm'] }]);
  expect(out.map((h) => h.id).sort()).toEqual([...ids].sort());
  // The paragraphs read with it score below the one that led.
  expect(out.slice(1).every((h) => h.score < 10)).toBe(true);
});

it('reads only the next paragraph of a long one', () => {
  const ids = idsOf('long');
  const out = withNextParagraphs(engine(), [{ id: ids[0] ?? -1, score: 10, matched: ['zenith'] }]);
  expect(out.map((h) => h.id)).toEqual(ids.slice(0, 2));
});
