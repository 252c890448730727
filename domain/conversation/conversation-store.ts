import { ConversationStateModel } from '../../models/conversation-state.ts';

export type Conversation = { flow: string; step: string; data: Record<string, unknown> };

export type ConversationStore = {
  get(lineUserId: string): Promise<Conversation | null>;
  set(lineUserId: string, conversation: Conversation): Promise<void>;
  clear(lineUserId: string): Promise<void>;
};

/** Conversation state lives in MongoDB so any instance can continue any user's conversation. */
export function createConversationStore(ttlMinutes: number, now: () => Date = () => new Date()): ConversationStore {
  return {
    async get(lineUserId) {
      const state = await ConversationStateModel.findOne({ lineUserId, expiresAt: { $gt: now() } }).lean();
      if (!state) return null;
      return { flow: state.flow, step: state.step, data: (state.data ?? {}) as Record<string, unknown> };
    },
    async set(lineUserId, conversation) {
      const expiresAt = new Date(now().getTime() + ttlMinutes * 60_000);
      await ConversationStateModel.updateOne(
        { lineUserId },
        { $set: { ...conversation, expiresAt } },
        { upsert: true },
      );
    },
    async clear(lineUserId) {
      await ConversationStateModel.deleteOne({ lineUserId });
    },
  };
}
