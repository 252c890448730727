import { CounterModel } from '../../models/case.ts';
import { buddhistYear } from '../time/thai-time.ts';

/** `CC-2569-00042`: the Buddhist year the case was filed in Bangkok, and its place in that year. */
export function formatTicket(year: number, sequence: number): string {
  return `CC-${year}-${String(sequence).padStart(5, '0')}`;
}

export const TICKET_PATTERN = /^CC-\d{4}-\d{5,}$/;

/**
 * The next ticket number from a per-year counter. `$inc` is atomic, so concurrent filings get
 * distinct numbers; a filing is fully validated before it asks, so a refused one leaves no gap.
 */
export async function allocateTicket(now: Date): Promise<string> {
  const year = buddhistYear(now);
  const counter = await CounterModel.findOneAndUpdate(
    { _id: `case-ticket:${year}` },
    { $inc: { seq: 1 } },
    { upsert: true, returnDocument: 'after' },
  ).lean();
  return formatTicket(year, counter!.seq);
}
