import { LineUserModel } from '../../models/line-user.ts';
import { isPseudonym } from './personal-data.ts';
import type { PrivacyRequest } from './privacy-requests.ts';

/** A request as the staff page shows it: the person by display name only, never their LINE id. */
export type PrivacyRequestView = {
  id: string;
  number: string;
  kind: 'access' | 'erasure';
  status: 'open' | 'done' | 'cancelled';
  /** Null once they are erased (the request then holds only a pseudonym) or when LINE gave no name. */
  name: string | null;
  erased: boolean;
  requestedAt: string;
  dueAt: string;
  overdue: boolean;
  handledAt: string | null;
};

export async function privacyRequestViews(requests: PrivacyRequest[], now: Date): Promise<PrivacyRequestView[]> {
  const people = await LineUserModel.find({ lineUserId: { $in: [...new Set(requests.map((request) => request.lineUserId))] } }, { lineUserId: 1, displayName: 1 }).lean();
  const names = new Map(people.map((person) => [person.lineUserId, person.displayName ?? null]));
  return requests.map((request) => ({
    id: String(request._id),
    number: request.number,
    kind: request.kind,
    status: request.status,
    name: names.get(request.lineUserId) ?? null,
    erased: isPseudonym(request.lineUserId),
    requestedAt: request.requestedAt.toISOString(),
    dueAt: request.dueAt.toISOString(),
    overdue: request.status === 'open' && request.dueAt.getTime() < now.getTime(),
    handledAt: request.handledAt?.toISOString() ?? null,
  }));
}
