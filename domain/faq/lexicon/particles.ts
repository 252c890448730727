/** Polite particles, fillers and chat noise that carry no meaning for matching, in any position. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'ครับ', 'คับ', 'ครัช', 'คร้าบ', 'ครัฟ', 'ค้าบ', 'คั้บ', 'ขอรับ', 'ครับผม', 'คับผม', 'ฮะ', 'ฮับ', 'ฮ้าบ',
  'ค่ะ', 'คะ', 'คร่ะ', 'ค้ะ', 'คระ', 'เจ้าค่ะ', 'เจ้า', 'จ้า', 'จ้ะ', 'จ๊ะ', 'จ๋า', 'จ่ะ', 'จ้าา', 'ย่ะ',
  'นะ', 'น้า', 'น๊ะ', 'นะคะ', 'นะครับ', 'นะจ๊ะ', 'เน้อ', 'เด้อ', 'เด้', 'เนาะ', 'เนอะ', 'ล่ะ', 'หละ', 'แหละ', 'หนิ', 'นิ',
  'อะ', 'อ่ะ', 'เอ่อ', 'อืม', 'อ่า', 'เออ', 'อ้อ', 'โอ๊ย', 'อุ๊ย', 'หรอ', 'เหรอ', 'วะ', 'ดิ', 'สิ', 'ซิ', 'เถอะ', 'เหอะ',
  'หน่อย', 'แหน่', 'แน', 'ที', 'ด้วย', 'ดอก', 'เด', 'ละกัน', 'แล้วกัน', 'จ้ะ', 'ค่ะค่ะ', 'ขอบคุณ', 'สวัสดี',
  'ผม', 'ดิฉัน', 'ฉัน', 'หนู', 'กู', 'ข้า', 'เค้า', 'ตัวเอง', 'เอ็ง', 'แก', 'คุณ', 'ท่าน',
  'เรา', 'ทาง', 'ไว้', 'มัน', 'งง', 'งงๆ', 'นี่', 'โน่น', 'นั่น', 'อ่ะนะ', 'เลยย', 'ๆ', 'ok', 'โอเค', 'hello', 'hi',
]);

/** Particles that are also ordinary words (ค่า = fee) and are only dropped at the very end of a question. */
export const FINAL_ONLY_PARTICLES: ReadonlySet<string> = new Set(['ค่า', 'ค้า', 'คา', 'จ้า', 'มั้ง']);

/**
 * Sentence-final particles that ICU does not know in their chat spellings (คร้าบ, ค้าบ) and so glues to
 * the previous word. They are cut off the end of each chunk before segmentation. Forms that also end
 * ordinary words (คับ in บังคับ, น้า in หน้า, ค้า in ร้านค้า) are left to the word-level filter.
 */
export const CHUNK_FINAL_PARTICLES: readonly string[] = [
  'นะครับ', 'นะคะ', 'ครับ', 'ครัช', 'คร้าบ', 'ค้าบ', 'ครัฟ', 'ค่ะ', 'คะ', 'คร่ะ', 'ค้ะ',
  'จ้า', 'จ้ะ', 'จ๊ะ', 'จ๋า', 'ฮะ', 'ฮับ', 'เด้อ', 'เน้อ',
];
