import type { Delivery, WebhookLogEntry } from './types.ts';

export type TimelineItem =
  | { kind: 'sent'; at: number; entry: WebhookLogEntry }
  | { kind: 'received'; at: number; delivery: Delivery };

/** One user's conversation in order: what they sent (with the bot's HTTP answer) and what they received. */
export function buildTimeline(userId: string, webhooks: WebhookLogEntry[], deliveries: Delivery[]): TimelineItem[] {
  const sent: TimelineItem[] = webhooks
    .filter((entry) => entry.userId === userId)
    .map((entry) => ({ kind: 'sent', at: entry.at, entry }));
  const received: TimelineItem[] = deliveries
    .filter((delivery) => delivery.userId === userId)
    .map((delivery) => ({ kind: 'received', at: delivery.deliveredAt, delivery }));
  return [...sent, ...received].sort((a, b) => a.at - b.at);
}
