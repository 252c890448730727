/** A field staff must correct, with the Thai message shown beside it (page, API and CSV import alike). */
export class ActivityInputError extends Error {
  override name = 'ActivityInputError';
  readonly fields: Record<string, string>;
  constructor(fields: Record<string, string>) {
    super(`invalid activity: ${Object.keys(fields).join(', ')}`);
    this.fields = fields;
  }
}

export type ActivityRefusal = 'not_found' | 'not_allowed_now' | 'use_reschedule' | 'changed_meanwhile';

/** The activity cannot do that now (cancelled already, edited by someone else meanwhile…). */
export class ActivityRefusedError extends Error {
  override name = 'ActivityRefusedError';
  readonly refusal: ActivityRefusal;
  constructor(refusal: ActivityRefusal) {
    super(`activity refused: ${refusal}`);
    this.refusal = refusal;
  }
}

export const REFUSAL_MESSAGES: Record<ActivityRefusal, string> = {
  not_found: 'ไม่พบกิจกรรมนี้ค่ะ',
  not_allowed_now: 'กิจกรรมนี้อยู่ในสถานะที่ทำรายการนี้ไม่ได้ค่ะ',
  use_reschedule: 'กิจกรรมที่เผยแพร่แล้ว เปลี่ยนวันเวลาด้วยปุ่ม «เลื่อนวัน» พร้อมเหตุผล เพื่อแจ้งผู้ที่ได้รับข่าวค่ะ',
  changed_meanwhile: 'มีผู้แก้ไขกิจกรรมนี้ไปก่อนแล้ว กรุณาโหลดหน้าใหม่แล้วลองอีกครั้งค่ะ',
};
