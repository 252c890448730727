import * as z from 'zod/mini';
import { ACTIVITY_AUDIENCES, ACTIVITY_TYPES, AREA_SCOPES } from './activity-kinds.ts';

/**
 * The staff activity forms, shared by the LIFF pages (Thai messages beside each field) and the API
 * (400 with the same messages). Times are `YYYY-MM-DDTHH:mm` in Bangkok, as datetime-local sends them.
 * References (topic, district, office) are checked by the domain, which knows the lists.
 */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const text = (min: number, max: number, required: string, tooLong: string) =>
  z.string().check(z.trim(), z.minLength(min, required), z.maxLength(max, tooLong));
const localTime = (message: string) => z.string().check(z.regex(LOCAL_TIME, message));
const reason = text(3, 500, 'กรุณาระบุเหตุผลอย่างน้อย 3 ตัวอักษร (ผู้ที่ได้รับข่าวจะเห็นเหตุผลนี้)', 'เหตุผลยาวเกิน 500 ตัวอักษร');

export const activityFormSchema = z
  .object({
    title: text(3, 120, 'กรุณากรอกชื่อกิจกรรม (อย่างน้อย 3 ตัวอักษร)', 'ชื่อกิจกรรมยาวเกิน 120 ตัวอักษร'),
    description: z._default(z.string().check(z.trim(), z.maxLength(2_000, 'รายละเอียดยาวเกิน 2,000 ตัวอักษร')), ''),
    topic: z.string().check(z.minLength(1, 'กรุณาเลือกหัวข้อ')),
    type: z.enum(ACTIVITY_TYPES, 'กรุณาเลือกประเภทกิจกรรม'),
    start: localTime('กรุณาเลือกวันและเวลาเริ่ม'),
    end: localTime('กรุณาเลือกวันและเวลาสิ้นสุด'),
    venueName: text(2, 200, 'กรุณากรอกสถานที่', 'ชื่อสถานที่ยาวเกิน 200 ตัวอักษร'),
    venueAddress: z.optional(z.string().check(z.trim(), z.maxLength(300, 'ที่อยู่ยาวเกิน 300 ตัวอักษร'))),
    /** The venue on a map, optional: both or neither. */
    venueLatitude: z.optional(z.number().check(z.gte(-90, 'ละติจูดต้องอยู่ระหว่าง -90 ถึง 90'), z.lte(90, 'ละติจูดต้องอยู่ระหว่าง -90 ถึง 90'))),
    venueLongitude: z.optional(z.number().check(z.gte(-180, 'ลองจิจูดต้องอยู่ระหว่าง -180 ถึง 180'), z.lte(180, 'ลองจิจูดต้องอยู่ระหว่าง -180 ถึง 180'))),
    areaScope: z.enum(AREA_SCOPES, 'กรุณาเลือกพื้นที่ของกิจกรรม'),
    areaCode: z.optional(z.string().check(z.maxLength(20, 'รหัสพื้นที่ไม่ถูกต้อง'))),
    audience: z.enum(ACTIVITY_AUDIENCES, 'กรุณาเลือกกลุ่มผู้เข้าร่วม'),
    capacity: z.nullable(z.number().check(z.int('จำนวนที่นั่งต้องเป็นจำนวนเต็ม'), z.gte(1, 'จำนวนที่นั่งต้องมากกว่า 0 หรือเว้นว่างถ้าไม่จำกัด'), z.lte(100_000, 'จำนวนที่นั่งมากเกินไป'))),
    registrationOpen: z._default(z.boolean(), true),
    organiser: text(2, 120, 'กรุณากรอกผู้จัด', 'ชื่อผู้จัดยาวเกิน 120 ตัวอักษร'),
  })
  .check(
    z.refine((form) => form.start < form.end, { message: 'เวลาสิ้นสุดต้องหลังเวลาเริ่ม', path: ['end'] }),
    z.refine((form) => form.areaScope === 'province' || (form.areaCode ?? '') !== '', { message: 'กรุณาเลือกอำเภอ ตำบล หรือหน่วยงาน', path: ['areaCode'] }),
    z.refine((form) => (form.venueLatitude === undefined) === (form.venueLongitude === undefined), { message: 'กรอกทั้งละติจูดและลองจิจูด หรือเว้นว่างทั้งคู่', path: ['venueLongitude'] }),
  );

export type ActivityForm = z.infer<typeof activityFormSchema>;

export const cancelActivitySchema = z.object({ reason });
export const postponeActivitySchema = z.object({ reason });

export const rescheduleActivitySchema = z
  .object({ start: localTime('กรุณาเลือกวันและเวลาเริ่มใหม่'), end: localTime('กรุณาเลือกวันและเวลาสิ้นสุดใหม่'), reason })
  .check(z.refine((form) => form.start < form.end, { message: 'เวลาสิ้นสุดต้องหลังเวลาเริ่ม', path: ['end'] }));
