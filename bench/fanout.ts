/**
 * `npm run bench:fanout -- --recipients 100000`: next month's schedule pushed to that many
 * subscribers in several segments (officers per office, villagers by sub-district, district and
 * topic) by the real monthly-schedule job, through the outbox and its sender, to the LINE emulator
 * in a child process (its memory is not ours), and the embedded database in another one unless
 * MONGODB_URI names one (--in-process-db keeps it in a worker thread of this process, as npm start
 * does, to show what that adds). Ends with one line:
 *   fanout: recipients=N requests=N wall_s=N recipients_per_s=N peak_rss_delta_mb=N
 * requests counts every LINE API call made (multicasts, quota reads, the staff report), beside the
 * N of one push per person; the RSS delta is measured from after the seed, sampled every 20 ms.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connectDatabase } from '../db/connect.ts';
import { ensureIndexes } from '../bot/start/ensure-indexes.ts';
import { loadShippedOfficesIfEmpty } from '../domain/offices/import-offices.ts';
import { loadConfig } from '../infra/config/load-config.ts';
import { createLogger } from '../infra/logger.ts';
import { createLineClients } from '../infra/line/line-clients.ts';
import { createDelivery } from '../infra/outbox/delivery.ts';
import { runJobOnce } from '../infra/jobs/job-runner.ts';
import { drainOutbox } from '../infra/outbox/drain-outbox.ts';
import { buildCaseService } from '../bot/start/build-case-service.ts';
import { createActivityService } from '../domain/activities/activity-service.ts';
import { createQuotaReader } from '../jobs/activity-services.ts';
import { monthlyScheduleJob } from '../jobs/monthly-schedule.ts';
import { seedRecipients } from './lib/fanout-seed.ts';
import { startDatabaseProcess } from './lib/database-process.ts';

type Report = { deliveries: number; people: number; repeated: number; requests: number; byEndpoint: Record<string, number> };

const { values } = parseArgs({ options: { recipients: { type: 'string', default: '100000' }, 'in-process-db': { type: 'boolean', default: false } }, allowPositionals: true });
const recipients = Number(values.recipients);
if (!Number.isInteger(recipients) || recipients < 1) throw new Error('--recipients must be a positive whole number');
const silent = { info: () => {}, warn: () => {}, error: () => {} };

const child = fork(new URL('./lib/fanout-emulator.ts', import.meta.url), [String(recipients + 1)], { execArgv: ['--experimental-strip-types'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const [line] = (await once(child, 'message')) as [{ url: string; token: string }];
const dataDir = await mkdtemp(join(tmpdir(), 'bench-fanout-'));
const ownDatabase = !process.env.MONGODB_URI && !values['in-process-db'] ? await startDatabaseProcess(dataDir) : null;
const database = await connectDatabase({ mongodbUri: process.env.MONGODB_URI || ownDatabase?.uri, embeddedDbPath: dataDir, logger: silent });
try {
  await ensureIndexes();
  await loadShippedOfficesIfEmpty();
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const logger = createLogger('silent');
  const clients = createLineClients({ channelAccessToken: line.token, apiBaseUrl: line.url, dataApiBaseUrl: line.url });
  const { outbox, sender } = createDelivery({ config, clients, logger });
  const now = new Date('2026-12-25T02:00:00Z');
  const cases = buildCaseService({ config, outbox, photoUrl: undefined, now: () => now });
  const offices = await cases.offices();
  await seedRecipients(recipients, offices);
  await seedActivities(cases, now);
  const services = { config, logger, outbox, cases, activities: { readQuota: createQuotaReader(clients.messaging), quotaReserve: 200, reportWaitMs: 600_000, calendarUrl: (id: string) => `https://clinic.example/calendar/activities/${id}.ics`, listUrl: 'https://liff.line.me/bench/activities' } };
  // The province's address data is loaded once per process, whatever the fan-out's size: before the baseline.
  await cases.areas();
  sender.start();
  const { peak, stop } = sampleRss();
  const startedAt = performance.now();
  const outcome = await runJobOnce(monthlyScheduleJob, services, { period: '2027-01', trigger: 'manual', now: () => now, logger });
  const wallSeconds = (performance.now() - startedAt) / 1000;
  const peakDelta = stop();
  // The staff report is queued last; let it go out before counting what LINE saw.
  await drainOutbox(sender, { since: new Date(0), timeoutMs: 30_000 });
  if (outcome.status !== 'ran') throw new Error(`the job did not run: ${outcome.status === 'failed' ? String(outcome.error) : outcome.status}`);
  child.send('report');
  const [seen] = (await once(child, 'message')) as [Report];
  const result = outcome.result as Record<string, unknown>;
  process.stdout.write(`load average (shared machine): ${loadavg().map((value) => value.toFixed(2)).join(' ')}\n`);
  process.stdout.write(`job: ${JSON.stringify({ segments: result.segments, batches: result.batches, officers: result.officers, subscribers: result.subscribers, delivered: result.delivered, failed: result.failed })}\n`);
  process.stdout.write(`emulator: ${seen.people} people got ${seen.deliveries} messages, ${seen.repeated} more than once; calls ${JSON.stringify(seen.byEndpoint)}\n`);
  const where = process.env.MONGODB_URI ? 'MONGODB_URI' : ownDatabase ? 'embedded, own process' : 'embedded, in this process';
  process.stdout.write(`baseline: one push per person would be ${recipients} requests; database ${where}; peak RSS ${peak().toFixed(1)} MB\n`);
  process.stdout.write(`fanout: recipients=${result.recipients} requests=${seen.requests} wall_s=${wallSeconds.toFixed(2)} recipients_per_s=${Math.round(Number(result.recipients) / wallSeconds)} peak_rss_delta_mb=${peakDelta.toFixed(1)}\n`);
} finally {
  await database.close();
  await ownDatabase?.stop();
  child.disconnect();
  await rm(dataDir, { recursive: true, force: true });
}

/** A month of activities in several places: each person's set differs by place, office and topic. */
async function seedActivities(cases: ReturnType<typeof buildCaseService>, now: Date): Promise<void> {
  const service = createActivityService({ refs: async () => ({ areas: await cases.areas(), offices: await cases.offices() }), now: () => now });
  const actor = { lineUserId: undefined, role: 'staff', name: 'bench' };
  const offices = (await cases.offices()).all().filter((office) => office.kind === 'local').slice(0, 6);
  const base = { description: 'กิจกรรมทดสอบ', venueName: 'หอประชุม', audience: 'public' as const, capacity: 100, registrationOpen: true, organiser: 'ศูนย์ Clinic Center' };
  const forms = [
    { ...base, title: 'อบรมกฎหมายท้องถิ่น', topic: 'law', type: 'training' as const, start: '2027-01-12T09:00', end: '2027-01-12T12:00', areaScope: 'province' as const },
    { ...base, title: 'เวทีสิ่งแวดล้อม', topic: 'environment', type: 'forum' as const, start: '2027-01-14T13:00', end: '2027-01-14T16:00', areaScope: 'district' as const, areaCode: '7201' },
    { ...base, title: 'รณรงค์คัดแยกขยะทั้งจังหวัด', topic: 'environment', type: 'training' as const, start: '2027-01-16T09:00', end: '2027-01-16T12:00', areaScope: 'province' as const },
    { ...base, title: 'อบรมอาสาสมัครสาธารณสุข', topic: 'public-health', type: 'training' as const, start: '2027-01-17T09:00', end: '2027-01-17T12:00', areaScope: 'province' as const },
    { ...base, title: 'นิทรรศการตัวอย่างที่ดี', topic: 'best-practice', type: 'exhibition' as const, start: '2027-01-18T09:00', end: '2027-01-18T16:00', areaScope: 'province' as const },
    ...offices.map((office, i) => ({ ...base, title: `หน่วยบริการเคลื่อนที่ ${office.name}`, topic: 'public-health', type: 'mobile-unit' as const, start: `2027-01-${String(20 + i).padStart(2, '0')}T08:30`, end: `2027-01-${String(20 + i).padStart(2, '0')}T15:30`, areaScope: 'office' as const, areaCode: office.code })),
    { ...base, title: 'ประชุมเจ้าหน้าที่ อปท.', topic: 'participation', type: 'meeting' as const, audience: 'officers' as const, start: '2027-01-28T09:00', end: '2027-01-28T12:00', areaScope: 'province' as const },
  ];
  for (const form of forms) await service.create({ form, publish: true, actor });
}

/** Peak RSS above the level after the seed, sampled every 20 ms. */
function sampleRss(): { peak: () => number; stop: () => number } {
  const mb = () => process.memoryUsage().rss / 1024 / 1024;
  const baseline = mb();
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, mb())), 20);
  return { peak: () => peak, stop: () => (clearInterval(timer), peak - baseline) };
}
