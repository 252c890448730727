import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Router } from 'express';
import type { CaseService } from '../../domain/cases/case-service.ts';
import { publicActivitiesOfMonth, publicDashboard } from '../../domain/reports/public-figures.ts';
import { recentCache } from '../../domain/reports/recent-cache.ts';
import type { Logger } from '../../infra/logger.ts';
import { renderPublicPage } from './public-page.ts';

/** How long a computed page is served before the figures are counted again; browsers and proxies cache as long. */
const PAGE_SECONDS = 300;
const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('@fontsource/sarabun/package.json')), 'files');
const FONTS = new Set(['thai-400', 'latin-400', 'thai-700', 'latin-700'].map((name) => `sarabun-${name}-normal.woff2`));

/**
 * `/public`: the Clinic Center's figures for anyone, no login (issue 13): counted at most every
 * five minutes per instance, cached by browsers and proxies as long, no personal data, no script.
 */
export function createPublicDashboard(options: { cases: CaseService; logger: Logger }): Router {
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
  router.get('/fonts/:file', (req, res) => {
    if (!FONTS.has(req.params.file)) {
      res.status(404).json({ error: 'not_found', message: 'ไม่พบไฟล์ค่ะ' });
      return;
    }
    res.sendFile(join(FONT_DIR, req.params.file), { maxAge: '365d', immutable: true, headers: { 'content-type': 'font/woff2' } }, (error) => {
      if (error) options.logger.warn({ err: error, file: req.params.file }, 'public font not served');
    });
  });
  return router;
}
