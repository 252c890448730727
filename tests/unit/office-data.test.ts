import { describe, expect, it } from 'vitest';
import { readOfficeCsv } from '../../domain/offices/office-csv.ts';
import { checkOfficeRelations } from '../../domain/offices/office-relations.ts';
import type { OfficeRecord, OfficerRecord } from '../../domain/offices/office-data.ts';

const HEADER = 'code,name,kind,districtCode,subdistrictCodes,latitude,longitude,phone';
const csv = (...lines: string[]) => lines.join('\r\n');

describe('office CSV', () => {
  it('when a spreadsheet saves offices (BOM, quoted names, sub-districts separated by ;), then each row becomes an office record', () => {
    const read = readOfficeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(HEADER, 'CLINIC,"ศูนย์ Clinic Center, อบจ.",clinic,7201,,14.47,100.11,035-000-199', 'MUN-7201,เทศบาลเมือง,local,7201, 720101 ; 720102 ,,,'))]));
    expect(read.problems).toEqual([]);
    expect(read.csv).toEqual({
      kind: 'offices',
      offices: [
        { label: 'แถว 2 (row 2)', record: { code: 'CLINIC', name: 'ศูนย์ Clinic Center, อบจ.', kind: 'clinic', districtCode: '7201', subdistrictCodes: [], location: { latitude: 14.47, longitude: 100.11 }, phone: '035-000-199' } },
        { label: 'แถว 3 (row 3)', record: { code: 'MUN-7201', name: 'เทศบาลเมือง', kind: 'local', districtCode: '7201', subdistrictCodes: ['720101', '720102'], location: null } },
      ],
    });
  });

  it('when rows are wrong, then every problem is named by its spreadsheet row, in Thai and English, and the good rows still come through', () => {
    const read = readOfficeCsv(csv(HEADER, 'CLINIC,"ศูนย์\nบรรทัดสอง",clinic,7201,,,,', 'A 1,อบต.,village,72,7201x,14.5,,', '', 'B-2,อบต.บี,local,7202,,,,'));
    expect(read.csv?.kind === 'offices' && read.csv.offices.map((item) => item.label)).toEqual(['แถว 2 (row 2)', 'แถว 5 (row 5)']);
    expect(read.problems.map((problem) => problem.label)).toEqual(['แถว 3 (row 3) code', 'แถว 3 (row 3) kind', 'แถว 3 (row 3) districtCode', 'แถว 3 (row 3) subdistrictCodes', 'แถว 3 (row 3) location']);
    expect(read.problems[1]).toEqual({ label: 'แถว 3 (row 3) kind', th: 'ประเภทต้องเป็น local, pao หรือ clinic', en: 'kind must be local, pao or clinic' });
  });

  it('when the header is not one of the two layouts, then it says which columns are missing or unknown', () => {
    const read = readOfficeCsv(csv('code,name,type,districtCode', 'X-1,ชื่อ,local,7201'));
    expect(read.csv).toBeNull();
    expect(read.problems[0]?.th).toContain('ขาดคอลัมน์ kind');
    expect(read.problems[0]?.en).toContain('unknown type');
  });

  it('when a CSV lists officers, then clinic-staff means staff and blank names are left out', () => {
    const id = `U${'a'.repeat(32)}`;
    const read = readOfficeCsv(csv('lineUserId,officeCode,role,displayName', `${id},CLINIC,clinic-staff,`, `${id.replace('a', 'b')},SAO-1,officer,สมชาย`));
    expect(read.csv).toEqual({
      kind: 'officers',
      officers: [
        { label: 'แถว 2 (row 2)', record: { lineUserId: id, officeCode: 'CLINIC', role: 'staff' } },
        { label: 'แถว 3 (row 3)', record: { lineUserId: id.replace('a', 'b'), officeCode: 'SAO-1', role: 'officer', displayName: 'สมชาย' } },
      ],
    });
  });
});

describe('office list relations', () => {
  const districts = new Map([['7201', new Set(['720101', '720102'])], ['7202', new Set(['720201'])]]);
  const office = (code: string, kind: OfficeRecord['kind'], districtCode: string, subdistrictCodes: string[], row: number) => ({ label: `แถว ${row} (row ${row})`, record: { code, name: code, kind, districtCode, subdistrictCodes } });

  it('when the list is consistent, then no problems', () => {
    expect(checkOfficeRelations([office('CLINIC', 'clinic', '7201', [], 2), office('A-1', 'local', '7201', ['720101', '720102'], 3)], [], districts)).toEqual([]);
  });

  it('when codes repeat, sub-districts are claimed twice or lie elsewhere, and an officer’s office is missing, then each is reported at the row to fix', () => {
    const officers: { label: string; record: OfficerRecord }[] = [{ label: 'แถว 2 (row 2)', record: { lineUserId: `U${'c'.repeat(32)}`, officeCode: 'NOPE', role: 'officer' } }];
    const problems = checkOfficeRelations(
      [office('A-1', 'local', '7201', ['720101'], 2), office('A-2', 'local', '7201', ['720101', '720201'], 3), office('A-1', 'local', '9999', [], 4)],
      officers,
      districts,
    );
    expect(problems.map((problem) => `${problem.label} | ${problem.en}`)).toEqual([
      'แถว 3 (row 3) | sub-district 720101 is already served by A-1 (row 2)',
      'แถว 3 (row 3) | sub-district 720201 is not in district 7201',
      'แถว 4 (row 4) | office code A-1 repeats row 2',
      'แถว 4 (row 4) | district 9999 is not in this province',
      'รายการ (list) | exactly one office of kind clinic (the Clinic Center) is needed, found 0',
      'แถว 2 (row 2) | office NOPE is not in the list',
    ]);
    expect(problems[0]?.th).toBe('ตำบล 720101 มีหน่วยงานดูแลแล้ว (A-1, แถว 2 (row 2))');
  });
});
