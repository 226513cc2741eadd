// The "slow down" note of the per-member limits: when to try again, as a
// Discord timestamp every member sees in their own time zone ("in 8 seconds").
import type { InteractionReplyOptions } from 'discord.js';
import { ephemeral } from './reply-options.js';

export function slowDownText(retryAfterMs: number, now = Date.now()): string {
  const at = Math.ceil((now + retryAfterMs) / 1000);
  return `Slow down: you've asked for a lot in a short time. Try again <t:${at}:R>.`;
}

export function slowDownReply(retryAfterMs: number, now = Date.now()): InteractionReplyOptions {
  return ephemeral(slowDownText(retryAfterMs, now));
}

/**
 * An autocomplete can't carry a message: one choice whose name is the note and whose value is what was
 * typed (cut to Discord's 100 characters), so picking it changes nothing. Nothing typed: no choice.
 */
function noteChoice(note: string, typed: string): { name: string; value: string }[] {
  const value = typed.slice(0, 100);
  return value ? [{ name: note, value }] : [];
}

/** Keystrokes faster than the autocomplete throttle. */
export function slowDownChoice(typed: string): { name: string; value: string }[] {
  return noteChoice('Typing faster than I can look up: pause a moment for suggestions', typed);
}

/** While the first index loads, suggestions can't be looked up. */
export function stillIndexingChoice(typed: string): { name: string; value: string }[] {
  return noteChoice('Still indexing the articles: suggestions in a minute', typed);
}
