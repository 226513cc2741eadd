// Discord's limits, checked from the outside on what the bot actually sent.
import { expect } from 'vitest';
import type { MessagePayload } from './discord-standin.js';

export function expectWithinDiscordLimits(msg: MessagePayload): void {
  expect((msg.content ?? '').length).toBeLessThanOrEqual(2000);
  const embeds = msg.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const e of embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(256);
    expect((e.description ?? '').length).toBeLessThanOrEqual(4096);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(25);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(256);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(1024);
    }
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(2048);
    total +=
      (e.title ?? '').length +
      (e.description ?? '').length +
      (e.footer?.text ?? '').length +
      (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(6000);
}

/** Nothing the bot sends may ping: allowed_mentions must parse nothing. */
export function expectNoPings(msg: MessagePayload): void {
  expect(msg.allowed_mentions?.parse).toEqual([]);
}
