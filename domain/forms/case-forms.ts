import * as z from 'zod/mini';

/**
 * The case forms, shared by the LIFF pages (which show these Thai messages beside each field)
 * and the API (which answers 400 with the same messages). zod/mini keeps the pages' bundle small.
 */
export const MAX_CASE_PHOTOS = 5;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_DESCRIPTION_LENGTH = 2_000;

const photoId = z.string().check(z.regex(/^[0-9a-f]{24}$/, 'รูปภาพไม่ถูกต้อง กรุณาแนบใหม่'));
const note = (required: string) =>
  z.string().check(z.trim(), z.minLength(1, required), z.maxLength(1_000, 'ข้อความยาวเกิน 1,000 ตัวอักษร'));

export const locationSchema = z.object({
  latitude: z.number().check(z.gte(-90, 'ละติจูดต้องอยู่ระหว่าง -90 ถึง 90'), z.lte(90, 'ละติจูดต้องอยู่ระหว่าง -90 ถึง 90')),
  longitude: z.number().check(z.gte(-180, 'ลองจิจูดต้องอยู่ระหว่าง -180 ถึง 180'), z.lte(180, 'ลองจิจูดต้องอยู่ระหว่าง -180 ถึง 180')),
  address: z.optional(z.string().check(z.maxLength(300, 'ที่อยู่ยาวเกิน 300 ตัวอักษร'))),
});

export const areaSchema = z.object({
  districtCode: z.string().check(z.regex(/^\d{4}$/, 'กรุณาเลือกอำเภอ')),
  subdistrictCode: z.string().check(z.regex(/^\d{6}$/, 'กรุณาเลือกตำบล')),
});

/** Contact details are optional and given only with explicit consent (PDPA). */
export const contactSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'กรุณากรอกชื่อ'), z.maxLength(100, 'ชื่อยาวเกิน 100 ตัวอักษร')),
  phone: z.string().check(z.regex(/^0\d{8,9}$/, 'กรุณากรอกเบอร์โทร 9–10 หลัก ขึ้นต้นด้วย 0 เช่น 0812345678')),
  consent: z.literal(true, 'กรุณายินยอมให้ใช้ชื่อและเบอร์โทรเพื่อติดต่อกลับก่อนค่ะ'),
});

export const newCaseSchema = z
  .object({
    kind: z.enum(['problem', 'consultation'], 'กรุณาเลือกว่าจะแจ้งปัญหาหรือขอคำปรึกษา'),
    category: z.string().check(z.minLength(1, 'กรุณาเลือกประเภทเรื่อง'), z.maxLength(40, 'ประเภทเรื่องไม่ถูกต้อง')),
    description: z
      .string()
      .check(
        z.trim(),
        z.minLength(5, 'กรุณาเล่ารายละเอียดอย่างน้อย 5 ตัวอักษร'),
        z.maxLength(MAX_DESCRIPTION_LENGTH, 'รายละเอียดยาวเกิน 2,000 ตัวอักษร'),
      ),
    photoIds: z._default(z.array(photoId).check(z.maxLength(MAX_CASE_PHOTOS, 'แนบรูปได้ไม่เกิน 5 รูป')), []),
    location: z.optional(locationSchema),
    area: z.optional(areaSchema),
    contact: z.optional(contactSchema),
  })
  .check(
    z.refine((form) => form.location !== undefined || form.area !== undefined, {
      message: 'กรุณาระบุตำแหน่ง หรือเลือกอำเภอและตำบล',
      path: ['area'],
    }),
  );

export type NewCaseForm = z.infer<typeof newCaseSchema>;

export const caseNoteSchema = z.object({
  note: note('กรุณาพิมพ์ข้อความ'),
  photoIds: z._default(z.array(photoId).check(z.maxLength(MAX_CASE_PHOTOS, 'แนบรูปได้ไม่เกิน 5 รูป')), []),
});

/** What an officer, the reporter or staff asks the case to do; the domain checks who may. */
export const caseActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept') }),
  z.object({ action: z.literal('start'), note: z.optional(z.string().check(z.maxLength(1_000, 'ข้อความยาวเกิน 1,000 ตัวอักษร'))) }),
  z.object({
    action: z.literal('resolve'),
    note: note('กรุณาสรุปผลการแก้ไข'),
    photoIds: z._default(z.array(photoId).check(z.maxLength(MAX_CASE_PHOTOS, 'แนบรูปได้ไม่เกิน 5 รูป')), []),
  }),
  z.object({
    action: z.literal('forward'),
    toOfficeCode: z.string().check(z.minLength(1, 'กรุณาเลือกหน่วยงานที่จะส่งต่อ')),
    reason: note('กรุณาระบุเหตุผลที่ส่งต่อ'),
  }),
  z.object({ action: z.literal('reject'), reason: note('กรุณาระบุเหตุผลที่ไม่รับเรื่อง') }),
  z.object({ action: z.literal('cancel'), reason: z.optional(z.string().check(z.maxLength(1_000, 'ข้อความยาวเกิน 1,000 ตัวอักษร'))) }),
  z.object({ action: z.literal('reopen'), note: note('กรุณาบอกว่ายังไม่เรียบร้อยตรงไหน') }),
  z.object({
    action: z.literal('rate'),
    rating: z.number().check(z.int('คะแนนต้องเป็นจำนวนเต็ม'), z.gte(1, 'ให้คะแนน 1–5'), z.lte(5, 'ให้คะแนน 1–5')),
    comment: z.optional(z.string().check(z.maxLength(500, 'ความคิดเห็นยาวเกิน 500 ตัวอักษร'))),
  }),
]);

export type CaseActionForm = z.infer<typeof caseActionSchema>;

export const officerRegistrationSchema = z.object({
  code: z.string().check(z.trim(), z.regex(/^\d{6}$/, 'รหัสเชิญเป็นตัวเลข 6 หลัก')),
});

export const inviteSchema = z.object({
  officeCode: z.string().check(z.minLength(1, 'กรุณาเลือกหน่วยงาน')),
  role: z.enum(['officer', 'office-admin', 'staff'], 'กรุณาเลือกบทบาท'),
});
