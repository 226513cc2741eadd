// A local stand-in for Discord for end-to-end tests: the REST routes and the
// gateway messages a slash-command bot uses, served on 127.0.0.1 only. It
// records what the bot sends and lets a test play a user who runs commands.
//
// Point a real discord.js Client at it with
//   new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standin.apiURL } })
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';

// ---------------------------------------------------------------------------
// Fixed world: one guild, three text channels, a reader and the bot.

export const IDS = {
  app: '1100000000000000001',
  guild: '1200000000000000002',
  /** The @everyone role has the guild's id. */
  everyoneRole: '1200000000000000002',
  general: '1300000000000000003',
  news: '1300000000000000013',
  /** Members may read but not send here; the bot's managed role may send. */
  announcements: '1300000000000000023',
  user: '1400000000000000004',
  botRole: '1600000000000000006',
} as const;

export const CHANNEL_NAMES: Readonly<Record<string, string>> = {
  [IDS.general]: 'general',
  [IDS.news]: 'news',
  [IDS.announcements]: 'announcements',
};

const bit = (n: bigint): bigint => 1n << n;
export const PERMISSION_BITS = {
  ADD_REACTIONS: bit(6n),
  VIEW_CHANNEL: bit(10n),
  SEND_MESSAGES: bit(11n),
  EMBED_LINKS: bit(14n),
  ATTACH_FILES: bit(15n),
  READ_MESSAGE_HISTORY: bit(16n),
  USE_APPLICATION_COMMANDS: bit(31n),
  SEND_MESSAGES_IN_THREADS: bit(38n),
} as const;

/** What an ordinary member may do (also the @everyone role's permissions), as a decimal bitfield string. */
export const MEMBER_PERMISSIONS: string = String(Object.values(PERMISSION_BITS).reduce((a, b) => a | b, 0n));
const SEND = String(PERMISSION_BITS.SEND_MESSAGES);

/** The member's permissions in a channel: ordinary ones, without SEND_MESSAGES in #announcements. */
export function memberPermissionsIn(channelId: string): string {
  return channelId === IDS.announcements
    ? String(BigInt(MEMBER_PERMISSIONS) & ~PERMISSION_BITS.SEND_MESSAGES)
    : MEMBER_PERMISSIONS;
}

/**
 * `resolved` for a channel option, as Discord sends it: the channel with the
 * invoking member's computed permissions there (`permissions`).
 */
export function resolvedChannels(...channels: (string | { id: string; permissions: string })[]): {
  channels: Record<string, Record<string, unknown>>;
} {
  const out: Record<string, Record<string, unknown>> = {};
  for (const c of channels) {
    const id = typeof c === 'string' ? c : c.id;
    const permissions = typeof c === 'string' ? memberPermissionsIn(id) : c.permissions;
    out[id] = { id, name: CHANNEL_NAMES[id] ?? 'unknown', type: 0, permissions };
  }
  return { channels: out };
}

/** Which shard Discord routes a guild to. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(Math.max(1, shardCount)));
}

let nextSnowflake = 1500000000000000000n;
const snowflake = (): string => String(nextSnowflake++);

const BOT_USER = { id: IDS.app, username: 'newsdesk', discriminator: '0', global_name: null, bot: true, avatar: null };
const JOINED = '2020-01-01T00:00:00.000Z';

// ---------------------------------------------------------------------------
// Types

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string | undefined;
  size: number;
  data: Buffer;
}

export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface Embed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: EmbedField[];
  footer?: { text: string; icon_url?: string };
  [key: string]: unknown;
}

export interface AllowedMentions {
  parse?: string[];
  users?: string[];
  roles?: string[];
  replied_user?: boolean;
}

/** A message body as the bot sends it (JSON, or payload_json of a multipart upload). */
export interface MessagePayload {
  content?: string;
  embeds?: Embed[];
  components?: unknown[];
  flags?: number;
  allowed_mentions?: AllowedMentions;
  attachments?: unknown[];
  /** Files of a multipart upload (parts other than payload_json). */
  _files?: UploadedFile[];
  [key: string]: unknown;
}

/** The `data` of an interaction callback: a message, autocomplete choices or a modal. */
export interface CallbackData extends MessagePayload {
  choices?: { name: string; value: string | number }[];
  custom_id?: string;
  title?: string;
}

export interface CallbackRecord {
  /** 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete result, 9 modal. */
  type: number;
  data?: CallbackData;
  at: number;
}

export interface EditRecord extends MessagePayload {
  /** '@original' or the id of a follow-up message. */
  messageId: string;
  at: number;
}

export interface FollowupRecord extends MessagePayload {
  /** The id the stand-in gave the follow-up message. */
  id: string;
  at: number;
}

export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  channelId: string;
  /** The gateway connection the interaction was sent on. */
  connection: number;
  shard: number | null;
  callbacks: CallbackRecord[];
  edits: EditRecord[];
  followups: FollowupRecord[];
  /** Message ids ('@original' or follow-up ids) the bot deleted. */
  deletions: string[];
  sentAt: number;
  firstAt: number | undefined;
  lastAt: number | undefined;
  /** True when timeoutMs passed before the reply settled. */
  timedOut: boolean;
}

export interface RequestRecord {
  method: string;
  /** Path without the /api/v10 prefix, e.g. '/interactions/1/tok/callback'. */
  path: string;
  query: string;
  body: unknown;
  authorization: string | undefined;
  at: number;
}

export interface Fault {
  /** Tested against `${METHOD} ${path}`, e.g. 'POST /channels/1300000000000000003/messages'. */
  match: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail (decremented); default 1. */
  times?: number;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface FaultRecord {
  method: string;
  path: string;
  status: number;
}

export interface RegisteredCommand {
  id: string;
  application_id: string;
  name: string;
  description?: string;
  type: number;
  options?: unknown[];
  [key: string]: unknown;
}

export interface ChannelMessageRecord extends MessagePayload {
  channelId: string;
  id: string;
  at: number;
}

export interface IdentifyRecord {
  connection: number;
  shard: [number, number] | undefined;
  intents: number | undefined;
  token: string | undefined;
  sessionId: string;
  payload: Record<string, unknown>;
  at: number;
}

export interface ResumeRecord {
  connection: number;
  sessionId: string;
  seq: number | null;
  at: number;
}

export interface CommandOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  options?: CommandOption[];
  focused?: boolean;
}

export interface InteractOptions {
  /** Command name (slash command or autocomplete). */
  name?: string;
  options?: CommandOption[];
  /** 2 application command (default), 3 message component, 4 autocomplete, 5 modal submit. */
  type?: 2 | 3 | 4 | 5;
  /** custom_id of the component (type 3) or modal (type 5). */
  customId?: string;
  /** Component type for type 3; default 2 (button). */
  componentType?: number;
  /** Select-menu values for type 3. */
  values?: string[];
  resolved?: Record<string, unknown>;
  /** The invoking member's permissions; default memberPermissionsIn(channelId). */
  permissions?: string;
  /** The bot's permissions in the channel; default MEMBER_PERMISSIONS. */
  appPermissions?: string;
  channelId?: string;
  userId?: string;
  locale?: string;
  /** The message a component is attached to (merged over a default bot message). */
  message?: Record<string, unknown>;
  /** Merged over the constructed `data` (e.g. modal `components`). */
  data?: Record<string, unknown>;
  /** Target the (latest) connection that identified as this shard; default: the latest connection. */
  shard?: number;
  /** Quiet time after the last reply activity before settling; default 400. */
  settleMs?: number;
  /** Overall limit; the record then resolves with timedOut = true. Default 10000. */
  timeoutMs?: number;
}

export interface StandinOptions {
  /** `shards` answered by GET /gateway/bot; default 1. */
  shards?: number;
  /** `max_concurrency` of session_start_limit; default 1 (discord.js then spaces identifies by 5 s). */
  maxConcurrency?: number;
  /** HELLO heartbeat_interval in ms; default 41250. */
  heartbeatInterval?: number;
  /** When set, IDENTIFY with another token is closed with 4004. */
  token?: string;
}

export interface StandinEvents {
  ready: IdentifyRecord;
  resumed: ResumeRecord;
  commands: RegisteredCommand[];
  request: RequestRecord;
  channelMessage: ChannelMessageRecord;
  interaction: InteractionRecord;
}

interface Session {
  id: string;
  seq: number;
  shard: [number, number];
}

interface Connection {
  index: number;
  socket: WebSocket;
  session: Session | null;
  open: boolean;
}

interface Pending {
  record: InteractionRecord;
  activity: () => void;
  finish: (timedOut: boolean) => void;
}

// ---------------------------------------------------------------------------
// Helpers

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asPayload(body: unknown): MessagePayload {
  return isObject(body) ? body : {};
}

function rawToBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

function parseMultipart(buf: Buffer, boundary: string): MessagePayload {
  const delimiter = Buffer.from(`--${boundary}`);
  let payload: MessagePayload = {};
  const files: UploadedFile[] = [];
  let pos = buf.indexOf(delimiter);
  while (pos !== -1) {
    const start = pos + delimiter.length;
    if (buf.subarray(start, start + 2).toString('latin1') === '--') break;
    const next = buf.indexOf(delimiter, start);
    if (next === -1) break;
    const part = buf.subarray(start + 2, next - 2); // drop the CRLFs around the part
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const data = part.subarray(headerEnd + 4);
      const field = /name="([^"]*)"/i.exec(headers)?.[1] ?? '';
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
      const contentType = /^content-type:\s*(.+)$/im.exec(headers)?.[1]?.trim();
      if (field === 'payload_json') payload = asPayload(JSON.parse(data.toString('utf8')));
      else if (filename !== undefined) files.push({ field, filename, contentType, size: data.length, data });
    }
    pos = next;
  }
  return { ...payload, _files: files };
}

function parseBody(contentType: string, raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    if (contentType.startsWith('application/json')) return JSON.parse(raw.toString('utf8')) as unknown;
    if (contentType.startsWith('multipart/form-data')) {
      const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
      if (boundary !== undefined) return parseMultipart(raw, boundary);
    }
  } catch {
    // fall through: keep the raw text
  }
  return raw.toString('utf8');
}

function botMessage(
  body: MessagePayload,
  channelId: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: snowflake(),
    channel_id: channelId,
    guild_id: IDS.guild,
    author: BOT_USER,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    attachments: (body._files ?? []).map((f, i) => ({
      id: String(i),
      filename: f.filename,
      size: f.size,
      url: `http://127.0.0.1/attachments/${f.filename}`,
      proxy_url: `http://127.0.0.1/attachments/${f.filename}`,
    })),
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    pinned: false,
    type: 0,
    flags: body.flags ?? 0,
    ...extra,
  };
}

function channelObject(id: string): Record<string, unknown> {
  const position = Object.keys(CHANNEL_NAMES).indexOf(id);
  return {
    id,
    type: 0,
    guild_id: IDS.guild,
    name: CHANNEL_NAMES[id],
    position,
    parent_id: null,
    topic: null,
    nsfw: false,
    rate_limit_per_user: 0,
    permission_overwrites:
      id === IDS.announcements
        ? [
            { id: IDS.everyoneRole, type: 0, allow: '0', deny: SEND },
            { id: IDS.botRole, type: 0, allow: SEND, deny: '0' },
          ]
        : [],
  };
}

function guildCreate(): Record<string, unknown> {
  const role = { color: 0, hoist: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null };
  return {
    id: IDS.guild,
    name: 'Newsroom',
    icon: null,
    owner_id: IDS.user,
    unavailable: false,
    large: false,
    member_count: 2,
    preferred_locale: 'en-US',
    features: [],
    joined_at: JOINED,
    channels: Object.keys(CHANNEL_NAMES).map(channelObject),
    roles: [
      {
        ...role,
        id: IDS.everyoneRole,
        name: '@everyone',
        permissions: MEMBER_PERMISSIONS,
        position: 0,
        managed: false,
      },
      {
        ...role,
        id: IDS.botRole,
        name: 'Newsdesk',
        permissions: MEMBER_PERMISSIONS,
        position: 1,
        managed: true,
        tags: { bot_id: IDS.app },
      },
    ],
    members: [{ user: BOT_USER, roles: [IDS.botRole], joined_at: JOINED, deaf: false, mute: false, flags: 0 }],
    emojis: [],
    stickers: [],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

// ---------------------------------------------------------------------------
// The stand-in

export class DiscordStandin extends EventEmitter {
  /** Every REST call, in order. */
  readonly requests: RequestRecord[] = [];
  /** Injected REST faults, checked before routing. */
  faults: Fault[] = [];
  /** Requests that were answered by a fault. */
  readonly faulted: FaultRecord[] = [];
  /** The last registered command list (null until the bot registers). */
  commands: RegisteredCommand[] | null = null;
  commandScope: 'global' | 'guild' | null = null;
  commandGuildId: string | null = null;
  readonly channelMessages: ChannelMessageRecord[] = [];
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  /** Every interaction sent, including unsettled ones. */
  readonly interactions: InteractionRecord[] = [];
  /** False: heartbeats go unanswered (a zombie connection); the client should reconnect. */
  ackHeartbeats = true;

  readonly options: Required<Omit<StandinOptions, 'token'>> & { token: string | undefined };
  private server: http.Server | null = null;
  private wss: WebSocketServer | null = null;
  private listenPort = 0;
  private readonly connections: Connection[] = [];
  private readonly sessions = new Map<string, Session>();
  private readonly pending = new Map<string, Pending>();

  constructor(options: StandinOptions = {}) {
    super();
    this.options = {
      shards: options.shards ?? 1,
      maxConcurrency: options.maxConcurrency ?? 1,
      heartbeatInterval: options.heartbeatInterval ?? 41250,
      token: options.token,
    };
  }

  get port(): number {
    return this.listenPort;
  }

  /** Give this to discord.js as `rest: { api }`. */
  get apiURL(): string {
    return `http://127.0.0.1:${this.listenPort}/api`;
  }

  get gatewayURL(): string {
    return `ws://127.0.0.1:${this.listenPort}`;
  }

  /** Number of IDENTIFYs received. */
  get identified(): number {
    return this.identifies.length;
  }

  get resumed(): number {
    return this.resumes.length;
  }

  get lastIdentify(): IdentifyRecord | undefined {
    return this.identifies.at(-1);
  }

  /** Open gateway connections: their index and the shard they identified as. */
  get openConnections(): { index: number; shard: [number, number] | null; sessionId: string | null }[] {
    return this.connections
      .filter((c) => c.open)
      .map((c) => ({ index: c.index, shard: c.session?.shard ?? null, sessionId: c.session?.id ?? null }));
  }

  async start(): Promise<this> {
    const server = http.createServer((req, res) => {
      this.handleRest(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.statusCode = 500;
        res.end(JSON.stringify({ message: `stand-in error: ${String(err)}`, code: 0 }));
      });
    });
    const wss = new WebSocketServer({ server });
    wss.on('connection', (socket) => this.handleGateway(socket));
    this.server = server;
    this.wss = wss;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.listenPort = (server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const p of [...this.pending.values()]) p.finish(true);
    for (const c of this.connections) c.socket.terminate();
    const { server, wss } = this;
    this.server = null;
    this.wss = null;
    if (wss) await new Promise<void>((resolve) => wss.close(() => resolve()));
    if (server) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    }
  }

  /**
   * Forget what was recorded so far (requests, interactions, messages), so a
   * long soak does not measure the stand-in's own memory.
   */
  clearRecords(): void {
    for (const list of [this.requests, this.interactions, this.channelMessages, this.faulted]) list.length = 0;
  }

  /** Cut gateway connections as a network fault would (all, or those of one shard); the client sees 1006. */
  dropGateway(shard?: number): void {
    for (const c of this.connections) {
      if (c.open && (shard === undefined || c.session?.shard[0] === shard)) c.socket.terminate();
    }
  }

  /** Close gateway connections with a close code (4000 lets the client resume; 4004 is fatal). */
  closeGateway(code = 4000, shard?: number): void {
    for (const c of this.connections) {
      if (c.open && (shard === undefined || c.session?.shard[0] === shard)) c.socket.close(code);
    }
  }

  /** Resolves with the next occurrence of the event (register before triggering it). */
  waitFor<K extends keyof StandinEvents>(event: K, ms = 10_000): Promise<StandinEvents[K]> {
    return new Promise((resolve, reject) => {
      const listener = (value: StandinEvents[K]): void => {
        clearTimeout(timer);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.off(event, listener);
        reject(new Error(`discord stand-in: timed out after ${ms} ms waiting for '${event}'`));
      }, ms);
      this.once(event, listener);
    });
  }

  private emitEvent<K extends keyof StandinEvents>(event: K, value: StandinEvents[K]): void {
    this.emit(event, value);
  }

  // -------------------------------------------------------------------------
  // REST

  private async handleRest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    // Decoded: discord.js sends '@original' as '%40original'.
    const path = decodeURIComponent(url.pathname).replace(/^\/api(?:\/v\d+)?/, '');
    const body = parseBody(req.headers['content-type'] ?? '', Buffer.concat(chunks));
    const rec: RequestRecord = {
      method,
      path,
      query: url.search,
      body,
      authorization: req.headers.authorization,
      at: performance.now(),
    };
    this.requests.push(rec);
    this.emitEvent('request', rec);

    const send = (status: number, obj?: unknown, headers: Record<string, string> = {}): void => {
      res.statusCode = status;
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
      if (obj === undefined) {
        res.end();
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(obj));
    };

    const fault = this.faults.find((f) => {
      f.match.lastIndex = 0;
      return (f.times ?? 1) > 0 && f.match.test(`${method} ${path}`);
    });
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      this.faulted.push({ method, path, status: fault.status });
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      send(fault.status, fault.body ?? { message: 'injected fault (local stand-in)', code: 0 }, fault.headers);
      return;
    }
    this.route(method, path, url.searchParams, body, send);
  }

  private route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
    send: (status: number, obj?: unknown) => void,
  ): void {
    const payload = asPayload(body);
    let m: RegExpExecArray | null;

    if (path === '/gateway/bot' && method === 'GET') {
      return send(200, {
        url: this.gatewayURL,
        shards: this.options.shards,
        session_start_limit: {
          total: 1000,
          remaining: 1000,
          reset_after: 0,
          max_concurrency: this.options.maxConcurrency,
        },
      });
    }
    if (path === '/gateway' && method === 'GET') return send(200, { url: this.gatewayURL });
    if (path === '/users/@me' && method === 'GET') return send(200, BOT_USER);
    if ((path === '/applications/@me' || path === '/oauth2/applications/@me') && method === 'GET') {
      return send(200, {
        id: IDS.app,
        name: 'Newsdesk',
        description: '',
        icon: null,
        flags: 0,
        bot_public: true,
        bot_require_code_grant: false,
        bot: BOT_USER,
        owner: { id: IDS.user, username: 'reader', discriminator: '0' },
      });
    }

    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      const guildId = m[2] ?? null;
      const make = (c: unknown): RegisteredCommand => ({
        id: snowflake(),
        application_id: IDS.app,
        version: '1',
        type: 1,
        name: '',
        ...(isObject(c) ? c : {}),
        ...(guildId ? { guild_id: guildId } : {}),
      });
      if (method === 'PUT') {
        this.commands = (Array.isArray(body) ? body : []).map(make);
        this.commandScope = guildId ? 'guild' : 'global';
        this.commandGuildId = guildId;
        this.emitEvent('commands', this.commands);
        return send(200, this.commands);
      }
      if (method === 'GET') return send(200, this.commands ?? []);
      if (method === 'POST') {
        const c = make(body);
        this.commands = [...(this.commands ?? []).filter((x) => x.name !== c.name), c];
        this.commandScope = guildId ? 'guild' : 'global';
        this.commandGuildId = guildId;
        this.emitEvent('commands', this.commands);
        return send(201, c);
      }
    }

    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path)) && method === 'POST') {
      const [, id = '', token = ''] = m;
      const p = this.pending.get(token) ?? this.findRecordByToken(token);
      const type = typeof payload.type === 'number' ? payload.type : 0;
      const data = isObject(payload.data) ? (payload.data as CallbackData) : undefined;
      if (p) {
        p.record.callbacks.push({ type, ...(data ? { data } : {}), at: performance.now() });
        p.activity();
      }
      if (query.get('with_response') === 'true') {
        const message =
          type === 4 || type === 7 ? botMessage(data ?? {}, p?.record.channelId ?? IDS.general) : undefined;
        return send(200, {
          interaction: {
            id,
            type: p?.record.type ?? 2,
            response_message_id: message?.id ?? null,
            response_message_loading: type === 5,
            response_message_ephemeral: ((data?.flags ?? 0) & 64) !== 0,
          },
          resource: message ? { type, message } : { type },
        });
      }
      return send(204);
    }

    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path))) {
      const [, , token = '', encodedId] = m;
      // discord.js sends '@original' URL-encoded ('%40original'), as Discord accepts it.
      const messageId = encodedId === undefined ? undefined : decodeURIComponent(encodedId);
      const p = this.pending.get(token) ?? this.findRecordByToken(token);
      const channelId = p?.record.channelId ?? IDS.general;
      const at = performance.now();
      if (method === 'POST' && messageId === undefined) {
        const msg = botMessage(payload, channelId, { webhook_id: IDS.app, application_id: IDS.app });
        p?.record.followups.push({ ...payload, id: String(msg.id), at });
        p?.activity();
        return send(200, msg);
      }
      if (method === 'PATCH' && messageId !== undefined) {
        p?.record.edits.push({ ...payload, messageId, at });
        p?.activity();
        const current = p ? this.currentMessage(p.record, messageId) : payload;
        const id = messageId === '@original' ? snowflake() : messageId;
        return send(
          200,
          botMessage(current, channelId, { id, webhook_id: IDS.app, edited_timestamp: new Date().toISOString() }),
        );
      }
      if (method === 'GET' && messageId !== undefined) {
        const current = p ? this.currentMessage(p.record, messageId) : {};
        const id = messageId === '@original' ? snowflake() : messageId;
        return send(200, botMessage(current, channelId, { id, webhook_id: IDS.app }));
      }
      if (method === 'DELETE' && messageId !== undefined) {
        p?.record.deletions.push(messageId);
        p?.activity();
        return send(204);
      }
    }

    if ((m = /^\/channels\/(\d+)\/messages$/.exec(path)) && method === 'POST') {
      const channelId = m[1] ?? '';
      if (!(channelId in CHANNEL_NAMES)) return send(404, { message: 'Unknown Channel', code: 10003 });
      const msg = botMessage(payload, channelId);
      const rec: ChannelMessageRecord = { ...payload, channelId, id: String(msg.id), at: performance.now() };
      this.channelMessages.push(rec);
      this.emitEvent('channelMessage', rec);
      return send(200, msg);
    }

    if ((m = /^\/channels\/(\d+)$/.exec(path)) && method === 'GET') {
      const channelId = m[1] ?? '';
      if (!(channelId in CHANNEL_NAMES)) return send(404, { message: 'Unknown Channel', code: 10003 });
      return send(200, channelObject(channelId));
    }

    send(404, { message: `Unknown route (local stand-in): ${method} ${path}`, code: 0 });
  }

  private findRecordByToken(token: string): Pending | undefined {
    // A late edit or follow-up after the record settled: still recorded.
    const record = this.interactions.find((r) => r.token === token);
    return record ? { record, activity: () => undefined, finish: () => undefined } : undefined;
  }

  private currentMessage(record: InteractionRecord, messageId: string): MessagePayload {
    if (messageId === '@original') return finalMessages(record, { includeFollowups: false })[0] ?? {};
    const followup = record.followups.find((f) => f.id === messageId);
    return record.edits
      .filter((e) => e.messageId === messageId)
      .reduce<MessagePayload>((acc, e) => ({ ...acc, ...stripMeta(e) }), followup ? stripMeta(followup) : {});
  }

  // -------------------------------------------------------------------------
  // Gateway

  private dispatch(conn: Connection, t: string, d: unknown): void {
    const session = conn.session;
    const s = session ? ++session.seq : null;
    conn.socket.send(JSON.stringify({ op: 0, s, t, d }));
  }

  private handleGateway(socket: WebSocket): void {
    const conn: Connection = { index: this.connections.length, socket, session: null, open: true };
    this.connections.push(conn);
    socket.on('close', () => {
      conn.open = false;
    });
    socket.on('error', () => {
      conn.open = false;
    });
    socket.send(
      JSON.stringify({ op: 10, s: null, t: null, d: { heartbeat_interval: this.options.heartbeatInterval } }),
    );
    socket.on('message', (raw) => {
      let packet: unknown;
      try {
        packet = JSON.parse(rawToBuffer(raw).toString('utf8'));
      } catch {
        return;
      }
      if (!isObject(packet)) return;
      const d = isObject(packet.d) ? packet.d : {};
      switch (packet.op) {
        case 1:
          if (this.ackHeartbeats) socket.send(JSON.stringify({ op: 11, s: null, t: null, d: null }));
          break;
        case 2:
          this.identify(conn, d);
          break;
        case 6:
          this.resume(conn, d);
          break;
        default:
          break; // presence updates, member requests etc. are ignored
      }
    });
  }

  private identify(conn: Connection, d: Record<string, unknown>): void {
    const token = typeof d.token === 'string' ? d.token : undefined;
    if (this.options.token !== undefined && token !== this.options.token) {
      conn.socket.close(4004, 'Authentication failed.');
      return;
    }
    const rawShard = d.shard;
    const shard: [number, number] | undefined =
      Array.isArray(rawShard) && typeof rawShard[0] === 'number' && typeof rawShard[1] === 'number'
        ? [rawShard[0], rawShard[1]]
        : undefined;
    const session: Session = { id: `session-${snowflake()}`, seq: 0, shard: shard ?? [0, 1] };
    this.sessions.set(session.id, session);
    conn.session = session;
    const hasGuild = shardForGuild(IDS.guild, session.shard[1]) === session.shard[0];
    const rec: IdentifyRecord = {
      connection: conn.index,
      shard,
      intents: typeof d.intents === 'number' ? d.intents : undefined,
      token,
      sessionId: session.id,
      payload: d,
      at: performance.now(),
    };
    this.identifies.push(rec);
    this.dispatch(conn, 'READY', {
      v: 10,
      user: { ...BOT_USER, verified: true, mfa_enabled: false, flags: 0 },
      guilds: hasGuild ? [{ id: IDS.guild, unavailable: true }] : [],
      session_id: session.id,
      resume_gateway_url: this.gatewayURL,
      ...(shard ? { shard } : {}),
      application: { id: IDS.app, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
    });
    if (hasGuild) this.dispatch(conn, 'GUILD_CREATE', guildCreate());
    this.emitEvent('ready', rec);
  }

  private resume(conn: Connection, d: Record<string, unknown>): void {
    const sessionId = typeof d.session_id === 'string' ? d.session_id : '';
    const session = this.sessions.get(sessionId);
    if (!session) {
      conn.socket.send(JSON.stringify({ op: 9, s: null, t: null, d: false }));
      return;
    }
    conn.session = session;
    const rec: ResumeRecord = {
      connection: conn.index,
      sessionId,
      seq: typeof d.seq === 'number' ? d.seq : null,
      at: performance.now(),
    };
    this.resumes.push(rec);
    this.dispatch(conn, 'RESUMED', {});
    this.emitEvent('resumed', rec);
  }

  private targetConnection(shard: number | undefined): Connection {
    const open = this.connections.filter((c) => c.open && c.session !== null);
    const conn = shard === undefined ? open.at(-1) : open.filter((c) => c.session?.shard[0] === shard).at(-1);
    if (!conn) {
      throw new Error(
        `discord stand-in: no identified gateway connection${shard === undefined ? '' : ` for shard ${shard}`}`,
      );
    }
    return conn;
  }

  // -------------------------------------------------------------------------
  // Playing a user

  /**
   * Send INTERACTION_CREATE and resolve once the bot's reply has settled:
   * autocomplete/modal at once; a deferred reply once it is edited or followed
   * up (then after settleMs of quiet); otherwise after settleMs of quiet.
   * After timeoutMs it resolves with `timedOut: true`.
   */
  interact(opts: InteractOptions = {}): Promise<InteractionRecord> {
    const {
      name = '',
      options = [],
      type = 2,
      customId = 'button',
      componentType = 2,
      values,
      resolved,
      channelId = IDS.general,
      userId = IDS.user,
      locale = 'en-US',
      settleMs = 400,
      timeoutMs = 10_000,
    } = opts;
    let conn: Connection;
    try {
      conn = this.targetConnection(opts.shard);
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    const id = snowflake();
    const token = `token-${id}`;
    const record: InteractionRecord = {
      id,
      token,
      type,
      channelId,
      connection: conn.index,
      shard: conn.session?.shard[0] ?? null,
      callbacks: [],
      edits: [],
      followups: [],
      deletions: [],
      sentAt: performance.now(),
      firstAt: undefined,
      lastAt: undefined,
      timedOut: false,
    };
    this.interactions.push(record);

    const result = new Promise<InteractionRecord>((resolve) => {
      let settleTimer: NodeJS.Timeout | undefined;
      const overall = setTimeout(() => finish(true), timeoutMs);
      const finish = (timedOut: boolean): void => {
        if (!this.pending.has(token)) return;
        clearTimeout(settleTimer);
        clearTimeout(overall);
        this.pending.delete(token);
        record.timedOut = timedOut;
        record.firstAt = record.callbacks[0]?.at;
        const times = [record.callbacks, record.edits, record.followups].flatMap((list) => list.map((x) => x.at));
        record.lastAt = times.length > 0 ? Math.max(...times) : undefined;
        resolve(record);
      };
      const activity = (): void => {
        clearTimeout(settleTimer);
        const last = record.callbacks.at(-1);
        if (last && (last.type === 8 || last.type === 9)) {
          settleTimer = setTimeout(() => finish(false), 0);
          return;
        }
        const onlyDeferred =
          record.callbacks.length > 0 &&
          record.callbacks.every((c) => c.type === 5 || c.type === 6) &&
          record.edits.length === 0 &&
          record.followups.length === 0 &&
          record.deletions.length === 0;
        if (!onlyDeferred) settleTimer = setTimeout(() => finish(false), settleMs);
      };
      this.pending.set(token, { record, activity, finish });
    });

    let data: Record<string, unknown>;
    if (type === 3) {
      data = { custom_id: customId, component_type: componentType, ...(values ? { values } : {}) };
    } else if (type === 5) {
      data = { custom_id: customId, components: [] };
    } else {
      const registered = this.commands?.find((c) => c.name === name);
      data = {
        id: registered?.id ?? snowflake(),
        name,
        type: 1,
        options,
        ...(this.commandScope === 'guild' ? { guild_id: this.commandGuildId } : {}),
        ...(resolved ? { resolved } : {}),
      };
    }
    if (opts.data) data = { ...data, ...opts.data };

    const channelName = CHANNEL_NAMES[channelId] ?? 'unknown';
    const interaction: Record<string, unknown> = {
      id,
      application_id: IDS.app,
      type,
      token,
      version: 1,
      guild_id: IDS.guild,
      channel_id: channelId,
      channel: { id: channelId, type: 0, guild_id: IDS.guild, name: channelName },
      app_permissions: opts.appPermissions ?? MEMBER_PERMISSIONS,
      locale,
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': IDS.guild },
      context: 0,
      attachment_size_limit: 10 * 1024 * 1024,
      member: {
        user: { id: userId, username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null },
        roles: [],
        joined_at: JOINED,
        permissions: opts.permissions ?? memberPermissionsIn(channelId),
        deaf: false,
        mute: false,
        pending: false,
        flags: 0,
      },
      data,
    };
    if (type === 3 || opts.message) {
      // As Discord records it: the member who ran the command that made the message (default: the usual member).
      const metadata = {
        id: snowflake(),
        type: 2,
        user: { id: IDS.user, username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null },
        authorizing_integration_owners: { '0': IDS.guild },
      };
      interaction.message = botMessage({}, channelId, {
        components: [],
        interaction_metadata: metadata,
        ...(opts.message ?? {}),
      });
    }
    this.dispatch(conn, 'INTERACTION_CREATE', interaction);
    this.emitEvent('interaction', record);
    return result;
  }
}

function stripMeta(m: MessagePayload): MessagePayload {
  const copy: MessagePayload = { ...m };
  delete copy.at;
  delete copy.messageId;
  delete copy.id;
  return copy;
}

/**
 * The messages the user ends up seeing: the original reply (first type 4/7
 * callback, or a deferred reply's edits) with every edit of '@original'
 * merged over it in order, then each follow-up with its own edits. Deleted
 * messages are left out.
 */
export function finalMessages(
  record: InteractionRecord,
  { includeFollowups = true }: { includeFollowups?: boolean } = {},
): MessagePayload[] {
  const out: MessagePayload[] = [];
  const first = record.callbacks.find((c) => c.type === 4 || c.type === 7);
  const deferred = record.callbacks.find((c) => c.type === 5 || c.type === 6);
  const originalEdits = record.edits.filter((e) => e.messageId === '@original');
  if (!record.deletions.includes('@original') && (first || originalEdits.length > 0)) {
    const base: MessagePayload = first ? { ...(first.data ?? {}) } : { ...(deferred?.data ?? {}) };
    out.push(originalEdits.reduce<MessagePayload>((acc, e) => ({ ...acc, ...stripMeta(e) }), base));
  }
  if (includeFollowups) {
    for (const f of record.followups) {
      if (record.deletions.includes(f.id)) continue;
      const edits = record.edits.filter((e) => e.messageId === f.id);
      out.push(edits.reduce<MessagePayload>((acc, e) => ({ ...acc, ...stripMeta(e) }), stripMeta(f)));
    }
  }
  return out;
}

/** Content plus embed titles, descriptions, fields and footers, joined by newlines. */
export function messageText(msg: MessagePayload | undefined): string {
  if (!msg) return '';
  const parts: string[] = [msg.content ?? ''];
  for (const e of msg.embeds ?? []) {
    parts.push(e.title ?? '', e.description ?? '');
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
    parts.push(e.footer?.text ?? '');
  }
  return parts.filter((p) => p !== '').join('\n');
}
