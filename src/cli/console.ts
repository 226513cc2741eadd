// The terminal console: an `ask>` prompt over the engine, or, with piped
// input, one answer per line until the input ends.
import { createInterface } from 'node:readline';
import type { Engine } from '../engine/engine.js';
import { renderAskText } from './render-text.js';
import { renderTimelineText } from './render-timeline-text.js';

const HELP = `Type a question and press Enter. Also: timeline [date] (e.g. timeline YYYY-MM-DD), help, quit.`;

export async function runConsole(engine: Engine, input = process.stdin, output = process.stdout): Promise<void> {
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output, terminal: interactive, prompt: 'ask> ' });
  const say = (text: string) => output.write(`${text}\n`);
  if (interactive) {
    say(`${engine.corpus.documents.length} articles, ${engine.corpus.passages.length} passages loaded. ${HELP}`);
    rl.prompt();
  }
  for await (const line of rl) {
    const text = line.trim();
    if (/^(quit|exit|\\q)$/i.test(text)) break;
    if (text === 'help' || text === '?') say(HELP);
    else if (text) {
      if (!interactive) say(`ask> ${text}`);
      const timeline = /^timeline\b\s*(.*)$/i.exec(text);
      if (timeline) {
        say(renderTimelineText(engine, timeline[1]?.trim() || null, null).text);
      } else say(renderAskText(engine.ask(text)));
      say('');
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}
