import { CaseModel, CounterModel } from '../../models/case.ts';
import { formatTicket } from '../../domain/cases/ticket-number.ts';
import { buddhistYear } from '../../domain/time/thai-time.ts';
import { planSeedCases, seededRandom, type SeedContext } from './cases-seed-plan.ts';

const BATCH = 1_000;

/**
 * Inserts `count` planned cases through the model in batches, numbered per Buddhist year in filing
 * order, and moves each year's ticket counter past them so cases filed afterwards continue the sequence.
 */
export async function seedCases(count: number, context: Omit<SeedContext, 'random'> & { seed?: number }): Promise<{ inserted: number; seconds: number }> {
  const started = performance.now();
  const planned = planSeedCases(count, { ...context, random: seededRandom(context.seed ?? 8) });
  const sequence = new Map<number, number>();
  const numbered = planned.map((item) => {
    const year = buddhistYear(item.createdAt);
    const next = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, next);
    return { ...item, ticket: formatTicket(year, next) };
  });
  for (let from = 0; from < numbered.length; from += BATCH) {
    // Stored as given: the seed sets createdAt/updatedAt itself, spread over the past year.
    await CaseModel.insertMany(numbered.slice(from, from + BATCH), { timestamps: false });
  }
  for (const [year, seq] of sequence) {
    await CounterModel.updateOne({ _id: `case-ticket:${year}` }, { $max: { seq } }, { upsert: true });
  }
  return { inserted: numbered.length, seconds: (performance.now() - started) / 1000 };
}
