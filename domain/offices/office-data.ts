import { z } from 'zod';

/** One office in an import file (JSON; the CSV columns are the same names). */
export const officeRecordSchema = z.object({
  code: z.string().trim().regex(/^[A-Za-z0-9-]{2,20}$/, 'รหัสหน่วยงานใช้ตัวอักษรอังกฤษ ตัวเลข และ - ได้ 2–20 ตัว'),
  name: z.string().trim().min(2, 'ต้องมีชื่อหน่วยงาน').max(120),
  kind: z.enum(['local', 'pao', 'clinic'], 'ประเภทต้องเป็น local, pao หรือ clinic'),
  districtCode: z.string().regex(/^\d{4}$/, 'รหัสอำเภอต้องเป็นตัวเลข 4 หลัก'),
  subdistrictCodes: z.array(z.string().regex(/^\d{6}$/, 'รหัสตำบลต้องเป็นตัวเลข 6 หลัก')).default([]),
  location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).nullable().optional(),
  phone: z.string().trim().max(40).optional(),
});

export const officerRecordSchema = z.object({
  lineUserId: z.string().regex(/^U[0-9a-f]{32}$/, 'LINE user id ต้องขึ้นต้นด้วย U ตามด้วยเลขฐานสิบหก 32 ตัว'),
  officeCode: z.string().trim().min(2),
  role: z.enum(['officer', 'office-admin', 'staff', 'admin'], 'บทบาทต้องเป็น officer, office-admin, staff หรือ admin'),
  displayName: z.string().trim().max(100).optional(),
});

export const officeFileSchema = z.object({
  sample: z.boolean().default(false),
  provinceCode: z.string().regex(/^\d{2}$/, 'รหัสจังหวัดต้องเป็นตัวเลข 2 หลัก'),
  outline: z.array(z.tuple([z.number(), z.number()])).default([]),
  offices: z.array(officeRecordSchema).min(1, 'ต้องมีหน่วยงานอย่างน้อย 1 แห่ง'),
  officers: z.array(officerRecordSchema).default([]),
});

export type OfficeRecord = z.infer<typeof officeRecordSchema>;
export type OfficerRecord = z.infer<typeof officerRecordSchema>;
export type OfficeFile = z.infer<typeof officeFileSchema>;

/** Cross-record rules a schema per record cannot see; messages name the record. */
export function checkOfficeFile(file: OfficeFile, knownSubdistricts: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  const codes = new Set<string>();
  const servedBy = new Map<string, string>();
  for (const office of file.offices) {
    if (codes.has(office.code)) errors.push(`หน่วยงาน ${office.code}: รหัสซ้ำ`);
    codes.add(office.code);
    for (const sub of office.subdistrictCodes) {
      if (!knownSubdistricts.has(sub)) errors.push(`หน่วยงาน ${office.code}: ไม่พบตำบลรหัส ${sub} ในจังหวัดนี้`);
      const other = servedBy.get(sub);
      if (other) errors.push(`ตำบล ${sub}: มีสองหน่วยงานดูแล (${other} และ ${office.code})`);
      servedBy.set(sub, office.code);
    }
  }
  if (!file.offices.some((office) => office.kind === 'clinic')) errors.push('ต้องมีหน่วยงานประเภท clinic (ศูนย์ Clinic Center) 1 แห่ง');
  for (const officer of file.officers) {
    if (!codes.has(officer.officeCode)) errors.push(`เจ้าหน้าที่ ${officer.lineUserId}: ไม่พบหน่วยงาน ${officer.officeCode}`);
  }
  return errors;
}
