// Discord's limits on a rendered reply, checked against the bot's own LIMITS table
// (tests/support/limits.ts checks what reaches the stand-in against Discord's numbers).
import type { APIEmbed } from 'discord.js';
import { expect } from 'vitest';
import { LIMITS } from '../../src/bot/limits.js';
import type { Reply } from '../../src/bot/render.js';

/** Every text of an embed that counts towards its limits. */
export function embedTexts(e: APIEmbed): string[] {
  return [
    e.title ?? '',
    e.description ?? '',
    e.footer?.text ?? '',
    e.author?.name ?? '',
    ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
  ];
}

export function expectEmbedWithinLimits(e: APIEmbed): void {
  expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
  expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footer);
  expect((e.author?.name ?? '').length).toBeLessThanOrEqual(LIMITS.author);
  expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.embedFields);
  for (const f of e.fields ?? []) {
    expect(f.name.length).toBeGreaterThan(0);
    expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(f.value.length).toBeGreaterThan(0);
    expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  const total = embedTexts(e).reduce((s, t) => s + t.length, 0);
  expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
}

/** Content and every embed within limits, and all embeds together within the per-message total. */
export function expectReplyWithinLimits(reply: Reply): void {
  expect((reply.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  expect(reply.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
  let total = 0;
  for (const e of reply.embeds) {
    expectEmbedWithinLimits(e);
    total += embedTexts(e).reduce((s, t) => s + t.length, 0);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
}
