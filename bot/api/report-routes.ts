import { Router, type Response } from 'express';
import type { CaseService } from '../../domain/cases/case-service.ts';
import { halfContaining, parsePeriod, previousPeriod, reportFileName, type ReportPeriod } from '../../domain/reports/report-period.ts';
import { reportFor } from '../../domain/reports/report-service.ts';
import { recentCache } from '../../domain/reports/recent-cache.ts';
import { isReportFormat, REPORT_FORMATS } from '../../domain/reports/render/report-files.ts';

const HALVES_LISTED = 6;
/** The page's figures and its downloads a minute later are the same report. */
const REPORT_CACHE_MS = 60_000;

/** The fiscal halves staff can open: the one running now and the five before it. */
function recentHalves(now: Date): ReportPeriod[] {
  const halves = [halfContaining(now)];
  while (halves.length < HALVES_LISTED) halves.push(previousPeriod(halves.at(-1)!));
  return halves;
}

function refusePeriod(res: Response, text: string): void {
  res.status(400).json({ error: 'invalid_period', message: `ไม่รู้จักงวด «${text.slice(0, 40)}» ค่ะ ใช้ปีงบประมาณ เช่น 2570-H1 (ต.ค.–มี.ค.) หรือช่วงวัน 2026-10-01..2027-03-31`, fields: { period: 'งวดไม่ถูกต้อง' } });
}

/**
 * `/api/staff/reports` (staff and admins): the periods, a period's report as JSON for the page's
 * figures and charts, and the same report as PDF, Excel or CSV (`/:period/files/pdf|xlsx|csv`).
 */
export function createReportRoutes(cases: CaseService): Router {
  const router = Router();
  const byName = recentCache(REPORT_CACHE_MS, async (name) => reportFor(parsePeriod(name)!, { lookups: { offices: await cases.offices(), areas: await cases.areas() }, now: cases.now() }));
  const load = (period: ReportPeriod) => byName(period.name);
  const periodOf = (text: string, res: Response): ReportPeriod | null => {
    const period = parsePeriod(text);
    if (!period) refusePeriod(res, text);
    else if (period.start.getTime() > cases.now().getTime()) {
      res.status(400).json({ error: 'future_period', message: 'งวดนี้ยังไม่เริ่มค่ะ', fields: { period: 'ยังไม่ถึงงวดนี้' } });
      return null;
    }
    return period;
  };
  router.get('/', (_req, res) => {
    const now = cases.now();
    res.json({ current: halfContaining(now).name, periods: recentHalves(now).map((period) => ({ name: period.name, label: period.label, finished: period.end.getTime() <= now.getTime() })) });
  });
  router.get('/:period/files/:format', async (req, res) => {
    const { format } = req.params;
    if (!isReportFormat(format)) {
      res.status(404).json({ error: 'unknown_format', message: 'มีไฟล์แบบ PDF, Excel (xlsx) และ CSV ค่ะ' });
      return;
    }
    const period = periodOf(req.params.period, res);
    if (!period) return;
    const report = await load(period);
    const body = await REPORT_FORMATS[format].render(report);
    res.set({ 'content-type': REPORT_FORMATS[format].contentType, 'content-disposition': `attachment; filename="${reportFileName(report.period, format)}"`, 'cache-control': 'private, no-store' });
    res.send(body);
  });
  router.get('/:period', async (req, res) => {
    const period = periodOf(req.params.period, res);
    if (period) res.set('cache-control', 'private, no-store').json({ report: await load(period) });
  });
  return router;
}

