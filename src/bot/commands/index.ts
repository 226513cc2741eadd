import type { ButtonHandler, SlashCommand } from '../command.js';
import { askCommand } from './ask.js';
import { postCommand } from './post.js';

export const commands: ReadonlyMap<string, SlashCommand> = new Map(
  [askCommand, postCommand].map((c) => [c.definition.name, c]),
);

/** Button handlers by custom_id kind. */
export const buttons: ReadonlyMap<string, ButtonHandler> = new Map(([] as ButtonHandler[]).map((b) => [b.kind, b]));
