import { Router, type Request } from 'express';
import type { CaseService } from '../../domain/cases/case-service.ts';
import { exportCasesCsv } from '../../domain/cases/case-export.ts';
import { countStaffCases, listStaffCases, type StaffCaseFilter } from '../../domain/cases/case-queries.ts';
import { buddhistDateStamp } from '../../domain/time/thai-time.ts';
import { caseActorOf } from './case-actor.ts';

const FILTER_KEYS = ['status', 'officeCode', 'districtCode', 'category', 'kind', 'from', 'to', 'q'] as const;

/** Query parameters as plain strings only: an array or object (`?status[$ne]=x`) is ignored, never passed on. */
export function staffFilterOf(req: Request): StaffCaseFilter {
  const filter: StaffCaseFilter = {};
  for (const key of FILTER_KEYS) {
    const value = req.query[key];
    if (typeof value === 'string' && value.length > 0 && value.length <= 60) filter[key] = value;
  }
  return filter;
}

/** `/api/staff/cases`: every office's cases with filters and counts, and the CSV export. */
export function createStaffCaseRoutes(cases: CaseService): Router {
  const router = Router();
  router.get('/cases', async (req, res) => {
    const filter = staffFilterOf(req);
    const limit = Math.min(100, Math.max(1, Number(req.query.limit) || 30));
    const cursor = typeof req.query.cursor === 'string' ? req.query.cursor : undefined;
    const [page, counts] = await Promise.all([listStaffCases(filter, { cursor, limit }), countStaffCases(filter)]);
    const actor = caseActorOf(res);
    res.json({ cases: await Promise.all(page.cases.map((stored) => cases.view(stored, actor))), counts: counts.counts, total: counts.total, nextCursor: page.nextCursor });
  });
  router.get('/cases.csv', async (req, res) => {
    const [offices, areas] = await Promise.all([cases.offices(), cases.areas()]);
    res.set({ 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="cases-${buddhistDateStamp(cases.now())}.csv"` });
    exportCasesCsv(staffFilterOf(req), { offices, areas }).on('error', () => res.destroy()).pipe(res);
  });
  return router;
}
