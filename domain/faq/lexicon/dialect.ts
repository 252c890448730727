import type { SynonymGroup } from './types.ts';

/** Isan, northern and southern words mapped to central Thai (question words live in question-words.ts). */
export const DIALECT_WORDS: SynonymGroup[] = [
  { canonical: 'ไม่', forms: ['บ่', 'บ่ได้', 'ม่าย', 'บ่อได้', 'ไม', 'ไม่ได้'] },
  { canonical: 'ทำ', forms: ['เฮ็ด', 'ยะ', 'ยะไหร', 'เฮ็ดหยัง'] },
  { canonical: 'พูด', forms: ['เว้า', 'เว้าจา', 'อู้'] },
  { canonical: 'ก็', forms: ['กะ', 'ก่ะ'] },
  { canonical: 'เรา', forms: ['เฮา', 'ข่อย', 'ผู้ข้า', 'เปิ้น', 'หมู่เฮา'] },
  { canonical: 'ดู', forms: ['เบิ่ง', 'แล', 'ผ่อ'] },
  { canonical: 'รู้', forms: ['ฮู้', 'ฮู้จัก'] },
  { canonical: 'ให้', forms: ['หื้อ', 'หื้อได้'] },
  { canonical: 'ที่', forms: ['ตี้', 'หม่อง'] },
  { canonical: 'กิน', forms: ['กิ๋น', 'แดก'] },
  { canonical: 'พี่', forms: ['ปี้', 'อ้าย', 'เอื้อย'] },
  { canonical: 'เด็ก', forms: ['ละอ่อน', 'เด็กน้อย', 'ลูกน้อย', 'หละอ่อน', 'เด็กๆ', 'บักหำ', 'อีหล่า'] },
  { canonical: 'ชาวบ้าน', forms: ['จาวบ้าน', 'คนบ้าน'] },
  { canonical: 'วันนี้', forms: ['มื้อนี้', 'วันนี้'] },
  { canonical: 'พรุ่งนี้', forms: ['มื้ออื่น', 'พรุ่งนี้'] },
  { canonical: 'เมื่อวาน', forms: ['มื้อวาน', 'วานนี้', 'เมื่อวานนี้', 'เมื่อวาน'] },
  { canonical: 'กี่ วัน', forms: ['จักมื้อ', 'กี่มื้อ', 'หลายมื้อ'] },
  { canonical: 'ถึง', forms: ['ฮอด', 'เถิง'] },
  { canonical: 'มาก', forms: ['คัก', 'โคตร', 'สุดๆ'] },
  { canonical: 'เงิน', forms: ['ตังค์', 'ตัง', 'ตังส์', 'สตางค์', 'เงินทอง'] },
  { canonical: 'อร่อย', forms: ['แซบ', 'หรอย', 'ลำ'] },
  { canonical: 'ตอนนี้', forms: ['หลาว', 'ตอนนี่', 'เดี๋ยวนี้'] },
  { canonical: 'ขยะ', forms: ['ขี้เหยื้อ', 'ขี้เยื่อ', 'ขยะมูลฝอย', 'มูลฝอย'] },
];
