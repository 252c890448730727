import type { messagingApi } from '@line/bot-sdk';
import { mainFeatureActions } from './main-features.ts';
import { textMessage } from './quick-reply.ts';

export function buildGreetingMessages(): messagingApi.Message[] {
  return [textMessage('สวัสดีค่ะ 🙏 มีอะไรให้ Clinic Center ช่วยไหมคะ พิมพ์คำถามได้เลย หรือเลือกบริการด้านล่างค่ะ', mainFeatureActions())];
}

export function buildThanksMessages(): messagingApi.Message[] {
  return [textMessage('ยินดีค่ะ 😊 หากมีคำถามเพิ่มเติม พิมพ์มาได้ตลอดเลยนะคะ')];
}
