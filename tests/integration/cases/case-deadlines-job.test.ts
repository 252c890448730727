import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { chatAs } from '../../helpers/chat-driver.ts';
import { assignRole } from '../../../domain/users/assign-role.ts';
import { createOutbox } from '../../../infra/outbox/outbox.ts';
import { buildCaseService } from '../../../bot/start/build-case-service.ts';
import { runJobOnce } from '../../../infra/jobs/job-runner.ts';
import { claimRun } from '../../../infra/jobs/job-ledger.ts';
import { startJobScheduler } from '../../../infra/jobs/job-scheduler.ts';
import { caseDeadlinesJob } from '../../../jobs/case-deadlines.ts';
import type { JobServices } from '../../../jobs/job-services.ts';
import { createConsultationDelivery } from '../../../bot/notifications/consultation-delivery.ts';
import { loadConfig } from '../../../infra/config/load-config.ts';
import { createLogger } from '../../../infra/logger.ts';
import { CaseModel } from '../../../models/case.ts';
import { JobRunModel } from '../../../models/job-run.ts';
import { addDays } from '../../../domain/time/thai-time.ts';

const bot = useBotHarness();
const logger = createLogger('silent');
/** 08:30 on 10 December 2026 in Bangkok. */
const MORNING = new Date('2026-12-10T01:30:00Z');

function servicesAt(clock: () => Date): JobServices {
  const config = loadConfig({ CASE_ESCALATE_AFTER_DAYS: '3', CASE_AUTO_CLOSE_DAYS: '7' });
  const outbox = createOutbox({ replyTokenMaxAgeMs: 50_000, onEnqueued: () => undefined });
  return { config, logger, outbox, cases: buildCaseService({ config, outbox, photoUrl: undefined, now: clock }), consultations: createConsultationDelivery(outbox), photoUrl: undefined, liffUrl: undefined };
}

async function person(name: string, role: 'officer' | 'staff' | 'villager', officeCode?: string) {
  const user = bot().emulator.users.add({ displayName: name, role: role === 'villager' ? 'villager' : role });
  if (role !== 'villager') await assignRole(user.userId, role, officeCode);
  return chatAs(bot().emulator, user.userId);
}

/** Files a case as if on `filedAt` (a streetlight: due in 7 days). */
async function caseFiledOn(filedAt: Date, reporter: string, label: string) {
  const services = servicesAt(() => filedAt);
  return services.cases.file({
    requestKey: `test:${label}`,
    source: 'liff',
    reporter: { lineUserId: reporter, role: 'villager' },
    kind: 'problem',
    category: 'streetlight',
    description: `ไฟดับ ${label}`,
    photoIds: [],
    area: { districtCode: '7208', subdistrictCode: '720803' },
  });
}

describe('the daily case-deadlines job', () => {
  it('when it runs, then officers get one digest, long-overdue cases reach staff once, and a second run or instance sends nothing', async () => {
    const officer = await person('เจ้าหน้าที่สามชุก', 'officer', 'MUN-7208');
    const staff = await person('เจ้าหน้าที่ศูนย์', 'staff');
    const reporter = await person('ผู้แจ้ง', 'villager');
    const dueTomorrow = await caseFiledOn(addDays(MORNING, -6), reporter.userId, 'due-tomorrow');
    const longOverdue = await caseFiledOn(addDays(MORNING, -12), reporter.userId, 'overdue-5-days');
    await new Promise((resolve) => setTimeout(resolve, 800));
    const officerBefore = officer.count();
    const staffBefore = staff.count();

    const services = servicesAt(() => MORNING);
    const runs = await Promise.all([1, 2].map(() => runJobOnce(caseDeadlinesJob, services, { period: '2026-12-10', trigger: 'schedule', now: () => MORNING, logger })));
    expect(runs.map((run) => run.status).sort()).toEqual(['ran', 'skipped']);

    const digest = await officer.waitFor('เรื่องใกล้ครบกำหนด', officerBefore);
    expect(JSON.stringify(digest)).toContain(dueTomorrow.ticket);
    expect(JSON.stringify(digest)).toContain(longOverdue.ticket);
    const escalation = await staff.waitFor('เกินกำหนดเกิน 3 วัน', staffBefore);
    expect(JSON.stringify(escalation)).toContain(longOverdue.ticket);
    expect(JSON.stringify(escalation)).not.toContain(dueTomorrow.ticket);

    expect((await runJobOnce(caseDeadlinesJob, services, { period: '2026-12-10', trigger: 'manual', now: () => MORNING, logger })).status).toBe('skipped');
    const nextDay = addDays(MORNING, 1);
    await runJobOnce(caseDeadlinesJob, servicesAt(() => nextDay), { period: '2026-12-11', trigger: 'schedule', now: () => nextDay, logger });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(officer.received().slice(officerBefore).filter((message) => JSON.stringify(message).includes('เรื่องใกล้ครบกำหนด'))).toHaveLength(2);
    expect(staff.received().slice(staffBefore).filter((message) => JSON.stringify(message).includes('เกินกำหนดเกิน'))).toHaveLength(1);
    expect((await CaseModel.findOne({ ticket: longOverdue.ticket }).lean())?.history.filter((step) => step.action === 'escalate')).toHaveLength(1);
  });

  it('when the service was down at 08:30, then it catches up once on start; a run whose owner died is taken over after its lease', async () => {
    const late = new Date('2026-12-20T03:00:00Z');
    const services = servicesAt(() => late);
    const first = startJobScheduler({ jobs: [{ job: caseDeadlinesJob, schedule: '30 8 * * *' }], deps: services, logger, now: () => late });
    await first.caughtUp;
    await first.stop();
    expect((await JobRunModel.findById('case-deadlines:2026-12-20').lean())?.status).toBe('done');
    const again = startJobScheduler({ jobs: [{ job: caseDeadlinesJob, schedule: '30 8 * * *' }], deps: services, logger, now: () => late });
    await again.caughtUp;
    await again.stop();
    expect((await JobRunModel.findById('case-deadlines:2026-12-20').lean())?.attempts).toBe(1);

    const crashedAt = new Date('2026-12-21T01:30:00Z');
    expect(await claimRun({ job: 'case-deadlines', period: '2026-12-21', owner: 'dead-instance', leaseMs: 60_000, now: crashedAt, trigger: 'schedule' })).not.toBeNull();
    const soon = new Date(crashedAt.getTime() + 30_000);
    expect((await runJobOnce(caseDeadlinesJob, servicesAt(() => soon), { period: '2026-12-21', trigger: 'catch-up', now: () => soon, logger })).status).toBe('skipped');
    const afterLease = new Date(crashedAt.getTime() + 61_000);
    expect((await runJobOnce(caseDeadlinesJob, servicesAt(() => afterLease), { period: '2026-12-21', trigger: 'catch-up', now: () => afterLease, logger })).status).toBe('ran');
    expect((await JobRunModel.findById('case-deadlines:2026-12-21').lean())).toMatchObject({ status: 'done', attempts: 2 });
  });
});
