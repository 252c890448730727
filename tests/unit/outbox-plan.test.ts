import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { planOutboxEntries, type NewOutboxEntry } from '../../infra/outbox/outbox-store.ts';
import { MAX_MESSAGES_PER_REQUEST, MAX_MULTICAST_RECIPIENTS } from '../../infra/line/request-limits.ts';

const USER_ID = 'U0123456789abcdef0123456789abcdef';
const REPLY_TOKEN = 'nHuyWiB7yP5Zw52FIkcQobQuGDXCTA';
const EXPIRES_AT = new Date('2025-06-01T03:01:00Z');

function textMessages(count: number): messagingApi.TextMessage[] {
  return Array.from({ length: count }, (_, index) => ({ type: 'text', text: `ข้อความที่ ${index + 1} ค่ะ` }));
}

function userIds(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `U${index.toString(16).padStart(32, '0')}`);
}

function replyEntry(messageCount: number): NewOutboxEntry {
  return {
    dedupeKey: 'event-01H#answer',
    kind: 'reply',
    to: [USER_ID],
    messages: textMessages(messageCount),
    replyToken: REPLY_TOKEN,
    replyTokenExpiresAt: EXPIRES_AT,
  };
}

describe('planOutboxEntries', () => {
  it('when a reply has 12 messages, then the first 5 go by reply and the rest by push without the token', () => {
    const entry = replyEntry(12);
    const planned = planOutboxEntries(entry);

    expect(planned.map((item) => [item.kind, item.messages.length])).toEqual([
      ['reply', 5],
      ['push', 5],
      ['push', 2],
    ]);
    expect(planned[0]).toMatchObject({ replyToken: REPLY_TOKEN, replyTokenExpiresAt: EXPIRES_AT, to: [USER_ID] });
    for (const later of planned.slice(1)) {
      expect(later.replyToken).toBeUndefined();
      expect(later.replyTokenExpiresAt).toBeUndefined();
      expect(later.to).toEqual([USER_ID]);
    }
    expect(planned.flatMap((item) => item.messages)).toEqual(entry.messages);
  });

  it('when planned twice, then dedupe keys are unique, derived from the entry key, and identical', () => {
    const first = planOutboxEntries(replyEntry(12)).map((item) => item.dedupeKey);
    const second = planOutboxEntries(replyEntry(12)).map((item) => item.dedupeKey);

    expect(new Set(first).size).toBe(first.length);
    expect(first).toEqual(second);
    for (const key of first) expect(key.startsWith('event-01H#answer')).toBe(true);
  });

  it('when a reply fits one request, then it stays a single reply with its token', () => {
    const planned = planOutboxEntries(replyEntry(5));

    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({ kind: 'reply', replyToken: REPLY_TOKEN, messages: textMessages(5) });
  });

  it('when multicasting 7 messages to 1,201 users, then every request has ≤500 recipients and ≤5 messages', () => {
    const recipients = userIds(1_201);
    const messages = textMessages(7);
    const planned = planOutboxEntries({ dedupeKey: 'broadcast-7', kind: 'multicast', to: recipients, messages });

    expect(planned).toHaveLength(6);
    for (const item of planned) {
      expect(item.kind).toBe('multicast');
      expect(item.to.length).toBeLessThanOrEqual(MAX_MULTICAST_RECIPIENTS);
      expect(item.messages.length).toBeLessThanOrEqual(MAX_MESSAGES_PER_REQUEST);
      expect(item.replyToken).toBeUndefined();
    }
    expect(new Set(planned.map((item) => item.dedupeKey)).size).toBe(planned.length);
  });

  it('when multicast is split, then each recipient gets every message exactly once and in order', () => {
    const recipients = userIds(1_201);
    const messages = textMessages(7);
    const planned = planOutboxEntries({ dedupeKey: 'broadcast-7', kind: 'multicast', to: recipients, messages });

    const received = new Map<string, messagingApi.Message[]>();
    for (const item of planned) {
      for (const userId of item.to) received.set(userId, [...(received.get(userId) ?? []), ...item.messages]);
    }
    expect(received.size).toBe(recipients.length);
    for (const inbox of received.values()) expect(inbox).toEqual(messages);
  });

  it('when a push has 7 messages, then it stays push in two requests to the same user', () => {
    const planned = planOutboxEntries({ dedupeKey: 'notify-1', kind: 'push', to: [USER_ID], messages: textMessages(7) });

    expect(planned.map((item) => [item.kind, item.to, item.messages.length])).toEqual([
      ['push', [USER_ID], 5],
      ['push', [USER_ID], 2],
    ]);
    for (const item of planned) expect(item.replyToken).toBeUndefined();
  });
});
