import { beforeAll, describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { userWithRole } from '../../helpers/api-client.ts';
import { seedReportData } from '../../helpers/report-seed.ts';

const bot = useBotHarness();
beforeAll(seedReportData);

describe('the staff report API', () => {
  it('when staff ask for a half or a range, then its figures come with the previous period; the files download under the period name, in Buddhist years', async () => {
    const staff = await userWithRole(bot, 'ผู้ประเมิน', 'staff');
    const periods = await staff.api('/staff/reports');
    expect(periods.status).toBe(200);
    expect((periods.json.periods as unknown[]).length).toBe(6);
    const report = await staff.api('/staff/reports/2570-H1');
    expect(report.json.report).toMatchObject({ period: { name: '2570-H1' }, previous: { name: '2569-H2' }, current: { cases: { received: 6 } }, before: { cases: { received: 4 } } });
    for (const [format, type] of [['pdf', 'application/pdf'], ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], ['csv', 'text/csv; charset=utf-8']] as const) {
      const file = await staff.api(`/staff/reports/2570-H1/files/${format}`);
      expect([file.status, file.response.headers.get('content-type'), file.response.headers.get('content-disposition')]).toEqual([200, type, `attachment; filename="report-2570-H1.${format}"`]);
    }
    const range = await staff.api('/staff/reports/2026-10-01..2026-12-31');
    expect(range.json.report).toMatchObject({ period: { name: '2026-10-01..2026-12-31' }, previous: { name: '2026-07-01..2026-09-30' } });
    const rangeFile = await staff.api('/staff/reports/2026-10-01..2026-12-31/files/csv');
    expect([rangeFile.status, rangeFile.response.headers.get('content-disposition')]).toEqual([200, 'attachment; filename="report-2569-10-01_2569-12-31.csv"']);
  });

  it('when the period is not one, lies ahead, or the format is unknown, then a Thai refusal and nothing computed', async () => {
    const staff = await userWithRole(bot, 'ผู้ประเมินสอง', 'staff');
    expect(await staff.api('/staff/reports/2570-H3')).toMatchObject({ status: 400, json: { error: 'invalid_period' } });
    expect(await staff.api('/staff/reports/2599-H1')).toMatchObject({ status: 400, json: { error: 'future_period', message: 'งวดนี้ยังไม่เริ่มค่ะ' } });
    expect((await staff.api('/staff/reports/2570-H1/files/docx')).status).toBe(404);
  });

  it('when an officer or a villager asks, then 403', async () => {
    const officer = await userWithRole(bot, 'เจ้าหน้าที่', 'officer', 'MUN-7201');
    const villager = await userWithRole(bot, 'ชาวบ้าน');
    expect((await officer.api('/staff/reports/2570-H1')).status).toBe(403);
    expect((await villager.api('/staff/reports/2570-H1/files/pdf')).status).toBe(403);
  });
});
