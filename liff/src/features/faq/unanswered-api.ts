import type { FaqEntry } from '../../../../domain/faq/types.ts';
import { apiRequest } from '../../lib/api-client.ts';

/** `GET /api/staff/unanswered`: questions the bot could not answer, grouped by similarity. */
export type UnansweredGroup = {
  groupId: string;
  title: string;
  count: number;
  lastAskedAt: string;
  examples: string[];
  bestGuess: { faqId: string; question: string } | null;
};

export type UnansweredPage = { groups: UnansweredGroup[]; nextCursor: string | null };

export function unansweredPath(cursor: string | null): string {
  return `/staff/unanswered?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
}

export type ResolveCommand =
  | { action: 'add-variant'; groupId: string; faqId: string; wording: string }
  | { action: 'create-faq'; groupId: string; entry: FaqEntry }
  | { action: 'dismiss'; groupId: string };

export function resolveGroup(command: ResolveCommand): Promise<unknown> {
  return apiRequest('/staff/unanswered/resolve', { method: 'POST', body: command });
}

/** A kebab-case id for a new entry, unique enough to need no thought; staff may change it. */
export function suggestFaqId(now = Date.now()): string {
  return `faq-${now.toString(36)}`;
}
