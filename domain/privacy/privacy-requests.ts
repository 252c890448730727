import { isDuplicateKeyError } from '../../db/is-duplicate-key-error.ts';
import { CounterModel } from '../../models/case.ts';
import { PrivacyRequestModel, type PrivacyRequestDocument } from '../../models/privacy-request.ts';
import { addDays, buddhistYear } from '../time/thai-time.ts';
import { erasePerson } from './erase-person.ts';
import { PDPA_RESPONSE_DAYS } from './pdpa-deadline.ts';

export type PrivacyRequest = PrivacyRequestDocument;

/**
 * Records a request (once per event: `requestKey`); an open request of the same kind is reused,
 * so asking twice does not make two. Numbered PR-<Buddhist year>-<4 digits> for the villager to quote.
 */
export async function recordPrivacyRequest(input: { lineUserId: string; kind: 'access' | 'erasure'; requestKey: string; now: Date }): Promise<PrivacyRequest> {
  const open = await PrivacyRequestModel.findOne({ lineUserId: input.lineUserId, kind: input.kind, status: 'open' }).lean();
  if (open) return open as PrivacyRequest;
  const year = buddhistYear(input.now);
  const counter = await CounterModel.findOneAndUpdate({ _id: `privacy-request:${year}` }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: 'after' }).lean();
  try {
    const created = await PrivacyRequestModel.create({
      number: `PR-${year}-${String(counter!.seq).padStart(4, '0')}`,
      lineUserId: input.lineUserId,
      kind: input.kind,
      status: 'open',
      requestedAt: input.now,
      dueAt: addDays(input.now, PDPA_RESPONSE_DAYS),
      requestKey: input.requestKey,
    });
    return created.toObject() as PrivacyRequest;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    // The same event again, or another ask of the same kind that got in first: either way, that request.
    const sameOpen = { lineUserId: input.lineUserId, kind: input.kind, status: 'open' as const };
    return (await PrivacyRequestModel.findOne({ $or: [{ requestKey: input.requestKey }, sameOpen] }).lean()) as PrivacyRequest;
  }
}

/** Open requests by deadline, the nearest first; done ones the latest first (the oldest fall off the list). */
export async function listPrivacyRequests(status: 'open' | 'done'): Promise<PrivacyRequest[]> {
  const order: Record<string, 1 | -1> = status === 'open' ? { dueAt: 1 } : { handledAt: -1 };
  return (await PrivacyRequestModel.find({ status }).sort(order).limit(200).lean()) as PrivacyRequest[];
}

/**
 * Staff carry a request out: access is marked answered (the person reads their data on the
 * «ข้อมูลของฉัน» page, and staff send a copy made with privacy:export); erasure erases everywhere
 * and keeps the request, under the pseudonym, as the record that it was done.
 */
export async function completePrivacyRequest(id: string, input: { staffLineUserId: string; now: Date; pseudonymSecret: string }): Promise<PrivacyRequest | null> {
  const request = (await PrivacyRequestModel.findOneAndUpdate({ _id: id, status: 'open' }, { $set: { status: 'done', handledAt: input.now, handledBy: input.staffLineUserId } }, { returnDocument: 'after' }).lean()) as PrivacyRequest | null;
  if (!request) return null;
  if (request.kind === 'erasure') {
    const result = await erasePerson(request.lineUserId, input.pseudonymSecret);
    await PrivacyRequestModel.updateOne({ _id: request._id }, { $set: { result } });
  }
  return request;
}
