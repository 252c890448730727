import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { ulid } from 'ulid';
import type { webhook } from '@line/bot-sdk';

/** A fresh LINE-shaped user id (the emulator's own generator). */
export { randomUserId as newUserId } from '../../dev/line-emulator/ids.ts';

function base(userId: string) {
  return {
    timestamp: Date.now(),
    mode: 'active' as const,
    webhookEventId: ulid(),
    deliveryContext: { isRedelivery: false },
    source: { type: 'user' as const, userId },
  };
}

export function textEvent(userId: string, text: string, replyToken = randomBytes(16).toString('hex')): webhook.MessageEvent {
  return {
    ...base(userId),
    type: 'message',
    replyToken,
    message: { type: 'text', id: String(Date.now()) + randomBytes(2).toString('hex'), quoteToken: 'q', text },
  } as webhook.MessageEvent;
}

export function followEvent(userId: string, replyToken: string): webhook.FollowEvent {
  return { ...base(userId), type: 'follow', replyToken, follow: { isUnblocked: false } } as webhook.FollowEvent;
}

export function postbackEvent(userId: string, data: string, replyToken: string): webhook.PostbackEvent {
  return { ...base(userId), type: 'postback', replyToken, postback: { data } } as webhook.PostbackEvent;
}

export function webhookBody(events: webhook.Event[]): webhook.CallbackRequest {
  return { destination: `U${'0'.repeat(32)}`, events };
}

/**
 * Every LINE event type, from LINE's own SDK test data. All its events share one webhookEventId,
 * unlike real traffic, so each gets a fresh one here.
 */
export function loadFixtureEvents(): webhook.Event[] {
  const url = new URL('../../../shared/fixtures/line-webhook-all-event-types.json', import.meta.url);
  const body = JSON.parse(readFileSync(url, 'utf8')) as webhook.CallbackRequest;
  return body.events.map((event) => ({ ...event, webhookEventId: ulid(), timestamp: Date.now() }));
}
