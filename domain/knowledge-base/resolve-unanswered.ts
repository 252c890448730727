import { Types } from 'mongoose';
import { UnansweredGroupModel, type GroupStatus } from '../../models/unanswered-group.ts';
import { UnansweredQuestionModel } from '../../models/unanswered-question.ts';
import type { FaqEntry } from '../faq/types.ts';
import { addVariant, createFaq, type FaqSummary } from './faq-admin.ts';

export class GroupNotFoundError extends Error {
  override name = 'GroupNotFoundError';
}
/** Another member of staff already added or skipped it (two taps on the same digest card). */
export class GroupClosedError extends Error {
  override name = 'GroupClosedError';
}

async function requireGroup(groupId: string): Promise<{ title: string; status: GroupStatus }> {
  const group = Types.ObjectId.isValid(groupId) ? await UnansweredGroupModel.findById(groupId, { title: 1, status: 1 }).lean() : null;
  if (!group) throw new GroupNotFoundError(groupId);
  if (group.status !== 'open') throw new GroupClosedError(groupId);
  return group;
}

async function closeGroup(groupId: string, status: Exclude<GroupStatus, 'open'>, faqId?: string): Promise<void> {
  await UnansweredGroupModel.updateOne({ _id: groupId }, { $set: { status, ...(faqId ? { resolvedFaqId: faqId } : {}) } });
  await UnansweredQuestionModel.updateMany({ groupId }, { $set: { resolved: true, ...(faqId ? { resolvedFaqId: faqId } : {}) } });
}

/** The group's wording (its title unless given) becomes a variant of an entry; the group and its questions are closed. */
export async function resolveGroupAsVariant(groupId: string, faqId: string, wording?: string): Promise<FaqSummary & { wording: string }> {
  const group = await requireGroup(groupId);
  const used = wording ?? group.title;
  const faq = await addVariant(faqId, used);
  await closeGroup(groupId, 'resolved', faqId);
  return { ...faq, wording: used };
}

export async function resolveGroupAsNewFaq(groupId: string, entry: FaqEntry): Promise<FaqSummary> {
  await requireGroup(groupId);
  const faq = await createFaq(entry);
  await closeGroup(groupId, 'resolved', faq.id);
  return faq;
}

/** Not something the knowledge base should answer: the group leaves the staff list. */
export async function dismissGroup(groupId: string): Promise<{ title: string }> {
  const group = await requireGroup(groupId);
  await closeGroup(groupId, 'dismissed');
  return { title: group.title };
}

/** The older form of the staff API names questions, not groups; a group closes once none of its questions is open. */
export async function resolveQuestions(questionIds: string[], faqId: string): Promise<void> {
  const ids = questionIds.filter((id) => Types.ObjectId.isValid(id));
  await UnansweredQuestionModel.updateMany({ _id: { $in: ids } }, { $set: { resolved: true, resolvedFaqId: faqId } });
  const groups = await UnansweredQuestionModel.distinct('groupId', { _id: { $in: ids } });
  for (const groupId of groups) {
    if (groupId && (await UnansweredQuestionModel.countDocuments({ groupId, resolved: false })) === 0) {
      await UnansweredGroupModel.updateOne({ _id: groupId }, { $set: { status: 'resolved', resolvedFaqId: faqId } });
    }
  }
}
