import type { messagingApi } from '@line/bot-sdk';
import type { RedeemResult } from '../../domain/users/invites.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { postbackAction, textMessage } from './quick-reply.ts';
import { FEATURE_NAMES as F } from './feature-names.ts';
import { ROLE_NAMES } from '../../domain/users/role-names.ts';


export function buildRegistrationMessages(result: RedeemResult, officeName: string | undefined): messagingApi.Message[] {
  if (result.ok) {
    const role = ROLE_NAMES[result.invite.role];
    return [
      textMessage(
        `ลงทะเบียนเรียบร้อยค่ะ คุณเป็น${role} ของ${officeName ?? result.invite.officeCode}แล้ว\nเรื่องใหม่ในพื้นที่จะส่งมาที่แชตนี้ แตะ “รับเรื่อง” บนการ์ดเพื่อดูแลได้เลย และพิมพ์ “งานของฉัน” เพื่อดูเรื่องที่ค้างอยู่`,
        [postbackAction(F.myWork, POSTBACK_ACTIONS.officerQueue, {}, 'งานของฉัน')],
      ),
    ];
  }
  const reasons = {
    unknown: 'ไม่พบรหัสเชิญนี้ค่ะ ตรวจสอบตัวเลข 6 หลักอีกครั้ง หรือขอรหัสใหม่จากเจ้าหน้าที่ศูนย์ฯ',
    used: 'รหัสเชิญนี้ถูกใช้ไปแล้วค่ะ ขอรหัสใหม่จากเจ้าหน้าที่ศูนย์ฯ ได้เลย',
    expired: 'รหัสเชิญนี้หมดอายุแล้วค่ะ (ใช้ได้ 7 วัน) ขอรหัสใหม่จากเจ้าหน้าที่ศูนย์ฯ ได้เลย',
  } as const;
  return [textMessage(reasons[result.reason])];
}

export function buildRegistrationHelp(): messagingApi.Message[] {
  return [textMessage('การลงทะเบียนเจ้าหน้าที่ พิมพ์ “ลงทะเบียน” ตามด้วยรหัสเชิญ 6 หลักที่ได้จากศูนย์ฯ เช่น “ลงทะเบียน 483920” ค่ะ')];
}
