/**
 * Cases to a spreadsheet-friendly CSV (UTF-8 with BOM, the columns of the staff page's export):
 *   npm run -s cases:export -- cases.csv [--status new] [--office SAO-720702] [--district 7209|อู่ทอง]
 *                                        [--category road] [--kind problem|consultation] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
 * Dates are Bangkok calendar days, both inclusive. Prints the number of rows written.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import { CliError, runCli } from './lib/cli.ts';
import { currentOffices, requireOffice } from './lib/office-code-arg.ts';
import { withDatabase } from './lib/with-database.ts';
import { loadProvinceAreas, type ProvinceAreas } from '../domain/areas/admin-areas.ts';
import { exportCasesCsv } from '../domain/cases/case-export.ts';
import type { StaffCaseFilter } from '../domain/cases/case-queries.ts';
import { CASE_STATUSES, CASE_STATUS_CODES, isCaseStatus } from '../domain/cases/case-statuses.ts';
import { caseCategories, findCategory } from '../domain/cases/categories.ts';
import type { OfficeDirectory } from '../domain/offices/office-directory.ts';
import { CaseModel } from '../models/case.ts';

const USAGE =
  'usage: npm run -s cases:export -- <file.csv> [--status <status>] [--office <officeCode>] [--district <code|name>] ' +
  '[--category <code>] [--kind problem|consultation] [--from YYYY-MM-DD] [--to YYYY-MM-DD]';
const FILTERS = ['status', 'office', 'district', 'category', 'kind', 'from', 'to'] as const;
type Options = Partial<Record<(typeof FILTERS)[number], string>>;

function readCommandLine(): { file: string; options: Options } {
  try {
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2),
      options: Object.fromEntries(FILTERS.map((name) => [name, { type: 'string' as const }])),
      allowPositionals: true,
    });
    const files = positionals.filter((arg) => arg !== '--');
    if (files.length !== 1) throw new Error('one output file');
    return { file: files[0]!, options: values as Options };
  } catch {
    throw new CliError(USAGE, 2);
  }
}

/** Every option is checked against the data: a typo is refused, never an export of everything. */
async function toFilter(options: Options, offices: OfficeDirectory, areas: ProvinceAreas): Promise<StaffCaseFilter> {
  const filter: StaffCaseFilter = {};
  if (options.status !== undefined) {
    if (!isCaseStatus(options.status)) refuse(`สถานะไม่ถูกต้อง (unknown status) "${options.status}"; ใช้ได้: ${CASE_STATUS_CODES.map((code) => `${code} (${CASE_STATUSES[code].label})`).join(', ')}`);
    filter.status = options.status;
  }
  if (options.office !== undefined) {
    const stillHasCases = !offices.byCode(options.office) && (await CaseModel.exists({ officeCode: options.office }));
    filter.officeCode = stillHasCases ? options.office : requireOffice(options.office, offices).code;
  }
  if (options.district !== undefined) filter.districtCode = districtCodeOf(options.district, areas);
  if (options.category !== undefined) {
    if (!findCategory(options.category)) refuse(`ไม่พบประเภทเรื่อง (unknown category) "${options.category}"; ใช้ได้: ${caseCategories().map((category) => category.code).join(', ')}`);
    filter.category = options.category;
  }
  if (options.kind !== undefined) {
    if (options.kind !== 'problem' && options.kind !== 'consultation') refuse('--kind ต้องเป็น problem หรือ consultation (must be problem or consultation)');
    filter.kind = options.kind;
  }
  if (options.from !== undefined) filter.from = calendarDay('from', options.from);
  if (options.to !== undefined) filter.to = calendarDay('to', options.to);
  if (filter.from && filter.to && filter.from > filter.to) refuse(`--from ${filter.from} อยู่หลัง --to ${filter.to} (from is after to)`);
  return filter;
}

/** A district by its 4-digit code or its Thai or English name. */
function districtCodeOf(typed: string, areas: ProvinceAreas): string {
  const name = typed.trim().toLowerCase().replace(/^(อำเภอ|อ\.)\s*/, '');
  const district = areas.district(name) ?? areas.districts.find((item) => item.name === name || item.nameEn.toLowerCase() === name);
  if (district) return district.code;
  return refuse(`ไม่พบอำเภอ "${typed}" ในจังหวัด${areas.province.name} (unknown district); ใช้ได้: ${areas.districts.map((item) => `${item.code} ${item.name}`).join(', ')}`);
}

function calendarDay(option: string, value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  return valid ? value : refuse(`--${option} ต้องเป็นวันที่แบบ YYYY-MM-DD ปี ค.ศ. เช่น 2026-01-31 (a calendar day): "${value}"`);
}

function refuse(message: string): never {
  throw new CliError(message);
}

/** Passes the CSV through unchanged while a parser counts its records: the count is of the rows actually written. */
function rowCounter(): { stream: Transform; rows: () => number } {
  let records = 0;
  const parser = parse({ bom: true, from_line: 2 }).on('data', () => records++);
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      parser.write(chunk);
      done(null, chunk);
    },
    flush(done) {
      parser.end();
      finished(parser).then(() => done(), done);
    },
  });
  return { stream, rows: () => records };
}

async function main(): Promise<void> {
  const { file, options } = readCommandLine();
  // Written beside the target and renamed at the end: a failed export never leaves half a file under its name.
  const partial = `${file}.${process.pid}.partial`;
  const rows = await withDatabase(async () => {
    const offices = await currentOffices();
    const areas = await loadProvinceAreas(offices.provinceCode);
    const filter = await toFilter(options, offices, areas);
    const counter = rowCounter();
    try {
      await pipeline(exportCasesCsv(filter, { offices, areas }), counter.stream, createWriteStream(partial, { flags: 'wx' }));
      await rename(partial, file);
    } catch (error) {
      await rm(partial, { force: true });
      throw error instanceof Error && 'syscall' in error ? new CliError(`เขียนไฟล์ ${file} ไม่ได้ (cannot write): ${error.message}`) : error;
    }
    return counter.rows();
  });
  process.stdout.write(`${rows} rows written to ${file} (ส่งออก ${rows} เรื่อง)\n`);
}

runCli(main);
