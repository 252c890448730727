import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { bkk, SEEDED_PERSONAL, seedReportData } from '../../helpers/report-seed.ts';
import { CaseModel } from '../../../models/case.ts';
import { publicDashboard } from '../../../domain/reports/public-figures.ts';
import { loadReportLookups } from '../../../domain/reports/build-report.ts';
import { REQUEST_FIELDS, SERVICE_FIELDS } from '../../../bot/open311/georeport-fields.ts';

const bot = useBotHarness();
const get = async (path: string) => {
  const response = await fetch(`${bot().bot.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', cache: response.headers.get('cache-control') ?? '', body: await response.text() };
};
const ALL = '?start_date=2026-01-01T00:00:00%2B07:00';
const W3C_BANGKOK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;

/** Two more cases: a third located one resolved in ต.ท่าพี่เลี้ยง (so it gets a map point) and a located nuisance (sensitive). */
async function seedExtra(): Promise<void> {
  const base = (await CaseModel.findOne({ ticket: 'CC-2569-90001' }).lean())!;
  const { _id, ...rest } = base;
  await CaseModel.collection.insertMany([
    { ...rest, ticket: 'CC-2570-00003', requestKey: 'seed:e1', status: 'resolved', createdAt: bkk('2027-02-01 09:00'), updatedAt: bkk('2027-02-03 09:00'), dueAt: bkk('2027-02-16 09:00'), acceptedAt: bkk('2027-02-01 10:00'), resolvedAt: bkk('2027-02-03 09:00'), closedAt: null, rating: null, location: { latitude: 14.47701, longitude: 100.11653, address: 'บ้านนายสมชาย' } },
    { ...rest, ticket: 'CC-2570-00004', requestKey: 'seed:e2', category: 'nuisance', status: 'new', createdAt: bkk('2027-01-20 09:00'), updatedAt: bkk('2027-01-20 09:00'), dueAt: bkk('2027-02-04 09:00'), acceptedAt: null, resolvedAt: null, closedAt: null, rating: null, location: { latitude: 14.51234, longitude: 100.15678, address: 'ข้างบ้าน' } },
  ]);
}

beforeAll(async () => {
  await seedReportData();
  await seedExtra();
});

describe('the public dashboard', () => {
  it('when the fiscal year is counted on 1 April 2570, then the figures and the sub-district map are exact', async () => {
    const dashboard = await publicDashboard(await loadReportLookups(), bkk('2027-04-01 08:00'));
    expect(dashboard).toMatchObject({ label: 'ปีงบประมาณ 2570 (1 ต.ค. 2569 – 1 เม.ย. 2570)', received: 9, resolved: 4, openNow: 4, onTimeShare: 50, medianResolveDays: 6.5, satisfaction: { mean: 3.5, count: 2 } });
    expect(dashboard.map).toEqual([
      { subdistrictCode: '720101', name: 'ท่าพี่เลี้ยง', districtName: 'เมืองสุพรรณบุรี', resolved: 3, point: { lat: 14.48, long: 100.12 } },
      { subdistrictCode: '720903', name: expect.any(String), districtName: expect.any(String), resolved: 1, point: null },
    ]);
  });

  it('when anyone opens /public, then it is Thai HTML with the self-hosted font, cached, with no script and nobody in it', async () => {
    const page = await get('/public');
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.cache).toBe('public, max-age=300');
    expect(page.body).toContain('ผลการดำเนินงาน ศูนย์ Clinic Center');
    expect(page.body).toContain('แยกตามอำเภอ');
    expect(page.body).not.toContain('<script');
    const font = await fetch(`${bot().bot.url}/assets/fonts/sarabun-thai-400-normal.woff2`);
    expect([font.status, font.headers.get('content-type'), font.headers.get('cache-control')]).toEqual([200, 'font/woff2', 'public, max-age=31536000, immutable']);
    expect((await get('/assets/fonts/..%2F..%2Fpackage.json')).status).toBe(404);
  });
});

describe('Open311 GeoReport v2', () => {
  it('when services are listed, then each category is a service with exactly the GeoReport fields', async () => {
    const services = JSON.parse((await get('/open311/v2/services.json')).body) as Record<string, unknown>[];
    expect(services.length).toBeGreaterThan(10);
    for (const service of services) expect(Object.keys(service)).toEqual([...SERVICE_FIELDS]);
    expect(services.find((service) => service.service_code === 'road')).toMatchObject({ service_name: 'ถนน ทางเท้า สะพานชำรุด', metadata: false, type: 'realtime', group: 'แจ้งปัญหา' });
  });

  it('when requests are listed, then every field is a GeoReport field, times are W3C in Bangkok and sensitive places are rounded more', async () => {
    const requests = JSON.parse((await get(`/open311/v2/requests.json${ALL}`)).body) as Record<string, unknown>[];
    expect(requests).toHaveLength(13);
    for (const request of requests) {
      expect(Object.keys(request)).toEqual([...REQUEST_FIELDS]);
      expect(['open', 'closed']).toContain(request.status);
      expect(request.requested_datetime).toMatch(W3C_BANGKOK);
    }
    const byId = (id: string) => requests.find((request) => request.service_request_id === id)!;
    expect(byId('CC-2569-90005')).toMatchObject({ status: 'closed', status_notes: 'แก้ไขเสร็จแล้ว', service_code: 'drainage', lat: 14.364, long: 100.019, requested_datetime: '2026-11-01T10:00:00+07:00', address_id: '720903' });
    expect(byId('CC-2570-00004')).toMatchObject({ service_code: 'nuisance', lat: 14.51, long: 100.16 });
    expect(byId('CC-2569-90001')).toMatchObject({ status: 'closed', status_notes: 'ปิดเรื่องแล้ว', address: 'ต.ท่าพี่เลี้ยง อ.เมืองสุพรรณบุรี จ.สุพรรณบุรี', zipcode: '72000', agency_responsible: 'เทศบาลเมืองสุพรรณบุรี' });
  });

  it('when filtered by status, service, ids and dates, then only those requests come back; a bad filter is a GeoReport error', async () => {
    const ids = async (query: string) => (JSON.parse((await get(`/open311/v2/requests.json${query}`)).body) as { service_request_id: string }[]).map((request) => request.service_request_id).sort();
    expect(await ids(`${ALL}&service_code=road`)).toEqual(['CC-2569-80001', 'CC-2569-90001', 'CC-2570-00001', 'CC-2570-00003']);
    // Resolved is «closed» in GeoReport (FixMyStreet maps fixed the same way); open is every status of the open group.
    expect(await ids(`${ALL}&status=open`)).toEqual(['CC-2569-90003', 'CC-2569-90004', 'CC-2570-00001', 'CC-2570-00004']);
    expect(await ids('?service_request_id=CC-2569-90001,CC-2569-80003')).toEqual(['CC-2569-80003', 'CC-2569-90001']);
    expect(await ids('?start_date=2027-03-31T23:59:00%2B07:00&end_date=2027-04-01T00:00:00%2B07:00')).toEqual(['CC-2569-90003', 'CC-2569-90004']);
    expect(await ids(`${ALL}&page_size=5&page=3`)).toHaveLength(3);
    const bad = await get('/open311/v2/requests.json?status=pending');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual([{ code: 400, description: expect.stringContaining('status') }]);
  });

  it('when one request or XML is asked for, then the same fields come back; an unknown id is a 404 error', async () => {
    const one = JSON.parse((await get('/open311/v2/requests/CC-2569-90006.json')).body) as Record<string, unknown>[];
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ service_request_id: 'CC-2569-90006', service_code: 'consult-law', lat: '', long: '' });
    const missing = await get('/open311/v2/requests/CC-2500-00000.json');
    expect(missing.status).toBe(404);
    const parser = new XMLParser({ isArray: (name) => name === 'request' || name === 'service' });
    const xml = await get(`/open311/v2/requests.xml${ALL}`);
    expect(xml.type).toContain('application/xml');
    const parsed = parser.parse(xml.body) as { service_requests: { request: Record<string, unknown>[] } };
    expect(parsed.service_requests.request).toHaveLength(13);
    for (const request of parsed.service_requests.request) expect(Object.keys(request)).toEqual([...REQUEST_FIELDS]);
    expect((parser.parse((await get('/open311/v2/services.xml')).body) as { services: { service: unknown[] } }).services.service.length).toBeGreaterThan(10);
  });
});

describe('no personal data in public output', () => {
  it('when the dashboard, Open311 JSON and XML are searched, then no seeded name, phone or LINE id appears', async () => {
    const outputs = [
      (await get('/public')).body,
      (await get(`/open311/v2/requests.json${ALL}`)).body,
      (await get(`/open311/v2/requests.xml${ALL}`)).body,
      (await get('/open311/v2/requests/CC-2569-90001.json')).body,
      (await get('/open311/v2/requests/CC-2569-90001.xml')).body,
    ];
    const personal = [...SEEDED_PERSONAL.names, ...SEEDED_PERSONAL.phones, ...SEEDED_PERSONAL.lineUserIds, 'บ้านเลขที่ 12', 'บ้านนายสมชาย'];
    for (const output of outputs) for (const needle of personal) expect(output).not.toContain(needle);
  });
});
