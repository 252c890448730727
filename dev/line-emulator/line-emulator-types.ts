import type { Express, Router } from 'express';
import type { IdTokenOptions } from './id-tokens.ts';
import type { StoredImage, StoredRichMenu } from './rich-menu-store.ts';
import type {
  ActiveFault,
  Delivery,
  SendCallCounts,
  EmulatorLogger,
  EmulatorNotice,
  EmulatorUser,
  FaultSpec,
  NewUserInput,
  RequestLogEntry,
  WebhookLogEntry,
  WebhookResult,
} from './types.ts';
import type { UserEventInput } from './user-event-input.ts';
import type { UserEventResult } from './webhook-sender.ts';
import type { DeliveryFilter, WaitOptions } from './wait-for-deliveries.ts';

/** The emulator's public face: what tests, the chat console and local mode hold. */
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
  /** Accepted send calls per API (one reply or push call carries one answer) since the last reset. */
  sendCalls(): SendCallCounts;
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
