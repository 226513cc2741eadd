// Answers as plain text for the terminal: the same content as the Discord
// embed, with citations underneath.
import type { AskResult } from '../answer/compose.js';
import { passageTitle } from '../corpus/stories.js';

const wrap = (text: string, width = 88, indent = '    '): string => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
};

export function renderAskText(result: AskResult): string {
  switch (result.kind) {
    case 'invalid':
      return `! ${result.message}`;
    case 'not-found': {
      const out = [`I couldn't find an answer in the articles. ${result.message}`];
      if (result.suggestions.length) out.push(`Words the articles do use: ${result.suggestions.join(', ')}`);
      out.push(stats(result.stats));
      return out.join('\n');
    }
    case 'answer': {
      const out = [wrap(result.answer, 88, ''), ''];
      for (const c of result.citations) {
        out.push(
          `[${c.n}] ${passageTitle(c.document, c.passage)} · ${c.document.date ?? 'undated'} · ¶${c.passage.paragraph} (${c.passage.key})`,
        );
        out.push(wrap((c.excerpt.cutBefore ? '…' : '') + c.excerpt.text));
      }
      out.push(stats(result.stats));
      return out.join('\n');
    }
  }
}

function stats(s: { passages: number; documents: number; ms: number }): string {
  return `(searched ${s.passages} passages in ${s.documents} articles · ${s.ms.toFixed(1)} ms)`;
}
