import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express, Router } from 'express';
import { createEmulatorApp } from './emulator-app.ts';
import { EmulatorState } from './emulator-state.ts';
import type { IdTokenOptions } from './id-tokens.ts';
import { userIdFromSeed } from './ids.ts';
import { openStateJournal } from './persistence/state-journal.ts';
import type { StoredImage, StoredRichMenu } from './rich-menu-store.ts';
import { controlRoutes } from './routes/control-routes.ts';
import type {
  ActiveFault,
  Delivery,
  EmulatorLogger,
  EmulatorNotice,
  EmulatorUser,
  FaultSpec,
  NewUserInput,
  RequestLogEntry,
  WebhookLogEntry,
  WebhookResult,
} from './types.ts';
import { DEFAULT_PERSONAS } from './user-directory.ts';
import type { UserEventInput } from './user-event-input.ts';
import { WebhookSender, type UserEventResult } from './webhook-sender.ts';
import { matchesDelivery, waitForDeliveries, type DeliveryFilter, type WaitOptions } from './wait-for-deliveries.ts';

export interface LineEmulatorOptions {
  channelSecret: string;
  channelAccessToken: string;
  /** LINE Login channel ID: the `aud` of issued ID tokens and the `client_id` verify expects. */
  loginChannelId: string;
  webhookUrl: string;
  botUserId?: string;
  replyTokenTtlMs?: number;
  webhookTimeoutMs?: number;
  /** Unset: unlimited (`type: 'none'`); set: push/multicast/broadcast beyond it answer 429. */
  monthlyMessageQuota?: number;
  /** Users present from the start and after reset(); defaults to a few Thai personas. */
  personas?: readonly NewUserInput[];
  maxLogEntries?: number;
  now?: () => number;
  logger?: EmulatorLogger;
  /** Keep users and their chats in this directory across runs; unset, everything stays in memory. */
  stateDir?: string;
}

export interface RunningEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface LineEmulator {
  readonly app: Express;
  /** The `/__emulator` JSON control API as a router, so the chat console can mount it too. */
  readonly controlRouter: Router;
  readonly botUserId: string;
  webhookUrl: string;
  listen(port?: number, host?: string): Promise<RunningEmulator>;
  readonly users: {
    list(): EmulatorUser[];
    get(userId: string): EmulatorUser | undefined;
    add(input: NewUserInput): EmulatorUser;
  };
  sendFromUser(userId: string, input: UserEventInput): Promise<UserEventResult>;
  postWebhook(events: Record<string, unknown>[]): Promise<WebhookResult>;
  redeliver(event: Record<string, unknown>): Promise<WebhookResult>;
  issueReplyToken(userId?: string): string;
  issueIdToken(userId: string, options?: IdTokenOptions): string;
  injectFault(spec: FaultSpec): ActiveFault;
  clearFaults(): void;
  activeFaults(): ActiveFault[];
  deliveries(filter?: DeliveryFilter): Delivery[];
  waitForDeliveries(filter: DeliveryFilter, options: WaitOptions): Promise<Delivery[]>;
  requestLog(filter?: { endpoint?: string }): RequestLogEntry[];
  webhookLog(): WebhookLogEntry[];
  readonly richMenus: {
    /** The menu the user's LINE app shows: the one linked to them, else the default; undefined when none. */
    shownTo(userId: string): StoredRichMenu | undefined;
    image(richMenuId: string): StoredImage | undefined;
  };
  subscribe(listener: (notice: EmulatorNotice) => void): () => void;
  reset(): void;
  /** Stops recording to `stateDir` (nothing to do in memory). */
  close(): void;
}

export function createLineEmulator(options: LineEmulatorOptions): LineEmulator {
  const state = createState(options);
  const personas = options.personas ?? DEFAULT_PERSONAS;
  const sender = new WebhookSender(state);
  const reset = () => {
    state.clearTraffic();
    state.users.clear();
    for (const persona of personas) state.users.add(persona);
    state.notify({ kind: 'reset' });
  };
  reset();
  const journal = options.stateDir === undefined ? null : openStateJournal(state, options.stateDir);
  const controlRouter = controlRoutes(state, sender, { reset });
  const app = createEmulatorApp(state, controlRouter);
  return {
    app,
    controlRouter,
    botUserId: state.config.botUserId,
    get webhookUrl() {
      return state.config.webhookUrl;
    },
    set webhookUrl(url: string) {
      state.config.webhookUrl = url;
    },
    listen: (port, host) => listen(app, port ?? 0, host ?? '127.0.0.1'),
    users: {
      list: () => state.users.list(),
      get: (userId) => state.users.get(userId),
      add: (input) => {
        const user = state.users.add(input);
        state.notify({ kind: 'user', user });
        return user;
      },
    },
    sendFromUser: (userId, input) => sender.sendFromUser(userId, input),
    postWebhook: (events) => sender.postEvents(events),
    redeliver: (event) => sender.redeliver(event),
    issueReplyToken: (userId) => state.replyTokens.issue(userId ?? null, state.config.now()),
    issueIdToken: (userId, tokenOptions = {}) => {
      const user = state.users.get(userId);
      if (!user) throw new Error(`unknown user ${userId}`);
      return state.idTokens.issue(user, tokenOptions, state.config.now());
    },
    injectFault: (spec) => state.faults.inject(spec),
    clearFaults: () => state.faults.clear(),
    activeFaults: () => state.faults.list(),
    deliveries: (filter = {}) => state.deliveries.filter((delivery) => matchesDelivery(delivery, filter)),
    waitForDeliveries: (filter, waitOptions) => waitForDeliveries(state, filter, waitOptions),
    requestLog: (filter = {}) => state.requestLog.filter((entry) => !filter.endpoint || entry.endpoint === filter.endpoint),
    webhookLog: () => [...state.webhookLog],
    richMenus: {
      shownTo: (userId) => state.richMenus.shownTo(userId),
      image: (richMenuId) => state.richMenus.image(richMenuId),
    },
    subscribe: (listener) => state.subscribe(listener),
    reset,
    close: () => journal?.close(),
  };
}

function createState(options: LineEmulatorOptions): EmulatorState {
  return new EmulatorState(
    {
      channelSecret: options.channelSecret,
      channelAccessToken: options.channelAccessToken,
      loginChannelId: options.loginChannelId,
      botUserId: options.botUserId ?? userIdFromSeed(`bot:${options.channelAccessToken}`),
      webhookUrl: options.webhookUrl,
      webhookTimeoutMs: options.webhookTimeoutMs ?? 10_000,
      monthlyMessageQuota: options.monthlyMessageQuota,
      maxLogEntries: options.maxLogEntries ?? 50_000,
      now: options.now ?? Date.now,
      logger: options.logger,
    },
    options.replyTokenTtlMs ?? 60_000,
  );
}

function listen(app: Express, port: number, host: string): Promise<RunningEmulator> {
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: boundPort } = server.address() as AddressInfo;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${urlHost}:${boundPort}`,
        port: boundPort,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
