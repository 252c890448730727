/**
 * One local office's data to send it (seed 4.7): its cases of a period as CSV, or as an Excel
 * workbook with its figures beside the previous period. No personal data.
 *   npm run -s export:office -- <officeCode> [--period 2570-H1] [--format csv|xlsx] [--out file]
 * CSV goes to stdout unless --out names a file; Excel goes to --out, by default
 * office-<code>-<period>.xlsx. The period is the fiscal half running now unless given.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { CliError, runCli } from './lib/cli.ts';
import { currentOffices, requireOffice } from './lib/office-code-arg.ts';
import { withDatabase } from './lib/with-database.ts';
import { loadProvinceAreas } from '../domain/areas/admin-areas.ts';
import { officeCasesCsv, officeWorkbook } from '../domain/reports/office-export.ts';
import { halfContaining, parsePeriod, periodSlug, type ReportPeriod } from '../domain/reports/report-period.ts';

const USAGE = 'usage: npm run -s export:office -- <officeCode> [--period 2570-H1|YYYY-MM-DD..YYYY-MM-DD] [--format csv|xlsx] [--out file]';
type Options = { officeCode: string; period: ReportPeriod; format: 'csv' | 'xlsx'; out: string | undefined };

function readCommandLine(now: Date): Options {
  let parsed: { values: { period?: string; format?: string; out?: string }; positionals: string[] };
  try {
    parsed = parseArgs({ args: process.argv.slice(2), options: { period: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } }, allowPositionals: true });
  } catch {
    throw new CliError(USAGE, 2);
  }
  const codes = parsed.positionals.filter((arg) => arg !== '--');
  if (codes.length !== 1) throw new CliError(USAGE, 2);
  const { values } = parsed;
  const period = values.period === undefined ? halfContaining(now) : parsePeriod(values.period);
  if (!period) throw new CliError(`งวดไม่ถูกต้อง (unknown period) "${values.period}": เช่น 2570-H1 หรือ 2026-10-01..2027-03-31\n${USAGE}`, 2);
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx') throw new CliError(`--format ต้องเป็น csv หรือ xlsx (must be csv or xlsx)\n${USAGE}`, 2);
  return { officeCode: codes[0]!, period, format, out: values.out };
}

/** Written beside the target and renamed at the end: a failed export never leaves half a file under its name. */
async function intoFile(file: string, write: (partial: string) => Promise<void>): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  try {
    await write(partial);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error instanceof Error && 'syscall' in error ? new CliError(`เขียนไฟล์ ${file} ไม่ได้ (cannot write): ${error.message}`) : error;
  }
}

async function main(): Promise<void> {
  const options = readCommandLine(new Date());
  const message = await withDatabase(async () => {
    const offices = await currentOffices();
    const office = requireOffice(options.officeCode, offices);
    const lookups = { offices, areas: await loadProvinceAreas(offices.provinceCode) };
    if (options.format === 'csv') {
      const csv = officeCasesCsv(office.code, options.period, lookups);
      if (!options.out) return void (await pipeline(csv, process.stdout, { end: false }));
      await intoFile(options.out, (partial) => pipeline(csv, createWriteStream(partial, { flags: 'wx' })));
      return `${office.name}: ${options.out}`;
    }
    const file = options.out ?? `office-${office.code}-${periodSlug(options.period)}.xlsx`;
    const { workbook, rows } = await officeWorkbook(office.code, options.period, lookups, new Date());
    await intoFile(file, (partial) => workbook.xlsx.writeFile(partial));
    return `${office.name}: ${rows} เรื่อง, ${file}`;
  });
  if (message) process.stderr.write(`${message}\n`);
}

runCli(main);
