import type { TypedAliases } from '../../../domain/flows/offered-buttons.ts';
import { INTAKE_LABELS } from '../../messages/case-intake-messages.ts';

/**
 * Any intake button may be typed instead of tapped (a villager on an old phone, or one who prefers
 * the keyboard); these are the other words people type for some of them. Only a button the last
 * prompt offered counts, so «ยืนยัน» submits at the summary and means nothing elsewhere.
 */
const L = INTAKE_LABELS;
const NO_MORE_PHOTOS = ['ข้าม', 'ไม่มีรูป', 'ไม่มี', 'ครบแล้ว', 'ส่งรูปครบแล้ว', 'เสร็จแล้ว', 'skip'];
export const INTAKE_TYPED_ALIASES: TypedAliases = {
  [L.skipPhotos]: NO_MORE_PHOTOS,
  [L.photosDone]: NO_MORE_PHOTOS,
  [L.pickArea]: ['เลือกอำเภอ', 'เลือกตำบล'],
  [L.otherDistrict]: [L.pickArea, 'เลือกอำเภอ'],
  [L.contactYes]: ['ให้โทรกลับ', 'ยินยอม', 'โทรกลับได้'],
  [L.contactNo]: ['ไม่ต้อง', 'ไม่ยินยอม', 'ไม่ต้องติดต่อกลับ'],
  [L.fileNew]: ['เป็นเรื่องใหม่'],
  [L.submit]: ['ส่งเรื่อง', 'ยืนยัน'],
};
