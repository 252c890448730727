import type { Types } from 'mongoose';
import { UnansweredGroupModel } from '../../models/unanswered-group.ts';
import { UnansweredQuestionModel } from '../../models/unanswered-question.ts';
import type { FaqCandidate } from '../faq/types.ts';
import { questionSignature, questionSimilarity, SAME_QUESTION, signatureGrams } from './question-signature.ts';

const EXAMPLES_KEPT = 5;
/** Groups sharing a band key with a new question, most recent first; far more than ever match. */
const CANDIDATES = 50;

/** Sorts most asked first, then most recent; _id breaks ties so every key is unique. */
export function listKeyOf(count: number, lastAskedAt: Date, id: Types.ObjectId | string): string {
  return `${String(count).padStart(8, '0')}|${lastAskedAt.toISOString()}|${String(id)}`;
}

async function findHome(text: string): Promise<{ id: Types.ObjectId | null; signature: ReturnType<typeof questionSignature> }> {
  const signature = questionSignature(text);
  if (signature.bandKeys.length === 0) return { id: null, signature };
  const candidates = await UnansweredGroupModel.find({ status: 'open', bandKeys: { $in: signature.bandKeys } }, { content: 1, normalizedTitle: 1, lastAskedAt: 1 })
    .sort({ lastAskedAt: -1 })
    .limit(CANDIDATES)
    .lean();
  let best: { id: Types.ObjectId; similarity: number } | null = null;
  for (const candidate of candidates) {
    const similarity = questionSimilarity(signature.grams, signatureGrams(candidate.normalizedTitle, candidate.content));
    if (similarity >= SAME_QUESTION && similarity > (best?.similarity ?? 0)) best = { id: candidate._id, similarity };
  }
  return { id: best?.id ?? null, signature };
}

async function joinGroup(id: Types.ObjectId, question: NewGroupMember): Promise<boolean> {
  const updated = await UnansweredGroupModel.findOneAndUpdate(
    { _id: id, status: 'open' },
    {
      $inc: { count: 1 },
      $max: { lastAskedAt: question.askedAt },
      $push: { examples: { $each: [question.text], $slice: -EXAMPLES_KEPT } },
      ...(question.bestGuess ? { $set: { bestGuess: question.bestGuess } } : {}),
    },
    { returnDocument: 'after', projection: { count: 1, lastAskedAt: 1 } },
  ).lean();
  if (!updated) return false;
  // Only the writer that saw the current count sets the key, so a concurrent join never leaves a stale one.
  await UnansweredGroupModel.updateOne({ _id: id, count: updated.count }, { $set: { listKey: listKeyOf(updated.count, updated.lastAskedAt, id) } });
  return true;
}

export type NewGroupMember = { questionId: Types.ObjectId | string; text: string; askedAt: Date; bestGuess: FaqCandidate | null };

/** Puts a newly stored unanswered question into the group that asks the same thing, or starts one. */
export async function assignToGroup(question: NewGroupMember): Promise<Types.ObjectId> {
  const home = await findHome(question.text);
  let groupId = home.id && (await joinGroup(home.id, question)) ? home.id : null;
  if (!groupId) {
    const created = new UnansweredGroupModel({
      title: question.text,
      normalizedTitle: home.signature.normalized,
      content: home.signature.content,
      bandKeys: home.signature.bandKeys,
      count: 1,
      firstAskedAt: question.askedAt,
      lastAskedAt: question.askedAt,
      examples: [question.text],
      bestGuess: question.bestGuess,
      status: 'open',
      listKey: '',
    });
    created.listKey = listKeyOf(1, question.askedAt, created._id);
    await created.save();
    groupId = created._id;
  }
  await UnansweredQuestionModel.updateOne({ _id: question.questionId }, { $set: { groupId } });
  return groupId;
}

/** After questions were erased (unsend): counts, examples and title come from what is left; an empty group goes. */
export async function recountGroups(groupIds: readonly Types.ObjectId[]): Promise<void> {
  for (const groupId of groupIds) {
    const count = await UnansweredQuestionModel.countDocuments({ groupId });
    if (count === 0) {
      await UnansweredGroupModel.deleteOne({ _id: groupId });
      continue;
    }
    const latest = await UnansweredQuestionModel.find({ groupId }, { text: 1, askedAt: 1 }).sort({ askedAt: -1 }).limit(EXAMPLES_KEPT).lean();
    const [first] = await UnansweredQuestionModel.find({ groupId }, { text: 1, askedAt: 1 }).sort({ askedAt: 1 }).limit(1).lean();
    const lastAskedAt = latest[0]?.askedAt ?? new Date();
    const signature = questionSignature(first?.text ?? '');
    await UnansweredGroupModel.updateOne(
      { _id: groupId },
      {
        $set: {
          count,
          lastAskedAt,
          examples: latest.map((question) => question.text).reverse(),
          title: first?.text ?? '',
          normalizedTitle: signature.normalized,
          content: signature.content,
          bandKeys: signature.bandKeys,
          listKey: listKeyOf(count, lastAskedAt, groupId),
        },
      },
    );
  }
}
