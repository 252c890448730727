import { z } from 'zod';

/** The villager's side of «คุยกับเจ้าหน้าที่»: choosing a topic, typing the question, then live. */
export const consultationStateSchema = z.object({
  stage: z.enum(['topic', 'question', 'live']),
  topic: z.string().optional(),
  question: z.string().optional(),
  consultationId: z.string().optional(),
  /** The «a person is handling this chat» note is said once per conversation. */
  noticeSent: z.boolean().default(false),
});

export type ConsultationState = z.infer<typeof consultationStateSchema>;
