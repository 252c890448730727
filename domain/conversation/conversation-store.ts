import { ConversationStateModel } from '../../models/conversation-state.ts';
import { createBulkWriter } from '../../infra/workers/bulk-writer.ts';
import { timestampedUpsert } from '../../infra/workers/timestamped-update.ts';

export type Conversation = { flow: string; step: string; data: Record<string, unknown> };

export type ConversationStore = {
  get(lineUserId: string): Promise<Conversation | null>;
  set(lineUserId: string, conversation: Conversation): Promise<void>;
  clear(lineUserId: string): Promise<void>;
};

/** Nearly every answer remembers its question: the answers being sent at once share one write. */
const writes = createBulkWriter(() => ConversationStateModel.collection);

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
      await writes.write({ updateOne: { filter: { lineUserId }, update: timestampedUpsert({ ...conversation, expiresAt }), upsert: true } });
    },
    async clear(lineUserId) {
      await ConversationStateModel.deleteOne({ lineUserId });
    },
  };
}
