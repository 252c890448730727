/**
 * One name per feature. Menus, rich-menu tiles, buttons, the greeting, help and the knowledge
 * base's answers all say these words, and typing one does what tapping it does
 * (bot/conversation/vocabulary.ts; tests/integration/vocabulary.test.ts checks both ways).
 */
export const FEATURE_NAMES = {
  ask: 'ถามคำถาม',
  report: 'แจ้งเรื่อง',
  consult: 'ขอคำปรึกษา',
  talk: 'คุยกับเจ้าหน้าที่',
  track: 'ติดตามเรื่อง',
  schedule: 'ตารางกิจกรรม',
  news: 'รับข่าวกิจกรรม',
  newsStop: 'เลิกรับข่าว',
  contact: 'ติดต่อศูนย์',
  forms: 'แบบฟอร์มออนไลน์',
  menu: 'เมนู',
  myWork: 'งานของฉัน',
  register: 'ลงทะเบียน',
  myData: 'ขอดูข้อมูลของฉัน',
  eraseData: 'ขอลบข้อมูลของฉัน',
} as const;

export type FeatureKey = keyof typeof FEATURE_NAMES;
