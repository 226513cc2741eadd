// `npm run cli -- dates` as a user runs it, and `npm run eval-cli -- dates --jsonl` as a benchmark script does: a child
// process, input on stdin, mentions on stdout, complaints on stderr.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runWithInput, type Ran } from '../support/bot-process.js';

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const ARTICLE = readFileSync(path.join(ROOT, 'corpus', '000_5d984ed28ad7f45a.txt'), 'utf8');

function run(entry: string, args: string[], stdin: string): Promise<Ran> {
  return runWithInput(TSX, [entry, ...args], stdin, { PATH: process.env.PATH, HOME: process.env.HOME });
}

const runCli = (args: string[], stdin: string) => run('src/cli/main.ts', args, stdin);
const runEvalCli = (args: string[], stdin: string) => run('eval/cli.ts', args, stdin);

interface Output {
  id: string | number;
  mentions: { start: number; end: number; text: string; value: string }[];
}

describe('eval-cli dates --jsonl', () => {
  it('tags each {id, dct, text} line, reports bad lines by number and carries on', async () => {
    const body = ARTICLE.replace(/^ date \S+ /, '');
    const lines = [
      JSON.stringify({ id: 'a000', dct: '2020-01-06', text: body }),
      JSON.stringify({ id: 7, dct: null, text: 'Rockets hit on Friday — “in 2007,” they said — and today.' }),
      '{not json',
      JSON.stringify({ id: 'bad-dct', dct: '2019-02-29', text: 'on Friday' }),
      '',
      JSON.stringify({ id: 'no-text', dct: '2020-01-06' }),
    ];
    const texts = new Map<string | number, string>([
      ['a000', body],
      [7, 'Rockets hit on Friday — “in 2007,” they said — and today.'],
    ]);
    const run = await runEvalCli(['dates', '--jsonl'], `${lines.join('\n')}\n`);

    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Output);
    expect(out.map((o) => o.id)).toEqual(['a000', 7]);
    for (const o of out) {
      const text = texts.get(o.id) ?? '';
      let prevEnd = 0;
      for (const m of o.mentions) {
        expect(Object.keys(m).sort()).toEqual(['end', 'start', 'text', 'value']);
        expect(m.start).toBeGreaterThanOrEqual(prevEnd);
        expect(text.slice(m.start, m.end)).toBe(m.text);
        prevEnd = m.end;
      }
    }
    const a000 = out[0]?.mentions ?? [];
    expect(a000.find((m) => m.text === 'on Friday')?.value).toBe('2020-01-03');
    expect(a000.find((m) => m.text === 'today')?.value).toBe('2020-01-06');
    // No DCT: the year is read, the weekday and "today" are not resolved.
    expect(out[1]?.mentions.map((m) => m.value)).toEqual(['XXXX-WXX-5', '2007', expect.stringMatching(/^XXXX/)]);

    expect(run.stderr).toMatch(/line 3\b.*not JSON/);
    expect(run.stderr).toMatch(/line 4\b.*"dct".*2019-02-29/);
    expect(run.stderr).toMatch(/line 6\b.*"text"/);
    expect(run.stderr).not.toMatch(/line [125]\b/);
    expect(run.code).toBe(1);
  });
});

describe('cli dates (text)', () => {
  it('uses the date line as the DCT, prints offsets into the input, and --dct overrides', async () => {
    const run = await runCli(['dates'], ARTICLE);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2020-01-06 (date line)');
    const friday = run.stdout.split('\n').find((l) => l.includes('[on Friday]'));
    expect(friday).toMatch(/\b2020-01-03\s+day\s+relative\b/);
    const [start, end] = (/(\d+)-(\d+)/.exec(friday ?? '') ?? []).slice(1).map(Number);
    expect(ARTICLE.slice(start, end)).toBe('on Friday');

    const over = await runCli(['dates', '--dct', '2020-01-10'], ARTICLE);
    expect(over.stdout).toContain('2020-01-10 (--dct)');
    expect(over.stdout.split('\n').find((l) => l.includes('[on Friday]'))).toContain('2020-01-10');
  });

  it('refuses a DCT that is not a real day, saying what it expects', async () => {
    const run = await runCli(['dates', '--dct', '2020-13-45'], 'on Friday');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--dct needs a real calendar day YYYY-MM-DD, got "2020-13-45"');
    expect(run.stdout).toBe('');
  });
});
