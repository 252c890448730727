import { beforeAll, describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { chatAs } from '../../helpers/chat-driver.ts';
import { bkk, seedReportData } from '../../helpers/report-seed.ts';
import { assignRole } from '../../../domain/users/assign-role.ts';
import { createOutbox } from '../../../infra/outbox/outbox.ts';
import { buildCaseService } from '../../../bot/start/build-case-service.ts';
import { createConsultationDelivery } from '../../../bot/notifications/consultation-delivery.ts';
import { runJobOnce } from '../../../infra/jobs/job-runner.ts';
import { loadConfig } from '../../../infra/config/load-config.ts';
import { createLogger } from '../../../infra/logger.ts';
import { reportJob } from '../../../jobs/report.ts';
import { retentionJob } from '../../../jobs/retention.ts';
import type { JobServices } from '../../../jobs/job-services.ts';
import { CaseModel } from '../../../models/case.ts';
import { ReportSnapshotModel } from '../../../models/report-snapshot.ts';
import { caseFigures } from '../../../domain/reports/case-figures.ts';
import { parsePeriod } from '../../../domain/reports/report-period.ts';

const bot = useBotHarness();
const logger = createLogger('silent');

function services(liffUrl: string | undefined): JobServices {
  const config = loadConfig({ CASE_CONTACT_RETENTION_DAYS: '180' });
  const outbox = createOutbox({ replyTokenMaxAgeMs: 50_000, onEnqueued: () => undefined });
  return { config, logger, outbox, cases: buildCaseService({ config, outbox, photoUrl: undefined }), consultations: createConsultationDelivery(outbox), photoUrl: undefined, liffUrl };
}

beforeAll(async () => {
  await seedReportData();
});

describe('the report job', () => {
  it('when the first working day after 2570-H1 comes, then staff get the key figures and a link once; the snapshot is kept', async () => {
    const user = bot().emulator.users.add({ displayName: 'เจ้าหน้าที่ประเมินผล', role: 'staff' });
    await assignRole(user.userId, 'staff', undefined);
    const staff = chatAs(bot().emulator, user.userId);
    const morning = bkk('2027-04-01 08:00');
    expect(reportJob.periodOf(bkk('2027-03-31 08:00'))).toBe('2569-H2');
    const period = reportJob.periodOf(morning);
    expect(period).toBe('2570-H1');

    const deps = services('https://liff.line.me/1234567890-AbCdEfGh');
    const runs = await Promise.all([1, 2].map(() => runJobOnce(reportJob, deps, { period, trigger: 'schedule', now: () => morning, logger })));
    expect(runs.map((run) => run.status).sort()).toEqual(['ran', 'skipped']);
    const card = await staff.waitFor('รายงานผลการดำเนินงาน 2570-H1');
    const json = JSON.stringify(card);
    expect(json).toContain('เรื่องที่รับใหม่');
    expect(json).toContain('6 (+2 (+50.0%))');
    expect(json).toContain('https://liff.line.me/1234567890-AbCdEfGh/staff/reports?period=2570-H1');
    expect((await ReportSnapshotModel.findById('2570-H1').lean())?.report).toMatchObject({ period: { name: '2570-H1' }, current: { cases: { received: 6 } } });

    expect((await runJobOnce(reportJob, deps, { period, trigger: 'manual', now: () => morning, logger })).status).toBe('skipped');
    await new Promise((resolve) => setTimeout(resolve, 800));
    const told = staff.received().filter((message) => JSON.stringify(message).includes('รายงานผลการดำเนินงาน'));
    expect(told.map((message) => message.type)).toEqual(['text', 'flex']);
  });

  it('when nothing at all happened in a half (the service was not in use yet), then its report is kept but staff are not messaged', async () => {
    const user = bot().emulator.users.add({ displayName: 'เจ้าหน้าที่ครึ่งปีเงียบ', role: 'staff' });
    await assignRole(user.userId, 'staff', undefined);
    const morning = bkk('2024-04-01 08:00');
    const period = reportJob.periodOf(morning);
    const run = await runJobOnce(reportJob, services(undefined), { period, trigger: 'schedule', now: () => morning, logger });
    expect(run).toMatchObject({ status: 'ran', result: { received: 0, staff: 0 } });
    expect(await ReportSnapshotModel.findById(period).lean()).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(chatAs(bot().emulator, user.userId).received()).toEqual([]);
  });

  it('when contact details have been kept past the retention period, then the retention job removes them once and the report counts them', async () => {
    const day = bkk('2027-04-10 03:30');
    const first = await runJobOnce(retentionJob, services(undefined), { period: '2027-04-10', trigger: 'schedule', now: () => day, logger });
    expect(first).toMatchObject({ status: 'ran', result: { anonymised: 1 } });
    const cleaned = await CaseModel.findOne({ ticket: 'CC-2569-90001' }).lean();
    expect(cleaned?.contact).toBeNull();
    expect(cleaned?.anonymisedAt?.toISOString()).toBe(day.toISOString());
    expect((await CaseModel.findOne({ ticket: 'CC-2570-00001' }).lean())?.contact?.phone).toBe('0867654321');
    const later = bkk('2027-04-11 03:30');
    expect(await runJobOnce(retentionJob, services(undefined), { period: '2027-04-11', trigger: 'schedule', now: () => later, logger })).toMatchObject({ status: 'ran', result: { anonymised: 0 } });
    expect((await caseFigures(parsePeriod('2027-04-01..2027-04-30')!)).anonymised).toBe(1);
  });
});
