import type { messagingApi } from '@line/bot-sdk';
import { mainFeatureActions } from './main-features.ts';
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

/** For menu items whose service opens in a later release: say so plainly and offer what works now. */
export function buildServiceNotOpenMessages(serviceName: string): messagingApi.Message[] {
  return [
    textMessage(
      `ขออภัยค่ะ บริการ “${serviceName}” ผ่านแชตยังไม่เปิดให้ใช้งาน ระหว่างนี้พิมพ์คำถามได้เลย หรือแตะ “ติดต่อศูนย์” เพื่อคุยกับเจ้าหน้าที่ค่ะ`,
      mainFeatureActions(),
    ),
  ];
}
