import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * Where a user is in a multi-step conversation. It expires so a half-finished flow
 * does not capture a message the user sends days later.
 */
const conversationStateSchema = new Schema(
  {
    lineUserId: { type: String, required: true, unique: true },
    flow: { type: String, required: true },
    step: { type: String, required: true },
    data: { type: Schema.Types.Mixed, default: {} },
    expiresAt: { type: Date, required: true },
  },
  { timestamps: true, minimize: false },
);

conversationStateSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export type ConversationState = InferSchemaType<typeof conversationStateSchema>;
export const ConversationStateModel = model(
  'ConversationState',
  conversationStateSchema,
  'conversation_states',
);
