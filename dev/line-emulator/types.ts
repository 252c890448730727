import type { Logger } from 'pino';

export type PersonaRole = 'villager' | 'officer' | 'staff';

export interface EmulatorUser {
  userId: string;
  displayName: string;
  pictureUrl?: string;
  statusMessage?: string;
  role: PersonaRole;
  /** The office an officer works for, as the console offers it (the bot keeps its own record). */
  officeCode?: string;
  /** false before the first follow and after an unfollow: profile answers 404 and pushes are not delivered. */
  following: boolean;
  /** true after an unfollow (the user blocked the bot) until the next follow. */
  blocked: boolean;
}

export interface NewUserInput {
  displayName: string;
  role?: PersonaRole;
  officeCode?: string;
  pictureUrl?: string;
  statusMessage?: string;
  userId?: string;
  /** Default true (already a friend); false: a LINE user who has not added the bot yet. */
  following?: boolean;
}

export type DeliveryVia = 'reply' | 'push' | 'multicast' | 'broadcast';

/** Accepted send calls per API: what LINE bills, one call per answer for reply and push. */
export type SendCallCounts = Record<DeliveryVia, number>;

/** One message as a user's LINE app would receive it. */
export interface Delivery {
  messageId: string;
  quoteToken: string;
  userId: string | null;
  via: DeliveryVia;
  message: Record<string, unknown>;
  requestId: string;
  retryKey?: string;
  deliveredAt: number;
}

export type FaultEndpoint =
  | 'reply'
  | 'push'
  | 'multicast'
  | 'broadcast'
  | 'profile'
  | 'content'
  | 'verify'
  | 'richmenu'
  | '*';

export interface FaultSpec {
  endpoint: FaultEndpoint;
  /** Status to answer with; omit together with delayMs for a slow but successful answer. */
  status?: number;
  /** How many matching requests this fault affects (default 1, or unlimited with durationMs). */
  times?: number;
  /** An outage: every matching request fails until this many ms after injection. */
  durationMs?: number;
  retryAfterSeconds?: number;
  delayMs?: number;
  /** Accept (deliver, consume retry key) and still answer `status`: a lost response. */
  afterAccept?: boolean;
  message?: string;
}

export interface ActiveFault extends Required<Pick<FaultSpec, 'endpoint' | 'times'>> {
  id: number;
  spec: FaultSpec;
  remaining: number;
}

export interface RequestLogEntry {
  requestId: string;
  at: number;
  method: string;
  path: string;
  endpoint: string;
  retryKey?: string;
  status: number;
  requestBody: unknown;
  responseBody: unknown;
}

export interface WebhookResult {
  /** HTTP status from the bot, or null when it could not be reached. */
  status: number | null;
  ok: boolean;
  error?: string;
  durationMs: number;
  events: Record<string, unknown>[];
}

export interface WebhookLogEntry extends WebhookResult {
  at: number;
  userId: string | null;
  /** Text the user saw as their own bubble, e.g. a postback's displayText. */
  displayText?: string;
}

/** A webhook request on its way to the bot (announced before it is sent, so viewers keep order). */
export type PendingWebhook = Pick<WebhookLogEntry, 'at' | 'userId' | 'events' | 'displayText'>;

export type EmulatorNotice =
  | { kind: 'delivery'; delivery: Delivery }
  | { kind: 'webhook-sending'; entry: PendingWebhook }
  | { kind: 'webhook'; entry: WebhookLogEntry }
  | { kind: 'user'; user: EmulatorUser }
  | { kind: 'loading'; userId: string; seconds: number }
  | { kind: 'reset' };

export type EmulatorLogger = Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>;
