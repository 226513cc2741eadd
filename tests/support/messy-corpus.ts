// A corpus folder holding good articles and one broken file of each kind
// ingestion must survive. Used by the fault e2e test and by npm run soak.
import { chmod, copyFile, mkdtemp, readdir, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const GOOD = 'Rocket fire hit the air base on Friday night. Nobody was hurt, officials said.\n';

/** The broken files, by name; `unreadable.txt` only when not running as root (root reads anything). */
export async function messyCorpus(goodDir: string): Promise<{ dir: string; broken: string[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-messy-'));
  for (const f of await readdir(goodDir)) await copyFile(path.join(goodDir, f), path.join(dir, f));
  const at = (f: string) => path.join(dir, f);
  await writeFile(at('empty.txt'), '');
  await writeFile(at('binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  await writeFile(at('latin1.txt'), Buffer.from('Caf\xe9 owners said prices rose.', 'latin1'));
  await writeFile(at('misdated.txt'), ` date 2020-13-45\n${GOOD}`);
  await writeFile(at('huge.txt'), GOOD);
  await truncate(at('huge.txt'), 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
  await symlink(at('no-such-article.txt'), at('dangling.txt'));
  await symlink('loop-b.txt', at('loop-a.txt'));
  await symlink('loop-a.txt', at('loop-b.txt'));
  const broken = ['empty.txt', 'binary.txt', 'latin1.txt', 'misdated.txt', 'huge.txt', 'dangling.txt', 'loop-a.txt'];
  broken.push('loop-b.txt');
  if (process.getuid?.() !== 0) {
    await writeFile(at('unreadable.txt'), GOOD);
    await chmod(at('unreadable.txt'), 0o000);
    broken.push('unreadable.txt');
  }
  return { dir, broken };
}
