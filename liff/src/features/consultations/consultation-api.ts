import { apiRequest } from '../../lib/api-client.ts';
import type { CaseView } from '../cases/case-types.ts';
import type { ConsultationView, QueueItem, TranscriptLine } from '../../../../domain/consultations/consultation-view.ts';

/** The API's shapes come from the domain that builds them, so page and server cannot disagree. */
export type { ConsultationView, QueueItem, TranscriptLine };
export type BotAnswer = { at: string; text: string };
export type ConsultationDetail = { consultation: ConsultationView; transcript: TranscriptLine[]; case: CaseView | null; botAnswers: BotAnswer[] };
export type ConsultationStatus = ConsultationView['status'];

export const STATUS_LABELS: Record<ConsultationStatus, string> = { waiting: 'รอรับเรื่อง', active: 'กำลังคุย', ended: 'จบแล้ว' };

/** Under /api. */
export function consultationPath(id: string): string {
  return `/consultations/${encodeURIComponent(id)}`;
}

/** The chat page in the app (the staff card's «เปิดหน้าแชต» opens the same path). */
export function chatPagePath(id: string): string {
  return `/staff/consultations/${encodeURIComponent(id)}`;
}

const post = <T>(id: string, action: string, body: unknown = {}, key?: string): Promise<T> =>
  apiRequest<T>(`${consultationPath(id)}/${action}`, { method: 'POST', body, ...(key ? { headers: { 'idempotency-key': key } } : {}) });

export const consultationApi = {
  accept: (id: string) => post<{ consultation: ConsultationView }>(id, 'accept'),
  end: (id: string) => post<{ consultation: ConsultationView }>(id, 'end'),
  sendLine: (id: string, line: { text: string; photoIds: string[] }, key: string) => post<{ ok: true }>(id, 'messages', line, key),
  sendFaqAnswer: (id: string, faqId: string, key: string) => post<{ ok: true }>(id, 'faq-answer', { faqId }, key),
  addFaqVariant: (id: string, faqId: string, wording: string) => post<{ faq: { id: string; question: string } }>(id, 'faq-variant', { faqId, ...(wording.trim() ? { wording } : {}) }),
  toCase: (id: string, officeCode: string, reason: string) => post<{ ok: true; ticket: string }>(id, 'to-case', { officeCode, reason }),
};
