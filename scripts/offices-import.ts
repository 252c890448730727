/**
 * Replaces the office list, or adds officers, from the province's file:
 *   npm run offices:import -- offices.json        (the shape of data/offices/suphanburi.sample.json)
 *   npm run offices:import -- offices.csv         code,name,kind,districtCode,subdistrictCodes,latitude,longitude,phone
 *   npm run offices:import -- officers.csv        lineUserId,officeCode,role,displayName
 *   add --dry-run to check and show the changes without writing.
 * The whole file is checked first and every problem listed by row; nothing is written unless all
 * of it is right, and importing the same file again changes nothing.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { CliError, runCli } from './lib/cli.ts';
import { hasChanges, plannedChanges, type OfficeChanges } from './lib/office-changes.ts';
import { withDatabase } from './lib/with-database.ts';
import { loadProvinceAreas } from '../domain/areas/admin-areas.ts';
import { importOffices, OfficeImportError, SHIPPED_OFFICES_PATH, validateOfficeFile } from '../domain/offices/import-offices.ts';
import { checkRecord, readOfficeCsv, type ImportProblem, type Labelled } from '../domain/offices/office-csv.ts';
import { checkOfficeRelations } from '../domain/offices/office-relations.ts';
import { officeFileSchema, officeRecordSchema, officerRecordSchema, type OfficeFile, type OfficeRecord, type OfficerRecord } from '../domain/offices/office-data.ts';
import { readOfficeDirectory } from '../domain/offices/office-directory.ts';
import { ProvinceSettingModel } from '../models/office.ts';

const USAGE = 'usage: npm run offices:import -- <offices.json | offices.csv | officers.csv> [--dry-run]';

/** A file as read: what would be imported, where each record came from, and what is wrong so far. */
type Candidate = { raw: unknown; offices: Labelled<OfficeRecord>[]; officers: Labelled<OfficerRecord>[]; problems: ImportProblem[] };

function readCommandLine(): { path: string; dryRun: boolean } {
  try {
    const { values, positionals } = parseArgs({ options: { 'dry-run': { type: 'boolean' } }, allowPositionals: true });
    const [path, ...extra] = positionals.filter((arg) => arg !== '--');
    if (!path || extra.length > 0) throw new Error('one file');
    return { path, dryRun: values['dry-run'] ?? false };
  } catch {
    throw new CliError(USAGE, 2);
  }
}

function fromJson(text: string): Candidate {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { raw, offices: [], officers: [], problems: [{ label: 'JSON', th: 'อ่านไฟล์ JSON ไม่ได้', en: `invalid JSON: ${(error as Error).message}` }] };
  }
  const file = (typeof raw === 'object' && raw !== null ? raw : {}) as { offices?: unknown; officers?: unknown };
  const top = officeFileSchema.pick({ provinceCode: true, outline: true, sample: true }).safeParse(file);
  const problems: ImportProblem[] = top.success ? [] : top.error.issues.map((issue) => ({ label: issue.path.join('.') || 'JSON', th: issue.message, en: 'see the sample data/offices/suphanburi.sample.json for the shape' }));
  const list = <T,>(name: 'offices' | 'officers', schema: z.ZodType<T>): Labelled<T>[] => {
    const items = Array.isArray(file[name]) ? (file[name] as unknown[]) : [];
    if (name === 'offices' && items.length === 0) problems.push({ label: 'offices', th: 'ต้องมีรายการหน่วยงาน (offices) อย่างน้อย 1 แห่ง', en: 'offices must be a list of at least one office' });
    return items.flatMap((item, i) => {
      const checked = checkRecord(schema, item, `${name}[${i}]`);
      problems.push(...checked.problems);
      return checked.record ? [{ label: `${name}[${i}]`, record: checked.record }] : [];
    });
  };
  return { raw, offices: list('offices', officeRecordSchema), officers: list('officers', officerRecordSchema), problems };
}

/** A CSV carries no province: offices are for the served one; officers join the office list as it is. */
async function fromCsv(text: string, served: OfficeFile): Promise<Candidate> {
  const { csv, problems } = readOfficeCsv(text);
  if (!csv) return { raw: undefined, offices: [], officers: [], problems };
  if (csv.kind === 'offices') {
    return { raw: { ...served, sample: false, offices: csv.offices.map((item) => item.record), officers: [] }, offices: csv.offices, officers: [], problems };
  }
  const offices = served.offices.map((record) => ({ label: 'รายการหน่วยงานเดิม (current list)', record }));
  return { raw: { ...served, officers: csv.officers.map((item) => item.record) }, offices, officers: csv.officers, problems };
}

/** The list the service works with now; the shipped sample when nothing was imported yet. */
async function servedOfficeFile(): Promise<OfficeFile> {
  const setting = await ProvinceSettingModel.findById('province').lean();
  if (!setting) return validateOfficeFile(JSON.parse(await readFile(SHIPPED_OFFICES_PATH, 'utf8')));
  const offices = (await readOfficeDirectory()).all().map(({ phone, ...office }) => ({ ...office, ...(phone ? { phone } : {}) }));
  return { provinceCode: setting.provinceCode, outline: (setting.outline ?? []) as [number, number][], sample: setting.sample ?? false, offices, officers: [] };
}

async function checkedFile(candidate: Candidate): Promise<OfficeFile> {
  const provinceCode = (candidate.raw as { provinceCode?: unknown } | undefined)?.provinceCode;
  // Relations are checked over the records that passed their own checks, so one run lists every problem it can.
  if (typeof provinceCode === 'string' && /^\d{2}$/.test(provinceCode)) {
    const areas = await loadProvinceAreas(provinceCode).catch(() => undefined);
    const districts = new Map(areas?.districts.map((district) => [district.code, new Set(district.subdistricts.map((sub) => sub.code))]));
    candidate.problems.push(...(areas ? checkOfficeRelations(candidate.offices, candidate.officers, districts) : [{ label: 'provinceCode', th: `ไม่พบจังหวัดรหัส ${provinceCode}`, en: `unknown province code ${provinceCode}` }]));
  }
  if (candidate.problems.length > 0) throw refusal(candidate.problems.map((problem) => `${problem.label}: ${problem.th} / ${problem.en}`));
  try {
    return await validateOfficeFile(candidate.raw);
  } catch (error) {
    throw error instanceof OfficeImportError ? refusal(error.problems) : error;
  }
}

function refusal(lines: string[]): CliError {
  return new CliError(`ไม่ได้นำเข้า: พบปัญหา ${lines.length} รายการ ยังไม่มีการบันทึกใด ๆ (not imported: ${lines.length} problems, nothing was written)\n${lines.map((line) => `- ${line}`).join('\n')}`);
}

function describeChanges(changes: OfficeChanges): string {
  const list = (codes: string[]) => `${codes.slice(0, 10).join(', ')}${codes.length > 10 ? ', …' : ''}`;
  const lines = [
    changes.added.length > 0 && `- หน่วยงานใหม่ ${changes.added.length} แห่ง (added): ${list(changes.added)}`,
    changes.changed.length > 0 && `- แก้ไข ${changes.changed.length} แห่ง (changed): ${list(changes.changed)}`,
    changes.deactivated.length > 0 && `- ปิดใช้ ${changes.deactivated.length} แห่ง เรื่องเดิมยังอยู่กับรหัสเดิม (deactivated; their cases keep the code): ${list(changes.deactivated)}`,
    changes.officers.length > 0 && `- เจ้าหน้าที่ได้บทบาทใหม่ ${changes.officers.length} คน (officers assigned)`,
    changes.province && '- ข้อมูลจังหวัด ขอบเขต หรือสถานะข้อมูลตัวอย่างเปลี่ยน (province, outline or sample flag changed)',
  ];
  return lines.filter(Boolean).join('\n');
}

async function main(): Promise<void> {
  const { path, dryRun } = readCommandLine();
  const text = await readFile(path, 'utf8').catch((error: Error) => Promise.reject(new CliError(`อ่านไฟล์ ${path} ไม่ได้ (cannot read): ${error.message}`)));
  const report = await withDatabase(async () => {
    const candidate = path.toLowerCase().endsWith('.json') ? fromJson(text) : await fromCsv(text, await servedOfficeFile());
    const file = await checkedFile(candidate);
    const changes = await plannedChanges(file);
    const checked = `ตรวจแล้วถูกต้อง: หน่วยงาน ${file.offices.length} แห่ง เจ้าหน้าที่ ${file.officers.length} คน (valid: ${file.offices.length} offices, ${file.officers.length} officers)`;
    if (!hasChanges(changes)) return `${checked}\nไม่มีอะไรเปลี่ยน ข้อมูลตรงกับที่มีอยู่แล้ว (no changes: the database already matches the file)`;
    if (dryRun) return `${checked}\nยังไม่ได้บันทึก (--dry-run, nothing written); จะเปลี่ยนดังนี้:\n${describeChanges(changes)}`;
    await importOffices(file);
    return `${checked}\nนำเข้าแล้ว (imported):\n${describeChanges(changes)}`;
  });
  process.stdout.write(`${report}\n`);
}

runCli(main);
