import type { OfficeRecord, OfficerRecord } from './office-data.ts';
import type { ImportProblem, Labelled } from './office-csv.ts';

/** The English part of a label: «row 3» of «แถว 3 (row 3)»; a JSON path is the same in both. */
const english = (label: string) => label.replace(/^.*\(([^)]*)\)\s*$/, '$1');

/**
 * Rules across records, each problem at the record to fix: a repeated code, a district or
 * sub-district the province does not have (or a sub-district of another district), a sub-district
 * two offices claim, not exactly one Clinic Center, an officer of an office not in the list.
 */
export function checkOfficeRelations(offices: Labelled<OfficeRecord>[], officers: Labelled<OfficerRecord>[], districts: ReadonlyMap<string, ReadonlySet<string>>): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const add = (label: string, th: string, en: string) => problems.push({ label, th, en });
  const officeAt = new Map<string, string>();
  const servedBy = new Map<string, { code: string; label: string }>();
  for (const { label, record } of offices) {
    const earlier = officeAt.get(record.code);
    if (earlier) add(label, `รหัสหน่วยงาน ${record.code} ซ้ำกับ${earlier}`, `office code ${record.code} repeats ${english(earlier)}`);
    else officeAt.set(record.code, label);
    const served = districts.get(record.districtCode);
    if (!served) add(label, `ไม่พบอำเภอรหัส ${record.districtCode} ในจังหวัดนี้`, `district ${record.districtCode} is not in this province`);
    for (const sub of record.subdistrictCodes) {
      if (served && !served.has(sub)) add(label, `ไม่พบตำบลรหัส ${sub} ในอำเภอ ${record.districtCode}`, `sub-district ${sub} is not in district ${record.districtCode}`);
      const other = servedBy.get(sub);
      if (other) add(label, `ตำบล ${sub} มีหน่วยงานดูแลแล้ว (${other.code}, ${other.label})`, `sub-district ${sub} is already served by ${other.code} (${english(other.label)})`);
      else servedBy.set(sub, { code: record.code, label });
    }
  }
  const clinics = offices.filter((office) => office.record.kind === 'clinic').length;
  if (clinics !== 1) add('รายการ (list)', `ต้องมีหน่วยงานประเภท clinic (ศูนย์ Clinic Center) 1 แห่งพอดี พบ ${clinics} แห่ง`, `exactly one office of kind clinic (the Clinic Center) is needed, found ${clinics}`);
  const officerAt = new Map<string, string>();
  for (const { label, record } of officers) {
    if (!officeAt.has(record.officeCode)) add(label, `ไม่พบหน่วยงาน ${record.officeCode} ในรายการ`, `office ${record.officeCode} is not in the list`);
    const earlier = officerAt.get(record.lineUserId);
    if (earlier) add(label, `เจ้าหน้าที่คนนี้ซ้ำกับ${earlier}`, `this LINE user repeats ${english(earlier)}`);
    else officerAt.set(record.lineUserId, label);
  }
  return problems;
}
