import type { ConversationStore } from '../../domain/conversation/conversation-store.ts';
import type { FaqCandidate } from '../../domain/faq/types.ts';

/** What the bot remembers after answering, so a 👎 or «ไม่ใช่ทั้งหมด» can be tied to the question asked. */
export type FaqMemory = { question: string; bestGuess: FaqCandidate | null };

const FLOW = 'faq';

export async function rememberFaqQuestion(store: ConversationStore, lineUserId: string, step: 'answered' | 'clarifying', memory: FaqMemory): Promise<void> {
  await store.set(lineUserId, { flow: FLOW, step, data: memory });
}

export async function recallFaqQuestion(store: ConversationStore, lineUserId: string): Promise<FaqMemory | null> {
  const conversation = await store.get(lineUserId);
  if (conversation?.flow !== FLOW) return null;
  const { question, bestGuess } = conversation.data as Partial<FaqMemory>;
  return typeof question === 'string' ? { question, bestGuess: bestGuess ?? null } : null;
}
