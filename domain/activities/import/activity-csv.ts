import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { District, ProvinceAreas } from '../../areas/admin-areas.ts';
import { isActivityType, isAudience, ACTIVITY_TYPES } from '../activity-kinds.ts';
import type { ActivityArea } from '../activity-areas.ts';
import { findTopic } from '../activity-topics.ts';
import { parseBangkokDateTime } from '../activity-time.ts';
import { checkTimes } from '../activity-validation.ts';
import type { ActivityInput } from '../activity-repository.ts';

export const ACTIVITY_CSV_HEADER = ['title', 'type', 'topic', 'start', 'end', 'venue', 'district', 'subdistrict', 'audience', 'capacity', 'status', 'description'] as const;
const MAX_ROWS = 2_000;

type Row = Record<(typeof ACTIVITY_CSV_HEADER)[number], string>;
export type ImportRow = { line: number; input: ActivityInput; publish: boolean; importKey: string };
export type CsvCheck = { rows: ImportRow[]; errors: string[] };

/**
 * Reads a month of activities from CSV and checks every row; errors name the row (its line in the
 * file) in Thai. Nothing is imported unless `errors` is empty. Each row's import key is its
 * identity (title, start, venue, place), so importing the same file twice changes nothing. Pure.
 */
export function checkActivityCsv(text: string, areas: ProvinceAreas, organiser: string): CsvCheck {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    return { rows: [], errors: [`อ่านไฟล์ CSV ไม่ได้: ${(error as Error).message}`] };
  }
  const [header, ...body] = records;
  if (!header || header.join(',') !== ACTIVITY_CSV_HEADER.join(',')) {
    return { rows: [], errors: [`แถว 1: หัวตารางต้องเป็น ${ACTIVITY_CSV_HEADER.join(',')} (ได้ ${header?.join(',') ?? 'ไฟล์ว่าง'})`] };
  }
  if (body.length === 0) return { rows: [], errors: ['ไม่มีกิจกรรมในไฟล์ (มีแต่หัวตาราง)'] };
  if (body.length > MAX_ROWS) return { rows: [], errors: [`ไฟล์หนึ่งนำเข้าได้ไม่เกิน ${MAX_ROWS} แถว (มี ${body.length} แถว)`] };
  const rows: ImportRow[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, index) => {
    const line = index + 2;
    if (cells.length !== ACTIVITY_CSV_HEADER.length) return void errors.push(`แถว ${line}: ต้องมี ${ACTIVITY_CSV_HEADER.length} ช่อง (มี ${cells.length} ช่อง)`);
    const row = Object.fromEntries(ACTIVITY_CSV_HEADER.map((name, i) => [name, cells[i] ?? ''])) as Row;
    const checked = checkRow(row, areas, organiser);
    if ('problems' in checked) return void errors.push(`แถว ${line}: ${checked.problems.join('; ')}`);
    const earlier = seen.get(checked.importKey);
    if (earlier) return void errors.push(`แถว ${line}: ซ้ำกับแถว ${earlier} (ชื่อ เวลาเริ่ม สถานที่และพื้นที่เดียวกัน)`);
    seen.set(checked.importKey, line);
    rows.push({ line, ...checked });
  });
  return { rows, errors };
}

function checkRow(row: Row, areas: ProvinceAreas, organiser: string): Omit<ImportRow, 'line'> | { problems: string[] } {
  const problems: string[] = [];
  if (row.title.length < 3 || row.title.length > 120) problems.push('title (ชื่อกิจกรรม) ต้องยาว 3–120 ตัวอักษร');
  if (!isActivityType(row.type)) problems.push(`type ต้องเป็น ${ACTIVITY_TYPES.join(', ')} (ได้ «${row.type}»)`);
  const topic = findTopic(row.topic);
  if (!topic) problems.push(`topic «${row.topic}» ไม่มีในรายการหัวข้อ (data/activities/topics.json)`);
  const startAt = parseBangkokDateTime(row.start);
  const endAt = parseBangkokDateTime(row.end);
  if (!startAt) problems.push(`start ต้องเป็น YYYY-MM-DD HH:mm เวลาไทย (ได้ «${row.start}»)`);
  if (!endAt) problems.push(`end ต้องเป็น YYYY-MM-DD HH:mm เวลาไทย (ได้ «${row.end}»)`);
  if (startAt && endAt) problems.push(...Object.values(checkTimes(startAt, endAt)).map((message) => `end: ${message}`));
  if (row.venue.length < 2 || row.venue.length > 200) problems.push('venue (สถานที่) ต้องยาว 2–200 ตัวอักษร');
  const area = placeOf(row.district, row.subdistrict, areas);
  if (typeof area === 'string') problems.push(area);
  if (!isAudience(row.audience)) problems.push(`audience ต้องเป็น public, officers หรือ both (ได้ «${row.audience}»)`);
  const capacity = row.capacity === '' ? null : Number(row.capacity);
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < 0 || capacity > 100_000)) problems.push(`capacity ต้องเป็นจำนวนเต็ม 0 ขึ้นไป หรือเว้นว่างถ้าไม่จำกัด (ได้ «${row.capacity}»)`);
  if (row.status !== 'draft' && row.status !== 'published') problems.push(`status ต้องเป็น draft หรือ published (ได้ «${row.status}»)`);
  if (row.description.length > 2_000) problems.push('description ยาวเกิน 2,000 ตัวอักษร');
  if (problems.length > 0) return { problems };
  const input: ActivityInput = {
    title: row.title,
    description: row.description,
    topic: topic!.code,
    type: row.type as ActivityInput['type'],
    startAt: startAt!,
    endAt: endAt!,
    venue: { name: row.venue },
    areas: [area as ActivityArea],
    audience: row.audience as ActivityInput['audience'],
    // 0 seats: a walk-in activity, nothing to register for.
    capacity: capacity === 0 ? null : capacity,
    registrationOpen: capacity !== 0,
    organiser,
  };
  const identity = [row.title, startAt!.toISOString(), row.venue, row.district, row.subdistrict].join('|');
  return { input, publish: row.status === 'published', importKey: `csv:${createHash('sha256').update(identity).digest('hex').slice(0, 32)}` };
}

const strip = (name: string, prefix: RegExp) => name.replace(prefix, '').replace(/\s+/g, '');

/** Thai names, with or without «อ./อำเภอ» and «ต./ตำบล»; both empty: the whole province. */
function placeOf(districtName: string, subdistrictName: string, areas: ProvinceAreas): ActivityArea | string {
  if (!districtName && !subdistrictName) return { scope: 'province' };
  if (!districtName) return 'subdistrict มีค่า แต่ district ว่าง: ระบุอำเภอของตำบลด้วย';
  const wanted = strip(districtName, /^(อำเภอ|อ\.)/);
  const district: District | undefined = areas.districts.find((candidate) => candidate.name.replace(/\s+/g, '') === wanted);
  if (!district) return `district «${districtName}» ไม่พบในจังหวัด${areas.province.name}`;
  if (!subdistrictName) return { scope: 'district', code: district.code };
  const sub = district.subdistricts.find((candidate) => candidate.name.replace(/\s+/g, '') === strip(subdistrictName, /^(ตำบล|ต\.)/));
  return sub ? { scope: 'subdistrict', code: sub.code } : `subdistrict «${subdistrictName}» ไม่พบในอำเภอ${district.name}`;
}
