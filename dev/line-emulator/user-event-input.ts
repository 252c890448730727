import { z } from 'zod';

const postbackParams = z
  .object({ date: z.string(), time: z.string(), datetime: z.string() })
  .partial()
  .strict();

/** What a user can do in the chat, as the control API and the console describe it (images come as raw uploads). */
export const userEventInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().min(1).max(5000) }),
  z.object({
    type: z.literal('location'),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    title: z.string().max(100).optional(),
    address: z.string().max(100).optional(),
  }),
  z.object({
    type: z.literal('sticker'),
    packageId: z.string().min(1),
    stickerId: z.string().min(1),
    keywords: z.array(z.string()).max(15).optional(),
  }),
  z.object({
    type: z.literal('postback'),
    data: z.string().max(300),
    params: postbackParams.optional(),
    /** Shown as the user's bubble (like LINE does with displayText); never sent in the event. */
    displayText: z.string().max(300).optional(),
  }),
  z.object({ type: z.literal('follow'), isUnblocked: z.boolean().optional() }),
  z.object({ type: z.literal('unfollow') }),
]);

export interface ImageInput {
  type: 'image';
  content: Buffer;
  contentType: string;
}

export type UserEventInput = z.infer<typeof userEventInputSchema> | ImageInput;
