import type { UserEventInput } from './user-event-input.ts';

export interface EventContext {
  userId: string;
  timestamp: number;
  webhookEventId: string;
  /** Present for replyable events (everything but unfollow). */
  replyToken?: string;
  messageId: string;
  quoteToken: string;
}

export function isReplyable(input: UserEventInput): boolean {
  return input.type !== 'unfollow';
}

/** Builds the event exactly as LINE would put it in a webhook body. */
export function buildUserEvent(input: UserEventInput, context: EventContext): Record<string, unknown> {
  return {
    ...eventPayload(input, context),
    webhookEventId: context.webhookEventId,
    deliveryContext: { isRedelivery: false },
    timestamp: context.timestamp,
    source: { type: 'user', userId: context.userId },
    ...(context.replyToken === undefined ? {} : { replyToken: context.replyToken }),
    mode: 'active',
  };
}

function eventPayload(input: UserEventInput, context: EventContext): Record<string, unknown> {
  const message = (fields: Record<string, unknown>) => ({
    type: 'message',
    message: { id: context.messageId, ...fields },
  });
  switch (input.type) {
    case 'text':
      return message({ type: 'text', text: input.text, quoteToken: context.quoteToken });
    case 'image':
      return message({ type: 'image', contentProvider: { type: 'line' }, quoteToken: context.quoteToken });
    case 'sticker':
      return message({
        type: 'sticker',
        packageId: input.packageId,
        stickerId: input.stickerId,
        stickerResourceType: 'STATIC',
        ...(input.keywords === undefined ? {} : { keywords: input.keywords }),
        quoteToken: context.quoteToken,
      });
    case 'location':
      return message({
        type: 'location',
        ...(input.title === undefined ? {} : { title: input.title }),
        ...(input.address === undefined ? {} : { address: input.address }),
        latitude: input.latitude,
        longitude: input.longitude,
      });
    case 'postback':
      return { type: 'postback', postback: { data: input.data, ...(input.params ? { params: input.params } : {}) } };
    case 'follow':
      return { type: 'follow', follow: { isUnblocked: input.isUnblocked ?? false } };
    case 'unfollow':
      return { type: 'unfollow' };
  }
}
