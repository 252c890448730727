import { apiRequest } from '../../lib/api-client.ts';
import type { PrivacyRequestView } from '../../../../domain/privacy/privacy-request-view.ts';
import type { PersonExport, summarisePerson } from '../../../../domain/privacy/export-person.ts';
import type { Retention } from '../../../../domain/privacy/personal-data.ts';

/** The API's shapes come from the domain that builds them, so page and server cannot disagree. */
export type { PrivacyRequestView, Retention };
export type MyData = PersonExport & { retention: Retention };
export type Section = PersonExport['sections'][number];
export type RequestKind = PrivacyRequestView['kind'];
/** What POST /api/me/privacy-requests answers: the number to quote and the legal deadline. */
export type RecordedRequest = { number: string; kind: RequestKind; status: string; requestedAt: string; dueAt: string };
/** One kind of record an erasure will remove, counted (GET …/holdings). */
export type Holding = Awaited<ReturnType<typeof summarisePerson>>[number];

export const KIND_LABELS: Record<RequestKind, string> = { access: 'ขอดูข้อมูล', erasure: 'ขอลบข้อมูล' };

const staffPath = (id: string, action: string) => `/staff/privacy-requests/${encodeURIComponent(id)}/${action}`;

export const privacyApi = {
  /** One key per request the person means to make, so a double tap or a retry records it once. */
  request: (kind: RequestKind, key: string) =>
    apiRequest<{ request: RecordedRequest }>('/me/privacy-requests', { method: 'POST', body: { kind }, headers: { 'idempotency-key': key } }),
  holdings: (id: string) => apiRequest<{ holdings: Holding[] }>(staffPath(id, 'holdings')),
  complete: (id: string) => apiRequest<{ ok: boolean }>(staffPath(id, 'complete'), { method: 'POST', body: {} }),
};

/** The person's requests still being handled, read from their own data (the privacy_requests section). */
export function openRequests(data: MyData): RecordedRequest[] {
  const section = data.sections.find((candidate) => candidate.collection === 'privacy_requests');
  return ((section?.documents ?? []) as RecordedRequest[]).filter((request) => request.status === 'open');
}
