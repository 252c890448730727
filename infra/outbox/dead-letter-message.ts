import type { messagingApi } from '@line/bot-sdk';

/** The notice staff get in LINE when messages could not be delivered (counts only: no personal data). */
export function buildDeadLetterAlert(count: number): messagingApi.TextMessage {
  return {
    type: 'text',
    text:
      `แจ้งเจ้าหน้าที่: มีข้อความ ${count.toLocaleString('th-TH')} รายการที่ระบบส่งไม่สำเร็จหลังพยายามส่งซ้ำแล้ว ` +
      '(LINE ขัดข้องนานหรือปฏิเสธข้อความ) ผู้ดูแลระบบตรวจสอบและส่งใหม่ได้ด้วยคำสั่ง npm run outbox:redrive ค่ะ',
  };
}
