import type { ButtonHandler, SlashCommand } from '../command.js';
import { moreSourcesButton, moreSourcesPageButton, postAnswerButton } from './answer-buttons.js';
import { askCommand } from './ask.js';
import { postCommand } from './post.js';
import { readButton, readCommand, readPostButton } from './read.js';
import { reloadCommand } from './reload.js';
import { sourcesButton, sourcesCommand } from './sources.js';
import { timelineButtons, timelineCommand } from './timeline.js';

export const commands: ReadonlyMap<string, SlashCommand> = new Map(
  [askCommand, timelineCommand, postCommand, sourcesCommand, readCommand, reloadCommand].map((c) => [
    c.definition.name,
    c,
  ]),
);

/** Button handlers by custom_id kind. */
export const buttons: ReadonlyMap<string, ButtonHandler> = new Map(
  [
    timelineButtons,
    sourcesButton,
    readButton,
    readPostButton,
    moreSourcesButton,
    moreSourcesPageButton,
    postAnswerButton,
  ].map((b) => [b.kind, b]),
);
