import { UnansweredGroupModel } from '../../models/unanswered-group.ts';

export type GroupSummary = {
  groupId: string;
  title: string;
  count: number;
  lastAskedAt: Date;
  examples: string[];
  bestGuess: { faqId: string; score: number } | null;
};

export type GroupPage = { groups: GroupSummary[]; nextCursor: string | null };

export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}

const LIST_KEY = /^\d{8}\|\d{4}-\d\d-\d\dT[\d:.]+Z\|[0-9a-f]{24}$/;

/** The cursor is the last list key of a page, opaque to clients (base64url). */
export function encodeCursor(listKey: string): string {
  return Buffer.from(listKey, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const listKey = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!LIST_KEY.test(listKey)) throw new InvalidCursorError(cursor);
  return listKey;
}

/** One page of open groups, most asked first: a single walk of the {status, listKey} index. */
export async function listOpenGroups(options: { limit: number; cursor?: string }): Promise<GroupPage> {
  const filter: Record<string, unknown> = { status: 'open' };
  if (options.cursor) filter.listKey = { $lt: decodeCursor(options.cursor) };
  const documents = await UnansweredGroupModel.find(filter, { title: 1, count: 1, lastAskedAt: 1, examples: 1, bestGuess: 1, listKey: 1 })
    .sort({ listKey: -1 })
    .limit(options.limit + 1)
    .lean();
  const page = documents.slice(0, options.limit);
  const last = page.at(-1);
  return {
    groups: page.map((group) => ({
      groupId: String(group._id),
      title: group.title,
      count: group.count,
      lastAskedAt: group.lastAskedAt,
      examples: [...group.examples].reverse(),
      bestGuess: group.bestGuess ? { faqId: group.bestGuess.faqId, score: group.bestGuess.score } : null,
    })),
    nextCursor: documents.length > options.limit && last ? encodeCursor(last.listKey) : null,
  };
}
