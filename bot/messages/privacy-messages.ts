import type { messagingApi } from '@line/bot-sdk';
import type { PrivacyRequest } from '../../domain/privacy/privacy-requests.ts';
import { formatThaiDate } from '../../domain/time/thai-time.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { postbackAction, textMessage } from './quick-reply.ts';

/** Said at the first follow (PDPA): what is recorded and why, where to read more, how to see or erase it. */
export function buildPrivacyNotice(noticeUrl: string | undefined): messagingApi.Message {
  const actions: messagingApi.Action[] = [
    ...(noticeUrl ? [{ type: 'uri' as const, label: 'อ่านประกาศฉบับเต็ม', uri: noticeUrl }] : []),
    postbackAction('ขอดูข้อมูลของฉัน', POSTBACK_ACTIONS.privacyAccess, {}, 'ขอดูข้อมูลของฉัน'),
  ];
  return textMessage(
    'ความเป็นส่วนตัว: เราบันทึกข้อความ รูป และตำแหน่งที่คุณส่ง เพื่อตอบคำถามและดำเนินเรื่องที่แจ้งเท่านั้น ' +
      'ชื่อและเบอร์โทรเก็บเมื่อคุณยินยอม และให้เฉพาะหน่วยงานที่รับเรื่อง พิมพ์ “ขอดูข้อมูลของฉัน” หรือ “ขอลบข้อมูลของฉัน” ได้ทุกเมื่อค่ะ',
    actions,
  );
}

export function buildAccessAnswer(summary: { label: string; count: number }[], request: PrivacyRequest, pageUrl: string | undefined): messagingApi.Message[] {
  const list = summary.length === 0 ? 'ยังไม่มีข้อมูลของคุณนอกจากบัญชี LINE' : summary.map((item) => `• ${item.label}: ${item.count}`).join('\n');
  const actions: messagingApi.Action[] = pageUrl ? [{ type: 'uri', label: 'ดูข้อมูลของฉันทั้งหมด', uri: pageUrl }] : [];
  return [
    textMessage(
      `ข้อมูลที่เราเก็บไว้เกี่ยวกับคุณ:\n${list}\n\nบันทึกคำขอดูข้อมูลแล้ว เลขที่ ${request.number} เจ้าหน้าที่จะส่งสำเนาให้ภายใน ${formatThaiDate(request.dueAt)} ค่ะ`,
      actions,
    ),
  ];
}

export function buildEraseConfirm(): messagingApi.Message[] {
  return [
    textMessage(
      'ยืนยันให้ลบข้อมูลส่วนตัวของคุณไหมคะ\nข้อความ รูป ชื่อ เบอร์โทร และการติดตามเรื่องจะถูกลบ เรื่องที่แจ้งไว้จะเหลือเพียงสถิติ (ประเภท พื้นที่ วันที่) โดยไม่ระบุตัวตน และจะติดตามเรื่องเดิมทางแชตไม่ได้อีก',
      [
        postbackAction('ยืนยันลบข้อมูล', POSTBACK_ACTIONS.privacyEraseConfirm, {}, 'ยืนยันลบข้อมูลของฉัน'),
        postbackAction('ไม่ลบ', POSTBACK_ACTIONS.menu, {}, 'ไม่ลบข้อมูล'),
      ],
    ),
  ];
}

export function buildEraseRecorded(request: PrivacyRequest): messagingApi.Message[] {
  return [textMessage(`บันทึกคำขอลบข้อมูลแล้วค่ะ เลขที่ ${request.number} เจ้าหน้าที่จะดำเนินการและแจ้งผลภายใน ${formatThaiDate(request.dueAt)}`)];
}

export function buildErased(): messagingApi.Message[] {
  return [textMessage('ลบข้อมูลส่วนตัวของคุณเรียบร้อยแล้วค่ะ ตามคำขอ หากต้องการใช้บริการอีก พิมพ์คำถามได้เลย')];
}

/** Staff closed an access request: where the person reads and downloads everything. */
export function buildAccessDone(number: string, pageUrl: string | undefined): messagingApi.Message[] {
  const actions: messagingApi.Action[] = pageUrl ? [{ type: 'uri', label: 'เปิดข้อมูลของฉัน', uri: pageUrl }] : [];
  const where = pageUrl ? 'ดูและดาวน์โหลดข้อมูลทั้งหมดได้ที่หน้า «ข้อมูลของฉัน»' : 'เจ้าหน้าที่จะส่งสำเนาให้ตามช่องทางที่ติดต่อไว้';
  return [textMessage(`คำขอดูข้อมูล ${number} ดำเนินการแล้วค่ะ ${where}`, actions)];
}

/** Clinic Center staff hear of each request, with its legal deadline. */
export function buildStaffPrivacyNotice(request: PrivacyRequest, pageUrl: string | undefined): messagingApi.Message[] {
  const what = request.kind === 'erasure' ? 'ขอลบข้อมูลส่วนบุคคล' : 'ขอดูข้อมูลส่วนบุคคล';
  const actions: messagingApi.Action[] = pageUrl ? [{ type: 'uri', label: 'เปิดรายการคำขอ', uri: pageUrl }] : [];
  return [textMessage(`คำขอใหม่ ${request.number}: ${what} ต้องดำเนินการภายใน ${formatThaiDate(request.dueAt)} (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล)`, actions)];
}
