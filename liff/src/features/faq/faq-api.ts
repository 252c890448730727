import type { FaqEntry } from '../../../../domain/faq/types.ts';
import { apiRequest } from '../../lib/api-client.ts';

/** `GET /api/staff/faqs` rows: the entry with how often it answered and how it was voted. */
export type FaqSummary = FaqEntry & { hitCount: number; helpfulCount: number; notHelpfulCount: number; updatedAt?: string };

export function saveFaq(entry: FaqEntry, isNew: boolean): Promise<{ faq: FaqSummary }> {
  if (isNew) return apiRequest('/staff/faqs', { method: 'POST', body: entry });
  const { id, ...patch } = entry;
  return apiRequest(`/staff/faqs/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

export function setFaqEnabled(faqId: string, enabled: boolean): Promise<{ faq: FaqSummary }> {
  return apiRequest(`/staff/faqs/${encodeURIComponent(faqId)}`, { method: 'PATCH', body: { enabled } });
}

/** Case- and space-insensitive match on the question, its variants, keywords and answer. */
export function matchesSearch(faq: FaqEntry, search: string): boolean {
  const needle = squeeze(search);
  if (!needle) return true;
  return [faq.id, faq.question, faq.answer, faq.category, ...faq.variants, ...faq.keywords].some((text) => squeeze(text).includes(needle));
}

function squeeze(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}
