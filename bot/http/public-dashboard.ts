import { Router } from 'express';
import type { CaseService } from '../../domain/cases/case-service.ts';
import { publicActivitiesOfMonth, publicDashboard } from '../../domain/reports/public-figures.ts';
import { recentCache } from '../../domain/reports/recent-cache.ts';
import { renderPublicPage } from './public-page.ts';

/** How long a computed page is served before the figures are counted again; browsers and proxies cache as long. */
const PAGE_SECONDS = 300;

/**
 * `/public`: the Clinic Center's figures for anyone, no login (issue 13): counted at most every
 * five minutes per instance, cached by browsers and proxies as long, no personal data, no script.
 */
export function createPublicDashboard(options: { cases: CaseService }): Router {
  const router = Router();
  const page = recentCache(PAGE_SECONDS * 1000, async () => {
    const now = options.cases.now();
    const [offices, areas] = await Promise.all([options.cases.offices(), options.cases.areas()]);
    const [dashboard, activities] = await Promise.all([publicDashboard({ offices, areas }, now), publicActivitiesOfMonth(now)]);
    return renderPublicPage(dashboard, offices.outline, activities);
  });
  router.get('/', async (_req, res) => {
    const html = await page('page');
    res.set({ 'content-type': 'text/html; charset=utf-8', 'cache-control': `public, max-age=${PAGE_SECONDS}` }).send(html);
  });
  return router;
}
