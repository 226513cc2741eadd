import type { SlashCommand } from '../command.js';
import { askCommand } from './ask.js';

export const commands: ReadonlyMap<string, SlashCommand> = new Map([askCommand].map((c) => [c.definition.name, c]));
