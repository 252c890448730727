import { z } from 'zod';
import { USER_ID_PATTERN } from '../ids.ts';
import { PERSONA_ROLES } from '../user-directory.ts';
import type { Delivery, EmulatorUser, WebhookLogEntry } from '../types.ts';

export type JournalRecord =
  | { t: 'user'; user: EmulatorUser }
  | { t: 'webhook'; entry: WebhookLogEntry }
  | { t: 'delivery'; delivery: Delivery }
  | { t: 'content'; messageId: string; contentType: string };

/** LINE message IDs are decimal; checked because the ID names a file. */
export const MESSAGE_ID_PATTERN = /^\d{1,40}$/;

const userRecord = z.object({
  t: z.literal('user'),
  user: z.object({
    userId: z.string().regex(USER_ID_PATTERN),
    displayName: z.string(),
    role: z.enum(PERSONA_ROLES),
    following: z.boolean(),
    blocked: z.boolean().default(false),
  }).loose(),
});
const webhookRecord = z.object({
  t: z.literal('webhook'),
  entry: z.object({ at: z.number(), events: z.array(z.record(z.string(), z.unknown())) }).loose(),
});
const deliveryRecord = z.object({
  t: z.literal('delivery'),
  delivery: z.object({ messageId: z.string(), deliveredAt: z.number(), message: z.record(z.string(), z.unknown()) }).loose(),
});
const contentRecord = z.object({
  t: z.literal('content'),
  messageId: z.string().regex(MESSAGE_ID_PATTERN),
  contentType: z.enum(['image/png', 'image/jpeg']),
});
const recordSchema = z.discriminatedUnion('t', [userRecord, webhookRecord, deliveryRecord, contentRecord]);

/** One journal line, or undefined when it is not a record this emulator wrote (e.g. cut off by a crash). */
export function parseRecord(line: string): JournalRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const parsed = recordSchema.safeParse(value);
  // The checked fields are the ones the emulator relies on; the rest is stored as the emulator wrote it.
  return parsed.success ? (parsed.data as unknown as JournalRecord) : undefined;
}
