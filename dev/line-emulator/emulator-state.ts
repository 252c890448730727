import { FaultInjector } from './fault-injector.ts';
import { IdTokenIssuer } from './id-tokens.ts';
import { createMessageIdSequence, randomToken } from './ids.ts';
import { ReplyTokenRegistry } from './reply-tokens.ts';
import { RetryKeyRegistry } from './retry-keys.ts';
import { RichMenuStore, type StoredImage } from './rich-menu-store.ts';
import type {
  Delivery,
  DeliveryVia,
  SendCallCounts,
  EmulatorLogger,
  EmulatorNotice,
  RequestLogEntry,
  WebhookLogEntry,
} from './types.ts';
import { UserDirectory } from './user-directory.ts';

export interface EmulatorConfig {
  channelSecret: string;
  channelAccessToken: string;
  loginChannelId: string;
  botUserId: string;
  webhookUrl: string;
  webhookTimeoutMs: number;
  monthlyMessageQuota: number | undefined;
  maxLogEntries: number;
  now: () => number;
  logger: EmulatorLogger | undefined;
}

export interface SentMessage {
  id: string;
  quoteToken: string;
}

interface DeliveryBatch {
  recipients: (string | null)[];
  messages: Record<string, unknown>[];
  via: DeliveryVia;
  requestId: string;
  retryKey?: string;
}

/** Everything the emulator remembers; route modules read and change it through this object. */
export class EmulatorState {
  readonly config: EmulatorConfig;
  readonly users = new UserDirectory();
  readonly replyTokens: ReplyTokenRegistry;
  readonly retryKeys = new RetryKeyRegistry();
  readonly faults: FaultInjector;
  readonly idTokens: IdTokenIssuer;
  readonly richMenus = new RichMenuStore();
  readonly contents = new Map<string, StoredImage>();
  readonly deliveries: Delivery[] = [];
  readonly requestLog: RequestLogEntry[] = [];
  readonly webhookLog: WebhookLogEntry[] = [];
  readonly nextMessageId = createMessageIdSequence();
  readonly #listeners = new Set<(notice: EmulatorNotice) => void>();
  chargedMessages = 0;
  /** Accepted send calls per API since the last reset: what LINE bills, whatever the capped log still holds. */
  readonly sendCalls: SendCallCounts = emptySendCalls();

  constructor(config: EmulatorConfig, replyTokenTtlMs: number) {
    this.config = config;
    this.faults = new FaultInjector(config.now);
    this.replyTokens = new ReplyTokenRegistry(replyTokenTtlMs);
    this.idTokens = new IdTokenIssuer(config.loginChannelId);
  }

  /** Records one delivery per message and recipient; returns LINE's `sentMessages`. */
  deliver(batch: DeliveryBatch): SentMessage[] {
    const sent = batch.messages.map(() => ({ id: this.nextMessageId(), quoteToken: randomToken(48) }));
    const deliveredAt = this.config.now();
    for (const userId of batch.recipients) {
      batch.messages.forEach((message, index) => {
        const { id, quoteToken } = sent[index] as SentMessage;
        const delivery: Delivery = {
          messageId: id,
          quoteToken,
          userId,
          via: batch.via,
          message,
          requestId: batch.requestId,
          deliveredAt,
          ...(batch.retryKey === undefined ? {} : { retryKey: batch.retryKey }),
        };
        appendCapped(this.deliveries, delivery, this.config.maxLogEntries);
        this.notify({ kind: 'delivery', delivery });
      });
    }
    this.sendCalls[batch.via] += 1;
    if (batch.via !== 'reply') this.chargedMessages += batch.messages.length * batch.recipients.length;
    return sent;
  }

  logRequest(entry: RequestLogEntry): void {
    appendCapped(this.requestLog, entry, this.config.maxLogEntries);
  }

  /** Puts back saved traffic (oldest first) without announcing it, keeping the usual caps. */
  restoreLogs(webhooks: WebhookLogEntry[], deliveries: Delivery[]): void {
    const max = this.config.maxLogEntries;
    for (const entry of webhooks.slice(-max)) this.webhookLog.push(entry);
    for (const delivery of deliveries.slice(-max)) this.deliveries.push(delivery);
    for (const list of [this.webhookLog, this.deliveries]) if (list.length > max) list.splice(0, list.length - max);
  }

  logWebhook(entry: WebhookLogEntry): void {
    appendCapped(this.webhookLog, entry, this.config.maxLogEntries);
    this.notify({ kind: 'webhook', entry });
  }

  subscribe(listener: (notice: EmulatorNotice) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  notify(notice: EmulatorNotice): void {
    for (const listener of this.#listeners) {
      try {
        listener(notice);
      } catch (error) {
        this.config.logger?.warn({ err: error }, 'line emulator listener failed');
      }
    }
  }

  /** Forgets all traffic and stored objects; users are handled by the caller (personas are re-seeded). */
  clearTraffic(): void {
    this.replyTokens.clear();
    this.retryKeys.clear();
    this.faults.clear();
    this.richMenus.clear();
    this.contents.clear();
    this.deliveries.length = 0;
    this.requestLog.length = 0;
    this.webhookLog.length = 0;
    this.chargedMessages = 0;
    Object.assign(this.sendCalls, emptySendCalls());
  }
}

function appendCapped<T>(list: T[], item: T, max: number): void {
  list.push(item);
  if (list.length > max) list.splice(0, list.length - max);
}

function emptySendCalls(): SendCallCounts {
  return { reply: 0, push: 0, multicast: 0, broadcast: 0 };
}
