/**
 * The evaluation report of a period as files:
 *   npm run report -- [--period 2570-H1|2570-H2|YYYY-MM-DD..YYYY-MM-DD] [--out dir] [--fresh]
 * writes report-<period>.pdf, .xlsx and .csv into dir (default: the current directory). Without
 * --period: the fiscal half running now (figures so far). A finished period is the stored snapshot
 * (as the report job made it) unless --fresh recomputes it.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CliError, runCli } from './lib/cli.ts';
import { currentOffices } from './lib/office-code-arg.ts';
import { withDatabase } from './lib/with-database.ts';
import { loadProvinceAreas } from '../domain/areas/admin-areas.ts';
import { halfContaining, parsePeriod, reportFileName, type ReportPeriod } from '../domain/reports/report-period.ts';
import { reportFor } from '../domain/reports/report-service.ts';
import { REPORT_FORMATS, type ReportFormat } from '../domain/reports/render/report-files.ts';

const USAGE = 'usage: npm run report -- [--period 2570-H1|2570-H2|YYYY-MM-DD..YYYY-MM-DD] [--out dir] [--fresh]';

function readCommandLine(now: Date): { period: ReportPeriod; out: string; fresh: boolean } {
  let values: { period?: string; out?: string; fresh?: boolean };
  try {
    ({ values } = parseArgs({ args: process.argv.slice(2).filter((arg) => arg !== '--'), options: { period: { type: 'string' }, out: { type: 'string' }, fresh: { type: 'boolean' } } }));
  } catch {
    throw new CliError(USAGE, 2);
  }
  const period = values.period === undefined ? halfContaining(now) : parsePeriod(values.period);
  if (!period) throw new CliError(`งวดไม่ถูกต้อง (unknown period) "${values.period}": ใช้ปีงบประมาณ พ.ศ. เช่น 2570-H1 (ต.ค.–มี.ค.), 2570-H2 (เม.ย.–ก.ย.) หรือช่วงวัน 2026-10-01..2027-03-31\n${USAGE}`, 2);
  return { period, out: values.out ?? '.', fresh: values.fresh ?? false };
}

async function main(): Promise<void> {
  const now = new Date();
  const { period, out, fresh } = readCommandLine(now);
  const started = performance.now();
  const written = await withDatabase(async () => {
    const offices = await currentOffices();
    const report = await reportFor(period, { lookups: { offices, areas: await loadProvinceAreas(offices.provinceCode) }, now, fresh });
    await mkdir(out, { recursive: true });
    const files: { file: string; bytes: number }[] = [];
    for (const format of Object.keys(REPORT_FORMATS) as ReportFormat[]) {
      const bytes = await REPORT_FORMATS[format].render(report);
      const file = join(out, reportFileName(report.period, format));
      // Renamed into place: a failed run never leaves half a file under the report's name.
      await writeFile(`${file}.partial`, bytes);
      await rename(`${file}.partial`, file);
      files.push({ file, bytes: bytes.length });
    }
    return files;
  });
  for (const { file, bytes } of written) process.stdout.write(`${file}  ${(bytes / 1024).toFixed(1)} kB\n`);
  process.stdout.write(`รายงาน ${period.label}: ${written.length} ไฟล์ ใน ${((performance.now() - started) / 1000).toFixed(1)} วินาที\n`);
}

runCli(main);
