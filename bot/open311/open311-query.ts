import { CASE_STATUS_CODES, CASE_STATUSES } from '../../domain/cases/case-statuses.ts';
import { findCategory } from '../../domain/cases/categories.ts';
import { DAY_MS } from '../../domain/time/thai-time.ts';
import type { Open311Error } from './georeport-fields.ts';

/** A GET /requests query read and checked: the specification's filters, and page/page_size as FixMyStreet adds. */
export type RequestQuery = { filter: Record<string, unknown>; page: number; pageSize: number };

const OPEN = CASE_STATUS_CODES.filter((status) => CASE_STATUSES[status].group === 'open');
const CLOSED = CASE_STATUS_CODES.filter((status) => CASE_STATUSES[status].group !== 'open');
const W3C = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const TICKET = /^CC-\d{4}-\d{5}$/;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 2_000 ? value : undefined;
}

function list(value: unknown): string[] {
  return (text(value) ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

/** A W3C datetime; without a zone it is Bangkok time (the jurisdiction's own). */
function dateOf(value: string): Date | null {
  if (!W3C.test(value)) return null;
  const zoned = /Z|[+-]\d{2}:?\d{2}$/.test(value) ? value : value.length === 10 ? `${value}T00:00:00+07:00` : `${value}+07:00`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function readRequestQuery(query: Record<string, unknown>, limits: { defaultDays: number; maxRequests: number }, now: Date): RequestQuery | Open311Error {
  const filter: Record<string, unknown> = {};
  const ids = list(query.service_request_id);
  if (ids.some((id) => !TICKET.test(id))) return { code: 400, description: 'service_request_id: เลขที่เรื่องรูปแบบ CC-2570-00001 คั่นด้วยจุลภาค (ticket numbers, comma separated)' };
  if (ids.length > 0) filter.ticket = { $in: ids };
  const services = list(query.service_code);
  if (services.some((code) => !findCategory(code))) return { code: 400, description: `service_code: ไม่รู้จัก ${services.filter((code) => !findCategory(code)).join(', ')} (see services.json)` };
  if (services.length > 0) filter.category = { $in: services };
  const statuses = list(query.status);
  if (statuses.some((status) => status !== 'open' && status !== 'closed')) return { code: 400, description: 'status: open หรือ closed (open or closed)' };
  if (statuses.length === 1) filter.status = { $in: statuses[0] === 'open' ? OPEN : CLOSED };
  const [start, end] = [text(query.start_date), text(query.end_date)].map((value) => (value === undefined ? undefined : dateOf(value)));
  if (start === null || end === null) return { code: 400, description: 'start_date / end_date: วันเวลาแบบ W3C เช่น 2027-01-31T00:00:00+07:00' };
  if (start && end && start > end) return { code: 400, description: 'start_date อยู่หลัง end_date (start_date is after end_date)' };
  // The specification's default when no date is given: the last 90 days. A lookup by id has no default window.
  const from = start ?? (end || ids.length > 0 ? undefined : new Date(now.getTime() - limits.defaultDays * DAY_MS));
  if (from || end) filter.createdAt = { ...(from ? { $gte: from } : {}), ...(end ? { $lte: end } : {}) };
  const pageSize = Math.min(limits.maxRequests, Math.max(1, Number(text(query.page_size)) || limits.maxRequests));
  const page = Math.max(1, Math.floor(Number(text(query.page)) || 1));
  return { filter, page, pageSize };
}
