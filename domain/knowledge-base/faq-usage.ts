import { FaqShowModel, FaqVoteModel } from '../../models/faq-ask.ts';

/** What staff see on an entry: «ตอบไป N ครั้ง · ตรงคำถาม N · ไม่ตรง N». */
export type FaqUsage = { hitCount: number; helpfulCount: number; notHelpfulCount: number };

/**
 * Counted from the per-event logs (one record per answer shown or vote, idempotent by event id),
 * so a retried event never counts twice. Each figure is one count on an index ({faqId} or
 * {faqId, helpful}): reading the counts does not read the records, so listing every entry costs
 * three counts per entry however long the logs grow (a $group by faqId would decode every record).
 */
export async function countFaqUsage(faqId: string): Promise<FaqUsage> {
  const [hitCount, helpfulCount, notHelpfulCount] = await Promise.all([
    FaqShowModel.countDocuments({ faqId }),
    FaqVoteModel.countDocuments({ faqId, helpful: true }),
    FaqVoteModel.countDocuments({ faqId, helpful: false }),
  ]);
  return { hitCount, helpfulCount, notHelpfulCount };
}
