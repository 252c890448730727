import * as z from 'zod/mini';
import { MAX_CASE_PHOTOS } from './case-forms.ts';

/**
 * The staff chat page's forms, shared by the LIFF page (Thai messages beside each field) and
 * `/api/consultations` (400 with the same messages).
 */
export const MAX_LINE_LENGTH = 2_000;
export const MAX_VARIANT_LENGTH = 300;

export const consultationLineSchema = z.object({
  text: z.string().check(z.trim(), z.maxLength(MAX_LINE_LENGTH, 'ข้อความยาวเกิน 2,000 ตัวอักษร')),
  photoIds: z._default(z.array(z.string().check(z.regex(/^[0-9a-f]{24}$/, 'รูปไม่ถูกต้อง'))).check(z.maxLength(MAX_CASE_PHOTOS, 'แนบรูปได้ไม่เกิน 5 รูป')), []),
});

export const consultationToCaseSchema = z.object({
  officeCode: z.string().check(z.minLength(1, 'กรุณาเลือกหน่วยงาน')),
  reason: z.string().check(z.trim(), z.minLength(1, 'กรุณาระบุเหตุผลที่ส่งต่อ'), z.maxLength(1_000, 'ข้อความยาวเกิน 1,000 ตัวอักษร')),
});

export const consultationFaqSchema = z.object({
  faqId: z.string().check(z.minLength(1, 'กรุณาเลือกคำถามที่พบบ่อย')),
  wording: z.optional(z.string().check(z.maxLength(MAX_VARIANT_LENGTH, 'ข้อความยาวเกิน 300 ตัวอักษร'))),
});

export type ConsultationToCaseForm = z.infer<typeof consultationToCaseSchema>;
