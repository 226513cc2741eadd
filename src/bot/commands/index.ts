import type { ButtonHandler, SlashCommand } from '../command.js';
import { askCommand } from './ask.js';
import { reloadCommand } from './reload.js';
import { timelineButtons, timelineCommand } from './timeline.js';

export const commands: ReadonlyMap<string, SlashCommand> = new Map(
  [askCommand, timelineCommand, reloadCommand].map((c) => [c.definition.name, c]),
);

/** Button handlers by custom_id kind. */
export const buttons: ReadonlyMap<string, ButtonHandler> = new Map([timelineButtons].map((b) => [b.kind, b]));
