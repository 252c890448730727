/**
 * Report benchmark: the 6-monthly report (2570-H1 beside 2569-H2: every aggregation, then the PDF,
 * the workbook and the CSV) over 10,000 and 100,000 seeded cases (a year of realistic reports),
 * against a baseline measured in the same run on the same data: one aggregation over every case
 * (`$group` by status). Each measurement runs in a fresh child process, so its peak memory is the
 * report's alone; the embedded database runs in a process of its own, and its memory is shown too.
 *   npm run bench:report            BENCH_REPORT_SIZES=2000,20000 for a quick try
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { loadProvinceAreas } from '../domain/areas/admin-areas.ts';
import { loadShippedOfficesIfEmpty } from '../domain/offices/import-offices.ts';
import { readOfficeDirectory } from '../domain/offices/office-directory.ts';
import { buildReport, loadReportLookups } from '../domain/reports/build-report.ts';
import { parsePeriod } from '../domain/reports/report-period.ts';
import { REPORT_FORMATS, type ReportFormat } from '../domain/reports/render/report-files.ts';
import { CaseModel } from '../models/case.ts';
import { seedCases } from './lib/cases-seed.ts';
import { startDatabaseProcess } from './lib/database-process.ts';
import { processUsage } from '../dev/process-usage.ts';

const SIZES = (process.env.BENCH_REPORT_SIZES ?? '10000,100000').split(',').map(Number);
const PERIOD = '2570-H1';
/** The seed spreads cases over the year before this: both halves of the report are full. */
const SEED_NOW = new Date('2027-04-01T01:00:00Z');
const BASELINE_RUNS = 3;
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;

type Measured = { cases: number; baselineMs: number; figuresMs: number; reportMs: number; filesBytes: number; idleRss: number; peakRss: number; peakHeap: number };

/** Peak resident memory of a process so far (VmHWM), in bytes. */
const peakRssOf = (pid: number | 'self') => processUsage(pid).peakRssMb * 1_048_576;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** Child mode: one database, one measurement, one JSON line on stdout. */
async function measureOnce(uri: string, dbName: string): Promise<void> {
  await mongoose.connect(uri, { dbName });
  const lookups = await loadReportLookups();
  const cases = await CaseModel.estimatedDocumentCount();
  const baselines: number[] = [];
  for (let run = 0; run < BASELINE_RUNS; run += 1) baselines.push((await timed(() => CaseModel.aggregate([{ $group: { _id: '$status', n: { $sum: 1 } } }]))).ms);
  globalThis.gc?.();
  const idleRss = process.memoryUsage().rss;
  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 10);
  let figuresMs = 0;
  const { ms, value: bytes } = await timed(async () => {
    const { ms: computed, value: report } = await timed(() => buildReport(parsePeriod(PERIOD)!, lookups, SEED_NOW));
    figuresMs = computed;
    let total = 0;
    for (const format of Object.keys(REPORT_FORMATS) as ReportFormat[]) total += (await REPORT_FORMATS[format].render(report)).length;
    return total;
  });
  clearInterval(sampler);
  const measured: Measured = { cases, baselineMs: baselines.sort((a, b) => a - b)[1]!, figuresMs, reportMs: ms, filesBytes: bytes, idleRss, peakRss: peakRssOf('self'), peakHeap };
  process.stdout.write(`${JSON.stringify(measured)}\n`);
  await mongoose.disconnect();
}

function runChild(uri: string, dbName: string): Promise<Measured> {
  const child = spawn(process.execPath, ['--expose-gc', '--experimental-strip-types', 'bench/report.ts', '--measure', uri, dbName], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim()) as Measured) : reject(new Error(`measurement exited ${code}`)))));
}

async function seedSize(uri: string, size: number): Promise<string> {
  const dbName = `bench_report_${size}`;
  await mongoose.connect(uri, { dbName });
  await loadShippedOfficesIfEmpty();
  const offices = await readOfficeDirectory();
  const seeded = await seedCases(size, { offices, areas: await loadProvinceAreas(offices.provinceCode), now: SEED_NOW, villagers: Math.max(50, size / 20), seed: 13 });
  console.log(`seeded ${seeded.inserted.toLocaleString('en')} cases into ${dbName} in ${seeded.seconds.toFixed(1)} s`);
  await mongoose.disconnect();
  return dbName;
}

async function main(): Promise<void> {
  console.log(`load average before: ${load()}  (shared machine: figures taken under whatever load that shows)`);
  const dir = await mkdtemp(join(tmpdir(), 'bench-report-'));
  const database = await startDatabaseProcess(dir);
  try {
    const rows: (Measured & { dbPeakRss: number })[] = [];
    for (const size of SIZES) {
      const dbName = await seedSize(database.uri, size);
      rows.push({ ...(await runChild(database.uri, dbName)), dbPeakRss: peakRssOf(database.child.pid!) });
    }
    console.log(`\nreport ${PERIOD} beside the half before; figures: every aggregation of both halves; report+files: those and the PDF, xlsx and csv; baseline: one $group over every case, median of ${BASELINE_RUNS}\n`);
    console.log('cases      baseline   figures    ratio   report+files  ratio   files     report process: idle RSS  peak RSS  peak heap   embedded DB peak RSS');
    for (const row of rows) {
      console.log(
        `${row.cases.toLocaleString('en').padEnd(10)} ${`${row.baselineMs.toFixed(0)} ms`.padEnd(10)} ${`${(row.figuresMs / 1000).toFixed(2)} s`.padEnd(10)} ${`${(row.figuresMs / row.baselineMs).toFixed(1)}×`.padEnd(7)} ${`${(row.reportMs / 1000).toFixed(2)} s`.padEnd(13)} ${`${(row.reportMs / row.baselineMs).toFixed(1)}×`.padEnd(7)} ${`${(row.filesBytes / 1024).toFixed(0)} kB`.padEnd(9)} ${mb(row.idleRss).padStart(24)}  ${mb(row.peakRss).padStart(8)}  ${mb(row.peakHeap).padStart(9)}   ${mb(row.dbPeakRss).padStart(8)}`,
      );
    }
    const [first, last] = [rows[0]!, rows.at(-1)!];
    const change = (100 * (last.peakRss - first.peakRss)) / first.peakRss;
    console.log(`\nreport process peak RSS ${mb(first.peakRss)} at ${first.cases.toLocaleString('en')} cases, ${mb(last.peakRss)} at ${last.cases.toLocaleString('en')} (${(last.cases / first.cases).toFixed(0)}× the cases): ${change >= 0 ? '+' : '−'}${Math.abs(change).toFixed(0)}%`);
    console.log('the embedded database decodes the matched cases for an aggregation in its own process (a real MongoDB streams them); its peak is the last column, for all sizes loaded so far');
  } finally {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
  console.log(`\nload average after: ${load()}`);
}

if (process.argv[2] === '--measure') await measureOnce(process.argv[3]!, process.argv[4]!);
else await main();
