import { ConsultationModel } from '../../models/consultation.ts';

const DEFAULT_MINUTES = 10;
const SAMPLE = 20;

/**
 * Roughly when someone will answer: the people waiting ahead, and the median time it took staff
 * to take the last twenty consultations (ten minutes until there is history).
 */
export async function queueEstimate(openedAt: Date): Promise<{ ahead: number; minutes: number }> {
  const [ahead, recent] = await Promise.all([
    ConsultationModel.countDocuments({ status: 'waiting', openedAt: { $lt: openedAt } }),
    ConsultationModel.find({ acceptedAt: { $exists: true } }, { openedAt: 1, acceptedAt: 1 }).sort({ acceptedAt: -1 }).limit(SAMPLE).lean(),
  ]);
  const waits = recent.map((item) => (item.acceptedAt!.getTime() - item.openedAt.getTime()) / 60_000).sort((a, b) => a - b);
  const median = waits.length > 0 ? waits[Math.floor(waits.length / 2)]! : DEFAULT_MINUTES;
  return { ahead, minutes: Math.max(5, Math.ceil(median * (ahead + 1) / 5) * 5) };
}
