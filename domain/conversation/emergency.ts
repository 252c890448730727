/**
 * Messages that sound like an emergency happening now. Strong signs count alone; an incident word
 * (ไฟไหม้, อุบัติเหตุ) counts with a sign of urgency, so «ไฟไหม้หญ้าข้างทางบ่อย» in a report is not one.
 */
const STRONG = /(หมดสติ|ไม่หายใจ|หายใจไม่ออก|จมน้ำ|หัวใจวาย|หัวใจหยุด|ชักเกร็ง|เลือดออกมาก|ถูกแทง|ถูกยิง|โดนยิง|โดนแทง|ถูกทำร้าย|โจรขึ้นบ้าน|ไฟไหม้บ้าน|ไฟกำลังไหม้|ช่วยด้วย|ช่วยที|sos)/iu;
const INCIDENT = /(ไฟไหม้|อุบัติเหตุ|รถชน|บาดเจ็บ|เจ็บหนัก|ปล้น|ทำร้าย|น้ำท่วมบ้าน|ตกต้นไม้|งูกัด|ไฟดูด|ไฟช็อต)/u;
const URGENT = /(ด่วน|ตอนนี้|เดี๋ยวนี้|กำลัง|เพิ่ง|รีบ|ฉุกเฉิน|อันตราย|!{2,})/u;

export function soundsLikeEmergency(text: string): boolean {
  return STRONG.test(text) || (INCIDENT.test(text) && URGENT.test(text));
}
