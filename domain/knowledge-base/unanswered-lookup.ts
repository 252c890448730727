import { Types } from 'mongoose';
import { UnansweredQuestionModel } from '../../models/unanswered-question.ts';

/** A villager's own stored question (never someone else's), to carry into a consultation. */
export async function findOwnUnansweredQuestion(id: string, lineUserId: string): Promise<{ id: string; text: string } | null> {
  if (!Types.ObjectId.isValid(id)) return null;
  const question = await UnansweredQuestionModel.findOne({ _id: id, lineUserId }, { text: 1 }).lean();
  return question ? { id: String(question._id), text: question.text } : null;
}
