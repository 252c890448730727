import type { messagingApi } from '@line/bot-sdk';
import { messageAction, textMessage } from './quick-reply.ts';

export function buildAskPromptMessages(): messagingApi.Message[] {
  return [
    textMessage('พิมพ์คำถามได้เลยค่ะ เช่น “เบี้ยผู้สูงอายุได้วันไหน” หรือ “สมัครศูนย์เด็กเล็กใช้อะไรบ้าง”', [
      messageAction('เบี้ยผู้สูงอายุ'),
      messageAction('ศูนย์เด็กเล็ก'),
      messageAction('ภาษีที่ดิน'),
      messageAction('ขยะไม่มาเก็บ'),
    ]),
  ];
}
