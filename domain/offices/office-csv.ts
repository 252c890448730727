import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { officeRecordSchema, officerRecordSchema, type OfficeRecord, type OfficerRecord } from './office-data.ts';

/**
 * The province's office list as a spreadsheet exports it: one CSV of offices, or one of officers.
 * Every problem names the row a person fixes, in Thai and English. Pure.
 */
export const OFFICE_COLUMNS = ['code', 'name', 'kind', 'districtCode', 'subdistrictCodes', 'latitude', 'longitude', 'phone'] as const;
export const OFFICER_COLUMNS = ['lineUserId', 'officeCode', 'role', 'displayName'] as const;
const REQUIRED = { offices: ['code', 'name', 'kind', 'districtCode'], officers: ['lineUserId', 'officeCode', 'role'] } as const;

/** Where a record came from: «แถว 3 (row 3)» of a CSV, «offices[2]» of a JSON file. */
export type Labelled<T> = { label: string; record: T };
export type ImportProblem = { label: string; th: string; en: string };

export type OfficeCsv =
  | { kind: 'offices'; offices: Labelled<OfficeRecord>[] }
  | { kind: 'officers'; officers: Labelled<OfficerRecord>[] };

/** English for each field's rule; the Thai comes from the schema itself, so both read the same rule. */
const FIELD_RULES: Record<string, string> = {
  code: 'office code: 2–20 letters A–Z, digits or "-"',
  name: 'office name: 2–120 characters',
  kind: 'kind must be local, pao or clinic',
  districtCode: 'district code must be 4 digits',
  subdistrictCodes: 'sub-district codes must be 6 digits each, separated by ";"',
  location: 'latitude and longitude must both be numbers in range, or both empty',
  phone: 'phone: at most 40 characters',
  lineUserId: 'LINE user id must be U followed by 32 hex digits',
  officeCode: 'office code is required',
  role: 'role must be officer, office-admin, staff or admin',
  displayName: 'display name: at most 100 characters',
};

type Row = { line: number; cells: Record<string, string> };

/**
 * Reads either CSV: the records that pass their own checks, and the problems of every other row
 * (all at once, never just the first). `csv` is null when the file or its header cannot be read.
 */
export function readOfficeCsv(text: string | Buffer): { csv: OfficeCsv | null; problems: ImportProblem[] } {
  let table: { info: { records: number; empty_lines: number }; record: string[] }[];
  try {
    table = parse(text, { bom: true, trim: true, skip_empty_lines: true, info: true }) as unknown as typeof table;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { csv: null, problems: [{ label: line ? rowLabel(line) : 'CSV', th: 'อ่านไฟล์ CSV ไม่ได้', en: `unreadable CSV: ${(error as Error).message}` }] };
  }
  const [header, ...body] = table;
  const columns = header?.record ?? [];
  const kind = columns.includes('lineUserId') ? 'officers' : 'offices';
  const headerProblems = checkHeader(columns, kind);
  if (headerProblems.length > 0) return { csv: null, problems: headerProblems };
  // The row as a spreadsheet numbers it (a quoted line break stays in one row, a blank line is a row).
  const rows: Row[] = body.map(({ info, record }) => ({ line: info.records + info.empty_lines, cells: Object.fromEntries(columns.map((column, i) => [column, record[i] ?? ''])) }));
  return kind === 'offices' ? collect(rows, officeSchemaInput, officeRecordSchema, (offices) => ({ kind, offices })) : collect(rows, officerSchemaInput, officerRecordSchema, (officers) => ({ kind, officers }));
}

export function rowLabel(line: number): string {
  return `แถว ${line} (row ${line})`;
}

function checkHeader(columns: string[], kind: 'offices' | 'officers'): ImportProblem[] {
  const allowed: readonly string[] = kind === 'offices' ? OFFICE_COLUMNS : OFFICER_COLUMNS;
  const unknown = columns.filter((column) => !allowed.includes(column));
  const missing = REQUIRED[kind].filter((column) => !columns.includes(column));
  if (unknown.length === 0 && missing.length === 0) return [];
  const expected = `${OFFICE_COLUMNS.join(',')}  หรือ/or  ${OFFICER_COLUMNS.join(',')}`;
  return [{
    label: rowLabel(1),
    th: `หัวตารางไม่ถูกต้อง${missing.length ? ` ขาดคอลัมน์ ${missing.join(', ')}` : ''}${unknown.length ? ` ไม่รู้จักคอลัมน์ ${unknown.join(', ')}` : ''}`,
    en: `header must be ${expected}${missing.length ? `; missing ${missing.join(', ')}` : ''}${unknown.length ? `; unknown ${unknown.join(', ')}` : ''}`,
  }];
}

function officeSchemaInput(cells: Record<string, string>): unknown {
  const { latitude = '', longitude = '' } = cells;
  const location = latitude === '' && longitude === '' ? null : { latitude: toNumber(latitude), longitude: toNumber(longitude) };
  return {
    ...cells,
    subdistrictCodes: (cells.subdistrictCodes ?? '').split(';').map((code) => code.trim()).filter(Boolean),
    location,
    phone: cells.phone || undefined,
  };
}

/** «clinic-staff» is what the province calls Clinic Center staff; the role is `staff`. */
function officerSchemaInput(cells: Record<string, string>): unknown {
  return { ...cells, role: cells.role === 'clinic-staff' ? 'staff' : cells.role, displayName: cells.displayName || undefined };
}

const toNumber = (text: string) => (text === '' ? Number.NaN : Number(text));

/** Checks one record against its schema: problems named by field, Thai from the schema and English beside it. */
export function checkRecord<T>(schema: z.ZodType<T>, input: unknown, label: string): { record?: T; problems: ImportProblem[] } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { record: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const th = field === 'location' ? 'ละติจูดและลองจิจูดต้องเป็นตัวเลขทั้งคู่ หรือเว้นว่างทั้งคู่'
      : issue.code === 'invalid_type' ? `ไม่มีค่า ${field} หรือชนิดข้อมูลไม่ถูกต้อง`
      : issue.message;
    return { label: `${label} ${field}`.trim(), th, en: FIELD_RULES[field] ?? issue.message };
  });
  return { problems: dedupe(problems) };
}

function collect<T>(rows: Row[], toInput: (cells: Record<string, string>) => unknown, schema: z.ZodType<T>, build: (records: Labelled<T>[]) => OfficeCsv) {
  const records: Labelled<T>[] = [];
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const checked = checkRecord(schema, toInput(row.cells), rowLabel(row.line));
    if (checked.record) records.push({ label: rowLabel(row.line), record: checked.record });
    problems.push(...checked.problems);
  }
  if (rows.length === 0) problems.push({ label: 'CSV', th: 'ไม่มีข้อมูลใต้หัวตาราง', en: 'no rows below the header' });
  return { csv: build(records), problems };
}

function dedupe(problems: ImportProblem[]): ImportProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => !seen.has(`${problem.label}|${problem.th}`) && Boolean(seen.add(`${problem.label}|${problem.th}`)));
}
