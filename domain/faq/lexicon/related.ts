import type { RelatedTerm } from './types.ts';

/**
 * Query words that point at a broader concept of the knowledge base. Unlike synonyms they keep the
 * original word and add the concept with a reduced weight, so "ยาย" can reach elderly care without
 * pretending that every grandmother question is about the elderly allowance.
 */
export const RELATED_TERMS: RelatedTerm[] = [
  { forms: ['ยาย', 'ปู่', 'ย่า', 'ตายาย', 'ปู่ย่า', 'ปู่ย่าตายาย', 'พ่อแม่แก่', 'คุณยาย', 'คุณตา', 'ตา', 'ตาทวด', 'ยายทวด'], related: 'ผู้สูงอายุ' },
  { forms: ['ลูก', 'ลูกสาว', 'ลูกชาย', 'หลาน', 'บุตร'], related: 'เด็ก' },
  { forms: ['อนุบาล', 'เตรียมอนุบาล', 'เนิร์สเซอรี่'], related: 'ศูนย์เด็กเล็ก' },
  { forms: ['ก๋วยเตี๋ยว', 'ข้าวแกง', 'ตามสั่ง', 'อาหารตามสั่ง', 'ส้มตำ', 'ข้าวมันไก่', 'กาแฟ', 'ขนมจีน'], related: 'ร้านอาหาร' },
  { forms: ['ข้าวโพด', 'มันสำปะหลัง', 'อ้อย', 'ยางพารา', 'ลำไย', 'ทุเรียน', 'นาข้าว', 'ที่นา', 'สวน', 'ไร่', 'สวนยาง', 'สวนผลไม้', 'ไร่อ้อย', 'ไร่มัน', 'นาปี', 'นาปรัง'], related: 'พืช' },
  { forms: ['วัว', 'ควาย', 'ไก่', 'เป็ด', 'หมู', 'แพะ', 'สัตว์เลี้ยง'], related: 'ปศุสัตว์' },
  { forms: ['ซอย', 'ถนนหน้าบ้าน', 'ตรอก'], related: 'ถนน' },
  { forms: ['บ่อน้ำ', 'บ่อบาดาล', 'น้ำบาดาล', 'สระน้ำ'], related: 'น้ำ' },
  { forms: ['ทางเดิน', 'ที่ทำกิน', 'เขตที่ดิน', 'รั้ว', 'แนวเขต'], related: 'ที่ดิน' },
  { forms: ['โรคติดต่อ', 'โรคระบาด', 'ไข้'], related: 'สาธารณสุข' },
];
