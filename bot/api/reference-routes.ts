import { Router } from 'express';
import { caseCategories } from '../../domain/cases/categories.ts';
import type { CaseService } from '../../domain/cases/case-service.ts';

/** What the forms pick from: the province's districts and sub-districts, the categories, the offices. */
export function createReferenceRoutes(cases: CaseService): Router {
  const router = Router();
  router.get('/areas', async (_req, res) => {
    const areas = await cases.areas();
    res.set('cache-control', 'private, max-age=3600').json({
      province: { code: areas.province.code, name: areas.province.name },
      districts: areas.districts.map((district) => ({
        code: district.code,
        name: district.name,
        subdistricts: district.subdistricts.map((sub) => ({ code: sub.code, name: sub.name })),
      })),
    });
  });
  router.get('/case-categories', (_req, res) => {
    res.json({
      categories: caseCategories().map(({ code, name, kind, slaDays }) => ({ code, name, kind, slaDays, needsResultPhoto: kind === 'problem' })),
    });
  });
  router.get('/offices', async (_req, res) => {
    res.json({ offices: (await cases.offices()).all().map(({ code, name, kind }) => ({ code, name, kind })) });
  });
  return router;
}
