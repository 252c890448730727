import { ulid } from 'ulid';
import type { EmulatorState } from './emulator-state.ts';
import { randomToken } from './ids.ts';
import type { PendingWebhook, WebhookLogEntry, WebhookResult } from './types.ts';
import type { UserEventInput } from './user-event-input.ts';
import { postSignedWebhook } from './webhook-client.ts';
import { buildUserEvent, isReplyable } from './webhook-events.ts';

export interface UserEventResult extends WebhookResult {
  event: Record<string, unknown>;
}

type WebhookEvent = Record<string, unknown>;

/** Turns what a user does into signed webhook requests to the bot and logs the outcome. */
export class WebhookSender {
  readonly #state: EmulatorState;

  constructor(state: EmulatorState) {
    this.#state = state;
  }

  async sendFromUser(userId: string, input: UserEventInput): Promise<UserEventResult> {
    const user = this.#state.users.get(userId);
    if (!user) throw new Error(`unknown user ${userId}`);
    if (input.type === 'follow' || input.type === 'unfollow') {
      const changed = this.#state.users.setFollowing(userId, input.type === 'follow');
      if (changed) this.#state.notify({ kind: 'user', user: changed });
    }
    const now = this.#state.config.now();
    const messageId = this.#state.nextMessageId();
    if (input.type === 'image') {
      this.#state.contents.set(messageId, { contentType: input.contentType, bytes: input.content });
    }
    const event = buildUserEvent(input, {
      userId,
      timestamp: now,
      webhookEventId: ulid(now),
      messageId,
      quoteToken: randomToken(48),
      ...(isReplyable(input) ? { replyToken: this.#state.replyTokens.issue(userId, now) } : {}),
    });
    const displayText = input.type === 'postback' ? input.displayText : undefined;
    const result = await this.postEvents([event], { userId, ...(displayText ? { displayText } : {}) });
    return { ...result, event };
  }

  /** LINE resends the identical event (same webhookEventId and reply token) marked as a redelivery. */
  redeliver(event: WebhookEvent): Promise<WebhookResult> {
    const redelivered = { ...event, deliveryContext: { isRedelivery: true } };
    return this.postEvents([redelivered], { userId: sourceUserId(event) });
  }

  async postEvents(
    events: WebhookEvent[],
    context: { userId?: string | null; displayText?: string } = {},
  ): Promise<WebhookResult> {
    const { config } = this.#state;
    const pending: PendingWebhook = {
      at: config.now(),
      userId: context.userId ?? sourceUserId(events[0]),
      events,
      ...(context.displayText ? { displayText: context.displayText } : {}),
    };
    this.#state.notify({ kind: 'webhook-sending', entry: pending });
    const response = await postSignedWebhook(
      { url: config.webhookUrl, channelSecret: config.channelSecret, timeoutMs: config.webhookTimeoutMs },
      { destination: config.botUserId, events },
    );
    const entry: WebhookLogEntry = { ...pending, ...response };
    this.#state.logWebhook(entry);
    if (!response.ok) config.logger?.warn({ status: response.status, error: response.error }, 'bot webhook failed');
    return { ...response, events };
  }
}

function sourceUserId(event: WebhookEvent | undefined): string | null {
  const source = event?.source as { userId?: unknown } | undefined;
  return typeof source?.userId === 'string' ? source.userId : null;
}
