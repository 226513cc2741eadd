// The shape of a slash command module: its definition and its handler.
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Engine } from '../engine/engine.js';
import type { Logger } from '../runtime/log.js';
import type { Reloader } from '../engine/reload.js';
import type { PostCooldown, RateLimit } from '../runtime/config.js';
import { Cooldown } from './cooldown.js';
import { EngineWork } from './engine-work.js';
import { createLimits, type Limits } from './rate-limit.js';
import { TimelinePages } from './timeline-pages.js';

export interface BotContext {
  /**
   * The engine answering now. After a hot reload it is a new one: read it once
   * per interaction, so work in flight stays on the engine it started with.
   */
  readonly engine: Engine;
  log: Logger;
  /** Rebuilds the index on /reload; absent where reloading is not offered. */
  reloader?: Reloader;
  /** With shards: have the other shard processes reload too (each holds its own index). */
  reloadPeers?: () => void;
  /** Per-member limit on posts to channels (POST_COOLDOWN). */
  postCooldown: Cooldown;
  /** Per-member limit on public /ask and /timeline replies (PUBLIC_REPLIES); more go out privately. */
  publicReplies: Cooldown;
  /** Per-member work limit (RATE_LIMIT) and autocomplete throttle. */
  limits: Limits;
  /** /timeline ranges paged in slices, kept per index and range. */
  timelinePages: TimelinePages;
  /** Who may run /reload: managers of the home server (DISCORD_GUILD_ID), and BOT_OWNERS anywhere. */
  operators: Operators;
  /** /ask's searches, queued one per event-loop turn; holds them until the first engine is ready. */
  work: EngineWork;
}

export interface Operators {
  homeGuildId: string | undefined;
  owners: ReadonlySet<string>;
}

/** The limits and caches a bot keeps, from its configuration. */
export function botState(
  config: {
    postCooldown: PostCooldown | null;
    publicReplies: PostCooldown | null;
    rateLimit: RateLimit | null;
    guildId: string | undefined;
    botOwners: readonly string[];
  },
  /** Settles when the first engine is in place (the bot can be online before). */
  engineReady?: Promise<unknown>,
): Pick<BotContext, 'postCooldown' | 'publicReplies' | 'limits' | 'timelinePages' | 'operators' | 'work'> {
  return {
    work: new EngineWork(engineReady),
    postCooldown: new Cooldown(config.postCooldown),
    publicReplies: new Cooldown(config.publicReplies),
    limits: createLimits(config.rateLimit),
    timelinePages: new TimelinePages(),
    operators: { homeGuildId: config.guildId, owners: new Set(config.botOwners) },
  };
}

export interface SlashCommand {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  /** Answers autocomplete for this command's options, from memory, well inside 3 s. */
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/** Handles the buttons whose custom_id starts with `kind` (see custom-id.ts). */
export interface ButtonHandler {
  kind: string;
  /** Returns false when the fields do not parse: the dispatcher then sends the stale-button note. */
  handle(interaction: ButtonInteraction, fields: string[], ctx: BotContext): Promise<boolean>;
}
