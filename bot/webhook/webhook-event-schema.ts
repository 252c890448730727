import { z } from 'zod';

/**
 * LINE's webhook event types (line-openapi webhook.yml), checked at the door: every field the bot
 * reads has its type and a length bound, and ids are plain strings, so nothing shaped like a
 * query operator (`{"$ne": null}`) or an oversized value reaches a handler or a query.
 * Objects are loose: LINE adds fields over time and those must not break old bots; what the
 * schema does not name is bounded by the structure check (payload-shape.ts) instead.
 */

/** User, group, room, message and webhook event ids: LINE's are short alphanumeric strings. */
const lineId = z.string().min(1).max(100).regex(/^[A-Za-z0-9._:-]+$/);
const shortText = (max: number) => z.string().max(max);

const userSource = z.looseObject({ type: z.literal('user'), userId: lineId });
const groupSource = z.looseObject({ type: z.literal('group'), groupId: lineId, userId: lineId.optional() });
const roomSource = z.looseObject({ type: z.literal('room'), roomId: lineId, userId: lineId.optional() });
const source = z.discriminatedUnion('type', [userSource, groupSource, roomSource]);

const contentProvider = z.looseObject({
  type: z.enum(['line', 'external']),
  originalContentUrl: shortText(2_000).optional(),
  previewImageUrl: shortText(2_000).optional(),
});

/** Text as LINE delivers it: at most 5,000 UTF-16 units, which is what String.length counts. */
const textContent = z.looseObject({
  type: z.literal('text'),
  id: lineId,
  text: shortText(5_000),
  quoteToken: shortText(500).optional(),
  quotedMessageId: lineId.optional(),
  emojis: z.array(z.looseObject({ index: z.number().int(), length: z.number().int() })).max(5_000).optional(),
  mention: z.looseObject({ mentionees: z.array(z.looseObject({ index: z.number().int(), length: z.number().int() })).max(5_000) }).optional(),
});
const mediaContent = (type: 'image' | 'video' | 'audio') =>
  z.looseObject({
    type: z.literal(type),
    id: lineId,
    contentProvider,
    duration: z.number().int().nonnegative().optional(),
    quoteToken: shortText(500).optional(),
  });
const fileContent = z.looseObject({ type: z.literal('file'), id: lineId, fileName: shortText(1_000), fileSize: z.number().int().nonnegative() });
const locationContent = z.looseObject({
  type: z.literal('location'),
  id: lineId,
  title: shortText(100).nullish(),
  address: shortText(100).nullish(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
const stickerContent = z.looseObject({
  type: z.literal('sticker'),
  id: lineId,
  packageId: lineId,
  stickerId: lineId,
  stickerResourceType: shortText(50).optional(),
  keywords: z.array(shortText(100)).max(15).optional(),
  text: shortText(100).optional(),
});
/** A message type LINE adds later still has an id; handlers treat it as unsupported. */
const otherContent = z.looseObject({ type: shortText(50), id: lineId });
const messageContents = [textContent, mediaContent('image'), mediaContent('video'), mediaContent('audio'), fileContent, locationContent, stickerContent];
const messageContentByType = new Map<unknown, z.ZodType>(messageContents.map((schema) => [schema.shape.type.value, schema]));
/** Chosen by type rather than a union, so a refusal names the field that is wrong. */
const messageContent = z.looseObject({ type: z.string() }).superRefine((content, context) => {
  const parsed = (messageContentByType.get(content.type) ?? otherContent).safeParse(content);
  if (parsed.success) return;
  for (const issue of parsed.error.issues) context.addIssue({ code: 'custom', path: issue.path, message: issue.code });
});

/** Fields every event carries. A missing or non-numeric timestamp would break ordering and dates. */
const common = {
  timestamp: z.number().int().positive().max(8.64e15),
  mode: z.enum(['active', 'standby']),
  webhookEventId: lineId,
  deliveryContext: z.looseObject({ isRedelivery: z.boolean() }),
  source: source.optional(),
};
const replyToken = z.string().min(1).max(256);

const postbackParams = z.looseObject({
  date: shortText(20).optional(),
  time: shortText(20).optional(),
  datetime: shortText(30).optional(),
  newRichMenuAliasId: shortText(32).optional(),
  status: shortText(50).optional(),
});

const knownEvents = [
  z.looseObject({ ...common, type: z.literal('message'), replyToken: replyToken.optional(), message: messageContent }),
  z.looseObject({ ...common, type: z.literal('postback'), replyToken: replyToken.optional(), postback: z.looseObject({ data: shortText(300), params: postbackParams.optional() }) }),
  z.looseObject({ ...common, type: z.literal('follow'), replyToken: replyToken.optional(), follow: z.looseObject({ isUnblocked: z.boolean() }).optional() }),
  z.looseObject({ ...common, type: z.literal('unfollow') }),
  z.looseObject({ ...common, type: z.literal('join'), replyToken: replyToken.optional() }),
  z.looseObject({ ...common, type: z.literal('leave') }),
  z.looseObject({ ...common, type: z.literal('unsend'), unsend: z.looseObject({ messageId: lineId }) }),
  z.looseObject({ ...common, type: z.literal('memberJoined'), replyToken: replyToken.optional(), joined: z.looseObject({ members: z.array(userSource).max(1_000) }) }),
  z.looseObject({ ...common, type: z.literal('memberLeft'), left: z.looseObject({ members: z.array(userSource).max(1_000) }) }),
  z.looseObject({ ...common, type: z.literal('videoPlayComplete'), replyToken: replyToken.optional(), videoPlayComplete: z.looseObject({ trackingId: shortText(100) }) }),
  z.looseObject({ ...common, type: z.literal('beacon'), replyToken: replyToken.optional(), beacon: z.looseObject({ hwid: shortText(20), type: shortText(20), dm: shortText(200).optional() }) }),
  z.looseObject({ ...common, type: z.literal('accountLink'), replyToken: replyToken.optional(), link: z.looseObject({ result: z.enum(['ok', 'failed']), nonce: shortText(255) }) }),
] as const;

const eventSchemaByType = new Map<unknown, z.ZodType>(knownEvents.map((schema) => [schema.shape.type.value, schema]));

/** LINE adds event types; one the bot does not know is checked for the common fields only and acknowledged. */
const otherEvent = z.looseObject({ ...common, type: z.string().min(1).max(50), replyToken: replyToken.optional() });

/** The schema for an event of this type (chosen by type, so a refusal names the field that is wrong). */
export function eventSchemaFor(type: unknown): z.ZodType {
  return eventSchemaByType.get(type) ?? otherEvent;
}

/** The body itself: anything else is not a LINE webhook, and gets 400. */
export const webhookBodySchema = z.looseObject({
  destination: shortText(100),
  events: z.array(z.looseObject({})).max(1_000),
});
