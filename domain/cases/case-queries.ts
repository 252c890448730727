import { CaseModel } from '../../models/case.ts';
import { addDays, startOfBangkokDay } from '../time/thai-time.ts';
import { CASE_STATUS_CODES, OPEN_STATUSES, isCaseStatus } from './case-statuses.ts';
import type { StoredCase } from './case-repository.ts';

/** Cases I reported or follow, newest first. */
export async function listMyCases(lineUserId: string, limit = 30): Promise<StoredCase[]> {
  return (await CaseModel.find({ $or: [{ reporterLineUserId: lineUserId }, { followers: lineUserId }] })
    .sort({ createdAt: -1 })
    .limit(limit)
    .lean()) as StoredCase[];
}

export type QueueFilter = { status?: string | undefined; due?: 'overdue' | 'soon' | 'all' | undefined };
const SOON_DAYS = 2;

/** An office's work: open cases by due date (overdue first, as they come). */
export async function listOfficeQueue(officeCode: string, filter: QueueFilter, now: Date, limit = 100): Promise<StoredCase[]> {
  const query: Record<string, unknown> = { officeCode, status: filter.status && isCaseStatus(filter.status) ? filter.status : { $in: OPEN_STATUSES } };
  if (filter.due === 'overdue') query.dueAt = { $lt: now };
  if (filter.due === 'soon') query.dueAt = { $lt: addDays(now, SOON_DAYS) };
  return (await CaseModel.find(query).sort({ dueAt: 1 }).limit(limit).lean()) as StoredCase[];
}

export type StaffCaseFilter = {
  status?: string | undefined;
  officeCode?: string | undefined;
  districtCode?: string | undefined;
  category?: string | undefined;
  kind?: string | undefined;
  /** Bangkok calendar days, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
};

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The filter as a MongoDB query; values are checked, never passed through as operators. */
export function staffCaseQuery(filter: StaffCaseFilter, options: { withStatus: boolean } = { withStatus: true }): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  if (options.withStatus && filter.status && isCaseStatus(filter.status)) query.status = filter.status;
  if (filter.officeCode) query.officeCode = String(filter.officeCode);
  if (filter.districtCode && /^\d{4}$/.test(filter.districtCode)) query['area.districtCode'] = filter.districtCode;
  if (filter.category) query.category = String(filter.category);
  if (filter.kind === 'problem' || filter.kind === 'consultation') query.kind = filter.kind;
  const createdAt: Record<string, Date> = {};
  if (filter.from && DAY_PATTERN.test(filter.from)) createdAt.$gte = startOfBangkokDay(filter.from);
  if (filter.to && DAY_PATTERN.test(filter.to)) createdAt.$lt = addDays(startOfBangkokDay(filter.to), 1);
  if (Object.keys(createdAt).length > 0) query.createdAt = createdAt;
  if (filter.q && /^CC-\d{4}-\d+$/i.test(filter.q.trim())) query.ticket = filter.q.trim().toUpperCase();
  return query;
}

/** A page of cases across offices, newest first, with a cursor (the last case's creation time and id). */
export async function listStaffCases(filter: StaffCaseFilter, page: { cursor?: string | undefined; limit: number }): Promise<{ cases: StoredCase[]; nextCursor: string | null }> {
  const query = staffCaseQuery(filter);
  // Every status named: the {status, createdAt} index then serves the newest-first walk, not a sort of every case.
  query.status ??= { $in: CASE_STATUS_CODES };
  const after = decodeCursor(page.cursor);
  if (after) query.$or = [{ createdAt: { $lt: after.createdAt } }, { createdAt: after.createdAt, _id: { $lt: after.id } }];
  const cases = (await CaseModel.find(query).sort({ createdAt: -1, _id: -1 }).limit(page.limit + 1).lean()) as StoredCase[];
  const more = cases.length > page.limit;
  const shown = cases.slice(0, page.limit);
  const last = shown.at(-1);
  return { cases: shown, nextCursor: more && last ? encodeCursor(last) : null };
}

/**
 * Filters whose tab counts an index answers ({field, status}, models/case.ts): one count per
 * status reads index sizes only. Any other filter is grouped by status in one pass over its matches.
 */
const COUNTED_BY_INDEX = new Set(['officeCode', 'area.districtCode']);

/** How many cases match per status, ignoring the status filter itself (the page's tabs). */
export async function countStaffCases(filter: StaffCaseFilter): Promise<{ counts: Record<string, number>; total: number }> {
  const query = staffCaseQuery(filter, { withStatus: false });
  const fields = Object.keys(query);
  const byIndex = fields.length === 0 || (fields.length === 1 && COUNTED_BY_INDEX.has(fields[0]!));
  const rows = byIndex ? await countEachStatus(query) : await groupByStatus(query);
  const counts = Object.fromEntries(CASE_STATUS_CODES.map((status) => [status, 0]));
  for (const row of rows) counts[row._id] = row.n;
  return { counts, total: rows.reduce((sum, row) => sum + row.n, 0) };
}

type StatusCount = { _id: string; n: number };

async function countEachStatus(query: Record<string, unknown>): Promise<StatusCount[]> {
  return Promise.all(CASE_STATUS_CODES.map(async (status) => ({ _id: status, n: await CaseModel.countDocuments({ ...query, status }) })));
}

function groupByStatus(query: Record<string, unknown>): Promise<StatusCount[]> {
  return CaseModel.aggregate<StatusCount>([{ $match: query }, { $group: { _id: '$status', n: { $sum: 1 } } }]).exec();
}

function encodeCursor(stored: StoredCase): string {
  return Buffer.from(`${stored.createdAt.getTime()}:${String(stored._id)}`).toString('base64url');
}

function decodeCursor(cursor: string | undefined): { createdAt: Date; id: string } | null {
  if (!cursor) return null;
  const [time, id] = Buffer.from(cursor, 'base64url').toString().split(':');
  if (!time || !id || !/^\d+$/.test(time) || !/^[0-9a-f]{24}$/.test(id)) return null;
  return { createdAt: new Date(Number(time)), id };
}
