import type { messagingApi } from '@line/bot-sdk';

/** Sent once when a person sends many messages at once; the rest of the burst is not answered. */
export function buildFloodNotice(): messagingApi.TextMessage {
  return {
    type: 'text',
    text: 'ได้รับข้อความหลายข้อความติดกันค่ะ ขอตอบข้อความแรก ๆ ก่อนนะคะ กรุณารอสักครู่ แล้วส่งคำถามที่ยังไม่ได้คำตอบมาใหม่ทีละข้อความค่ะ',
  };
}
