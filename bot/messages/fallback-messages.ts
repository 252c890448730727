import type { messagingApi } from '@line/bot-sdk';
import { mainFeatureActions } from './main-features.ts';
import { textMessage } from './quick-reply.ts';

/** For messages nothing else understands: honest, and always offers a next step. */
export function buildFallbackMessages(): messagingApi.Message[] {
  return [
    textMessage(
      'ขออภัยค่ะ ยังไม่เข้าใจข้อความนี้ ลองพิมพ์คำถามสั้น ๆ เช่น “เบี้ยผู้สูงอายุ” หรือ “ภาษีที่ดิน” หรือเลือกบริการจากปุ่มด้านล่างได้เลยค่ะ',
      mainFeatureActions(),
    ),
  ];
}

export function buildUnsupportedMediaMessages(kind: 'image' | 'video' | 'audio' | 'file' | 'location' | 'sticker'): messagingApi.Message[] {
  const received: Record<typeof kind, string> = {
    image: 'ได้รับรูปภาพแล้วค่ะ',
    video: 'ได้รับวิดีโอแล้วค่ะ',
    audio: 'ได้รับข้อความเสียงแล้วค่ะ',
    file: 'ได้รับไฟล์แล้วค่ะ',
    location: 'ได้รับตำแหน่งแล้วค่ะ',
    sticker: 'ขอบคุณสำหรับสติกเกอร์ค่ะ 😊',
  };
  return [
    textMessage(
      `${received[kind]} ตอนนี้บอทยังรับเรื่องพร้อมรูปหรือตำแหน่งทางแชตไม่ได้ หากเป็นเรื่องเร่งด่วน แตะ “ติดต่อศูนย์” ได้เลย หรือพิมพ์คำถามเป็นข้อความได้เลยค่ะ`,
      mainFeatureActions(),
    ),
  ];
}

export function buildGroupGreetingMessages(): messagingApi.Message[] {
  return [
    textMessage(
      'สวัสดีค่ะ ขอบคุณที่เชิญ Clinic Center เข้ากลุ่มค่ะ บริการถามตอบและแจ้งเรื่องใช้ได้ในแชตส่วนตัวกับบัญชีนี้นะคะ เพิ่มเพื่อนแล้วพิมพ์คำถามได้เลยค่ะ',
    ),
  ];
}

/** A button from an older version of the menu or a message whose action no longer exists. */
export function buildOutdatedButtonMessages(): messagingApi.Message[] {
  return [textMessage('ขออภัยค่ะ ปุ่มนี้ใช้ไม่ได้แล้ว เลือกบริการจากปุ่มด้านล่างได้เลยค่ะ', mainFeatureActions())];
}
