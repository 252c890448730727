import { Router, type Response } from 'express';
import { XMLBuilder } from 'fast-xml-parser';
import type { CaseService } from '../../domain/cases/case-service.ts';
import { openDataRules } from '../../domain/reports/open-data-rules.ts';
import { CaseModel } from '../../models/case.ts';
import { createApiRateLimit } from '../http/api-rate-limit.ts';
import type { Open311Error } from './georeport-fields.ts';
import { open311Services, PUBLIC_CASE_PROJECTION, toRequest, type PublicCaseFields } from './open311-mapping.ts';
import { readRequestQuery } from './open311-query.ts';

type Format = 'json' | 'xml';
const xml = new XMLBuilder({ format: true, suppressEmptyNode: false });
const LIST_ELEMENTS = { services: ['services', 'service'], requests: ['service_requests', 'request'], errors: ['errors', 'error'] } as const;

function send(res: Response, format: Format, kind: keyof typeof LIST_ELEMENTS, items: object[], status = 200): void {
  res.status(status).set('access-control-allow-origin', '*');
  if (format === 'json') {
    res.json(items);
    return;
  }
  const [outer, inner] = LIST_ELEMENTS[kind];
  res.type('application/xml; charset=utf-8').send(`<?xml version="1.0" encoding="utf-8"?>\n${xml.build({ [outer]: { [inner]: items } })}`);
}

function sendError(res: Response, format: Format, error: Open311Error): void {
  send(res, format, 'errors', [error], error.code);
}

function formatOf(value: string | undefined): Format | null {
  return value === 'json' || value === 'xml' ? value : null;
}

/**
 * `/open311/v2`: the GeoReport v2 read endpoints (services, requests with their filters, one
 * request), JSON or XML, for anyone (seed 4.7, open data). Reads only the public fields of a case.
 */
export function createOpen311Router(cases: CaseService, options: { requestsPerMinute: number }): Router {
  const router = Router();
  router.use(createApiRateLimit(options.requestsPerMinute));
  const lookups = async () => ({ offices: await cases.offices(), areas: await cases.areas() });
  router.get('/discovery.:format', (req, res) => {
    const format = formatOf(req.params.format);
    if (!format) return void res.status(404).end();
    const url = `${req.protocol}://${req.get('host')}/open311/v2/`;
    const endpoint = { specification: 'http://wiki.open311.org/GeoReport_v2', url, changeset: '2026-12-01T00:00:00+07:00', type: 'production', formats: ['application/json', 'text/xml'] };
    res.set('access-control-allow-origin', '*');
    if (format === 'json') res.json({ changeset: endpoint.changeset, contact: 'ศูนย์ Clinic Center', key_service: 'ไม่ต้องใช้ key (อ่านอย่างเดียว)', endpoints: [endpoint] });
    else res.type('application/xml').send(`<?xml version="1.0" encoding="utf-8"?>\n${xml.build({ discovery: { changeset: endpoint.changeset, contact: 'ศูนย์ Clinic Center', endpoints: { endpoint: { ...endpoint, formats: { format: endpoint.formats } } } } })}`);
  });
  router.get('/v2/services.:format', (req, res) => {
    const format = formatOf(req.params.format);
    if (!format) return void sendError(res, 'json', { code: 404, description: 'ใช้ .json หรือ .xml' });
    res.set('cache-control', 'public, max-age=3600');
    send(res, format, 'services', open311Services());
  });
  router.get('/v2/requests.:format', async (req, res) => {
    const format = formatOf(req.params.format);
    if (!format) return void sendError(res, 'json', { code: 404, description: 'ใช้ .json หรือ .xml' });
    const query = readRequestQuery(req.query, openDataRules().open311, cases.now());
    if ('code' in query) return void sendError(res, format, query);
    const found = await CaseModel.find(query.filter, PUBLIC_CASE_PROJECTION).sort({ createdAt: -1, _id: -1 }).skip((query.page - 1) * query.pageSize).limit(query.pageSize).lean();
    const names = await lookups();
    res.set('cache-control', 'public, max-age=60');
    send(res, format, 'requests', found.map((stored) => toRequest(stored as PublicCaseFields, names)));
  });
  router.get('/v2/requests/:id.:format', async (req, res) => {
    const format = formatOf(req.params.format);
    if (!format) return void sendError(res, 'json', { code: 404, description: 'ใช้ .json หรือ .xml' });
    const stored = /^CC-\d{4}-\d{5}$/.test(req.params.id) ? await CaseModel.findOne({ ticket: req.params.id }, PUBLIC_CASE_PROJECTION).lean() : null;
    if (!stored) return void sendError(res, format, { code: 404, description: `ไม่พบเรื่องเลขที่ ${req.params.id.slice(0, 20)} (no such service request)` });
    send(res, format, 'requests', [toRequest(stored as PublicCaseFields, await lookups())]);
  });
  return router;
}
