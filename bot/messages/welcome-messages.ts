import type { messagingApi } from '@line/bot-sdk';
import { mainFeatureActions } from './main-features.ts';
import { textMessage } from './quick-reply.ts';
import { FEATURE_NAMES as F } from './feature-names.ts';

export function buildWelcomeMessages(displayName: string | undefined): messagingApi.Message[] {
  const greeting = displayName ? `สวัสดีค่ะ คุณ${displayName} 🙏` : 'สวัสดีค่ะ 🙏';
  return [
    textMessage(
      `${greeting}\nขอบคุณที่เพิ่มเพื่อนกับ Clinic Center ศูนย์เครือข่ายเพื่อแก้ไขปัญหาและส่งเสริมการมีส่วนร่วมในการพัฒนาท้องถิ่น ของ อบจ. ค่ะ`,
    ),
    textMessage(
      'ที่นี่ช่วยคุณได้ดังนี้\n' +
        '• ตอบคำถามเรื่องบริการของท้องถิ่น เช่น เบี้ยผู้สูงอายุ ศูนย์เด็กเล็ก ภาษีที่ดิน ขยะ ไฟถนน\n' +
        `• “${F.report}” ปัญหาในชุมชน หรือ “${F.consult}” และ “${F.track}” ได้จนเสร็จ\n` +
        `• “${F.talk}” ในเวลาทำการ\n` +
        `• “${F.schedule}” และหน่วยเคลื่อนที่ประจำเดือน\n\n` +
        `พิมพ์คำถามได้เลย หรือแตะปุ่มด้านล่าง พิมพ์ “${F.menu}” เมื่อไรก็ได้เพื่อดูบริการทั้งหมดค่ะ`,
      mainFeatureActions(),
    ),
  ];
}

export function buildWelcomeBackMessages(displayName: string | undefined): messagingApi.Message[] {
  return [textMessage(`ยินดีต้อนรับกลับค่ะ${displayName ? ` คุณ${displayName}` : ''} 🙏 พิมพ์คำถามได้เลย หรือเลือกบริการด้านล่างค่ะ`, mainFeatureActions())];
}
