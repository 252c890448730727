/**
 * Cases benchmark: 10,000 cases seeded into a fresh embedded database (a year of realistic
 * reports over the sample offices), then the real bot (production mode, LINE emulator) measured
 * over HTTP with verified ID tokens, one request at a time: an officer's queue, the staff list
 * (first page, and a filtered page), and filing a case. Baseline, same run, same data: the bare
 * indexed `find` behind the queue, through mongoose. Below the table, the domain queries alone
 * (no HTTP, no views) show where the time of each call goes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDatabase } from '../db/connect.ts';
import { startBotAgainstEmulator } from '../dev/start-bot-against-emulator.ts';
import { loadProvinceAreas } from '../domain/areas/admin-areas.ts';
import { countStaffCases, listOfficeQueue, listStaffCases, type StaffCaseFilter } from '../domain/cases/case-queries.ts';
import { OPEN_STATUSES } from '../domain/cases/case-statuses.ts';
import { loadShippedOfficesIfEmpty } from '../domain/offices/import-offices.ts';
import { readOfficeDirectory } from '../domain/offices/office-directory.ts';
import { assignRole } from '../domain/users/assign-role.ts';
import { CaseModel } from '../models/case.ts';
import { apiCaller, formatTable, measure, type Figures, type Row } from './lib/cases-measure.ts';
import { seedCases } from './lib/cases-seed.ts';

/** BENCH_CASES only to try the bench quickly; the figures to quote are at 10,000. */
const CASES = Number(process.env.BENCH_CASES) || 10_000;
const SAMPLES = 300;
const FILINGS = 200;
/** Issue 10: an officer's queue and the staff list answer within 50 ms (p99) with 10,000 cases. */
const TARGET_P99_MS = 50;
const STAFF_FILTER: StaffCaseFilter = { status: 'closed', districtCode: '7201' };
const silentLogger = { info: () => {}, warn: () => {}, error: () => {} };
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

async function busiestLocalOffice(): Promise<{ code: string; open: number }> {
  const [top] = await CaseModel.aggregate<{ _id: string; open: number }>([
    { $match: { status: { $in: OPEN_STATUSES }, officeCode: { $regex: '^(MUN|SAO)-' } } },
    { $group: { _id: '$officeCode', open: { $sum: 1 } } },
    { $sort: { open: -1 } },
    { $limit: 1 },
  ]);
  return { code: top!._id, open: top!.open };
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(`load average before: ${load()}  (shared machine: figures taken under whatever load that shows)`);
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-cases-'));
  const database = await connectDatabase({ embeddedDbPath: dataDir, logger: silentLogger });
  const stack = await startBotAgainstEmulator({ env: { API_RATE_LIMIT_PER_MINUTE: '1000000' } });
  try {
    await loadShippedOfficesIfEmpty();
    const offices = await readOfficeDirectory();
    const areas = await loadProvinceAreas(offices.provinceCode);
    const seeded = await seedCases(CASES, { offices, areas, now: new Date(), villagers: 3_000 });
    console.log(`seeded ${seeded.inserted} cases in ${seeded.seconds.toFixed(1)} s (insertMany through the model, batches of 1,000)`);
    const office = await busiestLocalOffice();
    console.log(`officer of ${office.code} (${office.open} open cases; the queue shows up to 100), staff filter ${JSON.stringify(STAFF_FILTER)}`);

    const person = async (displayName: string, role: 'officer' | 'staff' | 'villager') => {
      const user = stack.emulator.users.add({ displayName, role });
      if (role !== 'villager') await assignRole(user.userId, role, role === 'officer' ? office.code : undefined);
      return apiCaller(stack.bot.url, stack.emulator.issueIdToken(user.userId, { expiresInSeconds: 3_600 }));
    };
    const [officer, staff, villager] = await Promise.all([person('สมหญิง (อบต.)', 'officer'), person('วิภา (ศูนย์ฯ)', 'staff'), person('สมชาย', 'villager')]);
    const subdistricts = areas.districts.flatMap((district) => district.subdistricts);
    const queueQuery = { officeCode: office.code, status: { $in: OPEN_STATUSES } };

    const baseline = await measure('baseline: bare indexed find (queue shape)', SAMPLES, () => CaseModel.find(queueQuery).sort({ dueAt: 1 }).limit(100).lean());
    const rows: Row[] = [
      baseline,
      { ...(await measure('GET /api/officer/queue', SAMPLES, () => officer('/officer/queue'))), target: TARGET_P99_MS, baseline },
      { ...(await measure('GET /api/staff/cases (first page)', SAMPLES, () => staff('/staff/cases'))), target: TARGET_P99_MS, baseline },
      { ...(await measure('GET /api/staff/cases (filtered)', SAMPLES, () => staff(`/staff/cases?${new URLSearchParams(STAFF_FILTER as Record<string, string>)}`))), target: TARGET_P99_MS, baseline },
      {
        ...(await measure('POST /api/cases (file a case)', FILINGS, (i) => {
          const sub = subdistricts[Math.abs(i * 7919) % subdistricts.length]!;
          return villager('/cases', { kind: 'problem', category: 'streetlight', description: `ไฟถนนดับหน้าบ้านเลขที่ ${i} ตำบล${sub.name}`, area: { districtCode: sub.districtCode, subdistrictCode: sub.code } });
        }, 5)),
        baseline,
      },
    ];
    const parts: Figures[] = [
      await measure('listOfficeQueue (find, sort dueAt, 100)', SAMPLES, () => listOfficeQueue(office.code, {}, new Date())),
      await measure('listStaffCases (first page of 30)', SAMPLES, () => listStaffCases({}, { limit: 30 })),
      await measure('countStaffCases (tab counts, all cases)', SAMPLES, () => countStaffCases({})),
      await measure('listStaffCases (filtered)', SAMPLES, () => listStaffCases(STAFF_FILTER, { limit: 30 })),
      await measure('countStaffCases (filtered)', SAMPLES, () => countStaffCases(STAFF_FILTER)),
    ];
    console.log(`\n${CASES.toLocaleString('en')} cases (+${FILINGS + 5} filed during the run), embedded database, one request at a time\n`);
    console.log(formatTable(rows));
    console.log('\nwhere the time goes: the domain queries alone (no HTTP, no auth, no views)\n');
    console.log(formatTable(parts.map((part) => ({ ...part, baseline }))));
  } finally {
    await stack.close();
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log(`\nload average after: ${load()}   total ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

await main();
