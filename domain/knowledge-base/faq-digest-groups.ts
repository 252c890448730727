import { FaqEntryModel } from '../../models/faq-entry.ts';
import { UnansweredGroupModel } from '../../models/unanswered-group.ts';

/** A group as the staff digest shows it: the question, how often, and the matcher's best guess. */
export type DigestGroup = {
  groupId: string;
  title: string;
  count: number;
  bestGuess: { faqId: string; question: string } | null;
};

/** The most a digest lists; the rest wait in the staff list (and in tomorrow's digest if still new). */
export const DIGEST_LIMIT = 30;

/**
 * Marks the open groups no digest has shown yet with the day, then reads every group marked that day:
 * a re-run of the same day (after a crash) finds the same groups and sends the same messages, which the
 * outbox then refuses as duplicates; a group is never shown by two days' digests.
 */
export async function claimDigestGroups(day: string): Promise<DigestGroup[]> {
  const fresh = await UnansweredGroupModel.find({ status: 'open', digestedOn: { $exists: false } }, { _id: 1 })
    .sort({ count: -1, lastAskedAt: -1 })
    .limit(DIGEST_LIMIT)
    .lean();
  if (fresh.length > 0) {
    await UnansweredGroupModel.updateMany({ _id: { $in: fresh.map((group) => group._id) }, digestedOn: { $exists: false } }, { $set: { digestedOn: day } }, { timestamps: false });
  }
  const marked = await UnansweredGroupModel.find({ digestedOn: day }, { title: 1, count: 1, bestGuess: 1, lastAskedAt: 1 }).sort({ count: -1, lastAskedAt: -1, _id: 1 }).lean();
  const guessed = [...new Set(marked.flatMap((group) => (group.bestGuess ? [group.bestGuess.faqId] : [])))];
  const entries = await FaqEntryModel.find({ faqId: { $in: guessed }, enabled: true }, { faqId: 1, question: 1 }).lean();
  const questionOf = new Map(entries.map((entry) => [entry.faqId, entry.question]));
  return marked.map((group) => {
    const question = group.bestGuess ? questionOf.get(group.bestGuess.faqId) : undefined;
    return {
      groupId: String(group._id),
      title: group.title,
      count: group.count,
      bestGuess: group.bestGuess && question ? { faqId: group.bestGuess.faqId, question } : null,
    };
  });
}
