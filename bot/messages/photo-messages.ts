import type { messagingApi } from '@line/bot-sdk';
import { textMessage } from './quick-reply.ts';

export function buildPhotoRejectedMessages(reason: 'not_image' | 'too_large'): messagingApi.Message[] {
  const text = reason === 'too_large'
    ? 'รูปนี้ใหญ่เกิน 10 MB ค่ะ ลองส่งรูปที่เล็กลง หรือถ่ายใหม่อีกครั้งนะคะ'
    : 'ไฟล์นี้ไม่ใช่รูปภาพที่ระบบอ่านได้ค่ะ ลองส่งเป็นรูปถ่าย (JPEG หรือ PNG) อีกครั้งนะคะ';
  return [textMessage(text)];
}
