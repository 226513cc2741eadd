// What /reload shows: what changed in the corpus, or why nothing did.
import type { ReloadOutcome } from '../engine/reload.js';
import { fitEmbed } from './limits.js';
import { truncate } from '../util/text.js';
import { safeText } from './markdown.js';
import { COLORS, renderError, type Reply } from './render.js';

const LISTED = 8;

function fileList(files: string[]): string {
  // Cut each name before escaping (escaping long text is slow); a field holds 1,024 characters.
  const shown = files.slice(0, LISTED).map((f) => safeText(truncate(f, 100)));
  if (files.length > LISTED) shown.push(`and ${(files.length - LISTED).toLocaleString('en-US')} more`);
  return shown.join(', ');
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function renderReload(outcome: ReloadOutcome): Reply {
  // The reason can name server paths: it goes to the log, never to Discord (issue 15).
  if (!outcome.ok)
    return renderError(
      `Reload failed after ${seconds(outcome.ms)}. The previous index is still answering questions; the bot's log says why.`,
    );
  const r = outcome.report;
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = [
    `**${n(r.added.length)}** added · **${n(r.removed.length)}** removed · **${n(r.changed.length)}** changed`,
    `Now **${n(r.documents)}** articles, **${n(r.passages)}** passages · rebuilt in ${seconds(r.ms)}`,
  ];
  if (r.skipped) lines.push(`${n(r.skipped)} file${r.skipped > 1 ? 's' : ''} skipped (see the bot's log for why).`);
  const fields = (
    [
      ['Added', r.added],
      ['Removed', r.removed],
      ['Changed', r.changed],
    ] as const
  )
    .filter(([, files]) => files.length > 0)
    .map(([name, files]) => ({ name, value: fileList(files) }));
  const unchanged = r.added.length + r.removed.length + r.changed.length === 0;
  const embed = fitEmbed({
    title: unchanged ? 'Index rebuilt: no changes' : 'Index rebuilt',
    description: lines.join('\n'),
    color: COLORS.answer,
    fields,
  });
  return { embeds: [embed], private: true };
}

export function renderReloadRefused(): Reply {
  return renderError(
    "/reload is for the bot's operators: members who may manage the bot's home server, and its owners. Ask them to run it.",
  );
}

export function renderReloadWait(nextAt: number): Reply {
  return renderError(`The index was reloaded a moment ago. Try again <t:${Math.ceil(nextAt / 1000)}:R>.`);
}

export function renderReloadUnavailable(): Reply {
  return renderError('Reloading is not available in this process. Restart the bot to pick up changed articles.');
}
