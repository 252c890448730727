import { CaseModel } from '../../models/case.ts';
import { redactContacts } from './redact.ts';
import { before, countIf, durationStats, isDate, within, type Expr, type Window } from './pipeline-expressions.ts';
import type { Breakdown, CaseFigures, Reason, Stats } from './report-types.ts';

const REASONS_SHOWN = 10;

/**
 * Every case figure of one period from one aggregation: a $project marks what each case counts
 * for (received, resolved, open at the end…), then a $facet adds up each table. Only the small
 * results cross the wire; the cases themselves are never loaded here. `only` narrows the cases
 * (one office's), with fixed values only, never user input.
 */
export async function caseFigures(window: Window, only: Record<string, unknown> = {}): Promise<CaseFigures> {
  const pipeline = [{ $match: { ...only, createdAt: { $lt: window.end } } }, { $project: caseMarks(window) }, { $facet: facetsOf() }];
  const [facets] = await CaseModel.collection.aggregate<RawFacets>(pipeline).toArray();
  return toFigures(facets!);
}

function caseMarks(window: Window): Expr {
  const stepInWindow = { $and: [{ $in: ['$$step.action', ['forward', 'reject', 'reopen']] }, { $gte: ['$$step.at', window.start] }, { $lt: ['$$step.at', window.end] }] };
  return {
    _id: 0,
    kind: 1,
    category: 1,
    officeCode: 1,
    district: { $ifNull: ['$area.districtCode', ''] },
    received: within('createdAt', window),
    resolved: within('resolvedAt', window),
    closed: within('closedAt', window),
    open: { $and: [{ $not: [before('resolvedAt', window.end)] }, { $not: [before('closedAt', window.end)] }] },
    acceptMs: { $cond: [within('acceptedAt', window), { $subtract: ['$acceptedAt', '$createdAt'] }, null] },
    resolveMs: { $cond: [within('resolvedAt', window), { $subtract: ['$resolvedAt', '$createdAt'] }, null] },
    onTime: { $and: [within('resolvedAt', window), { $lte: ['$resolvedAt', '$dueAt'] }] },
    // Due in the period and not resolved by then; a case refused or cancelled was never late work.
    overdue: {
      $and: [within('dueAt', window), { $not: [{ $in: ['$status', ['rejected', 'cancelled']] }] }, { $or: [{ $not: [isDate('resolvedAt')] }, { $gt: ['$resolvedAt', '$dueAt'] }] }],
    },
    escalated: within('escalatedAt', window),
    rated: within('rating.at', window),
    score: '$rating.score',
    anonymised: within('anonymisedAt', window),
    steps: { $filter: { input: { $ifNull: ['$history', []] }, as: 'step', cond: stepInWindow } },
  };
}

function breakdownBy(key: string): Expr[] {
  return [
    { $match: { $or: [{ received: true }, { resolved: true }, { open: true }] } },
    { $group: { _id: key, received: countIf('$received'), resolved: countIf('$resolved'), openAtEnd: countIf('$open') } },
    { $sort: { _id: 1 } },
  ];
}

function facetsOf(): Record<string, Expr[]> {
  const totals = { received: countIf('$received'), resolved: countIf('$resolved'), closed: countIf('$closed'), openAtEnd: countIf('$open'), onTime: countIf('$onTime'), overdue: countIf('$overdue'), escalated: countIf('$escalated'), anonymised: countIf('$anonymised') };
  return {
    totals: [{ $group: { _id: null, ...totals } }],
    ratings: [{ $match: { rated: true } }, { $group: { _id: '$score', n: { $sum: 1 } } }],
    accept: durationStats('acceptMs'),
    resolve: durationStats('resolveMs'),
    steps: [{ $unwind: '$steps' }, { $group: { _id: { action: '$steps.action', note: { $ifNull: ['$steps.note', ''] } }, n: { $sum: 1 } } }, { $sort: { n: -1, '_id.note': 1 } }],
    byKind: breakdownBy('$kind'),
    byCategory: breakdownBy('$category'),
    byOffice: breakdownBy('$officeCode'),
    byDistrict: breakdownBy('$district'),
  };
}

type Counts = Record<'received' | 'resolved' | 'closed' | 'openAtEnd' | 'onTime' | 'overdue' | 'escalated' | 'anonymised', number>;
type RawBreakdown = { _id: string | null; received: number; resolved: number; openAtEnd: number };
type RawFacets = {
  totals: Counts[];
  ratings: { _id: unknown; n: number }[];
  accept: Stats[];
  resolve: Stats[];
  steps: { _id: { action: string; note: string }; n: number }[];
  byKind: RawBreakdown[];
  byCategory: RawBreakdown[];
  byOffice: RawBreakdown[];
  byDistrict: RawBreakdown[];
};

const NO_STATS: Stats = { count: 0, median: null, p90: null };

function toFigures(raw: RawFacets): CaseFigures {
  const totals = raw.totals[0] ?? { received: 0, resolved: 0, closed: 0, openAtEnd: 0, onTime: 0, overdue: 0, escalated: 0, anonymised: 0 };
  const distribution = [1, 2, 3, 4, 5].map((score) => raw.ratings.find((row) => Number(row._id) === score)?.n ?? 0);
  const steps = (action: string) => raw.steps.filter((row) => row._id.action === action);
  const reasons = (action: string): Reason[] => steps(action).slice(0, REASONS_SHOWN).map((row) => ({ reason: redactContacts(row._id.note.trim()), count: row.n }));
  const sum = (rows: { n: number }[]) => rows.reduce((total, row) => total + row.n, 0);
  const breakdown = (rows: RawBreakdown[]): Breakdown[] => rows.map((row) => ({ key: row._id ?? '', label: row._id ?? '', received: row.received, resolved: row.resolved, openAtEnd: row.openAtEnd }));
  return {
    ...totals,
    acceptMs: raw.accept[0] ?? NO_STATS,
    resolveMs: raw.resolve[0] ?? NO_STATS,
    forwarded: sum(steps('forward')),
    rejected: sum(steps('reject')),
    reopened: sum(steps('reopen')),
    forwardReasons: reasons('forward'),
    rejectReasons: reasons('reject'),
    ratings: { count: distribution.reduce((total, n) => total + n, 0), sum: distribution.reduce((total, n, index) => total + n * (index + 1), 0), distribution },
    byKind: breakdown(raw.byKind),
    byCategory: breakdown(raw.byCategory),
    byOffice: breakdown(raw.byOffice),
    byDistrict: breakdown(raw.byDistrict),
  };
}
