import type { messagingApi } from '@line/bot-sdk';
import type { District } from '../../domain/areas/admin-areas.ts';
import type { Office } from '../../domain/offices/office-directory.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { BRAND_COLOR, buttonAction, flexBox, flexButton, flexMessage, flexText } from './flex.ts';
import { postbackAction, textMessage } from './quick-reply.ts';

type Flow = { flowId: string; ticket: string };

const cancel = (flow: Flow) => postbackAction('ยกเลิก', POSTBACK_ACTIONS.workCancel, { f: flow.flowId }, 'ยกเลิก');

export function buildResolveNotePrompt(flow: Flow): messagingApi.Message[] {
  return [textMessage(`เรื่อง ${flow.ticket}: พิมพ์สรุปผลการแก้ไขสั้น ๆ ค่ะ เช่น “เปลี่ยนหลอดไฟใหม่แล้ว”`, [cancel(flow)])];
}

export function buildResultPhotoPrompt(flow: Flow): messagingApi.Message[] {
  return [
    textMessage('ส่งรูปผลการแก้ไขอย่างน้อย 1 รูปค่ะ ผู้แจ้งจะเห็นรูปนี้พร้อมคำถามว่าเรียบร้อยแล้วหรือยัง', [
      { type: 'camera', label: 'ถ่ายรูป' },
      { type: 'cameraRoll', label: 'เลือกรูป' },
      cancel(flow),
    ]),
  ];
}

const REJECT_REASONS = ['ไม่ใช่อำนาจหน้าที่', 'ข้อมูลไม่เพียงพอ', 'เป็นเรื่องซ้ำ', 'ไม่ใช่ปัญหาสาธารณะ'];

export function buildReasonPrompt(flow: Flow, task: 'reject' | 'forward'): messagingApi.Message[] {
  const text = task === 'reject'
    ? `เรื่อง ${flow.ticket}: เหตุผลที่ไม่รับเรื่องคืออะไรคะ ผู้แจ้งจะได้รับแจ้งเหตุผลนี้`
    : `ส่งต่อเรื่อง ${flow.ticket} เพราะอะไรคะ (หน่วยงานปลายทางและผู้แจ้งจะเห็นเหตุผลนี้)`;
  const suggestions = task === 'reject' ? REJECT_REASONS : ['นอกพื้นที่รับผิดชอบ', 'เป็นงานของหน่วยงานอื่น'];
  return [textMessage(text, [...suggestions.map((reason) => postbackAction(reason, POSTBACK_ACTIONS.workReason, { f: flow.flowId, r: reason }, reason)), cancel(flow)])];
}

/** Likely targets first (Clinic Center, the อบจ., offices of the same district), then any district. */
export function buildForwardPrompt(flow: Flow, likely: Office[], districts: District[]): messagingApi.Message[] {
  const officeButton = (office: Office) => flexButton(buttonAction(office.name, POSTBACK_ACTIONS.workOffice, { f: flow.flowId, o: office.code }, `ส่งต่อให้${office.name}`));
  const districtButton = (district: District) => postbackAction(`อ.${district.name}`, POSTBACK_ACTIONS.workDistrict, { f: flow.flowId, d: district.code }, `อำเภอ${district.name}`);
  const card: messagingApi.FlexBubble = {
    type: 'bubble',
    body: flexBox([flexText(`ส่งต่อเรื่อง ${flow.ticket} ให้หน่วยงานไหนคะ`, { weight: 'bold', color: BRAND_COLOR, size: 'md' }), ...likely.slice(0, 12).map(officeButton)]),
  };
  return [flexMessage(`ส่งต่อเรื่อง ${flow.ticket}`, card, [...districts.slice(0, 11).map(districtButton), cancel(flow)])];
}

export function buildOfficePickPrompt(flow: Flow, district: District, offices: Office[]): messagingApi.Message[] {
  const card: messagingApi.FlexBubble = {
    type: 'bubble',
    body: flexBox([
      flexText(`หน่วยงานในอำเภอ${district.name}`, { weight: 'bold', color: BRAND_COLOR, size: 'md' }),
      ...offices.slice(0, 25).map((office) => flexButton(buttonAction(office.name, POSTBACK_ACTIONS.workOffice, { f: flow.flowId, o: office.code }, `ส่งต่อให้${office.name}`))),
    ]),
  };
  return [flexMessage(`หน่วยงานในอำเภอ${district.name}`, card, [cancel(flow)])];
}

export function buildNotePrompt(flow: Flow, added: number): messagingApi.Message[] {
  const text = added === 0
    ? `เรื่อง ${flow.ticket}: พิมพ์ข้อความ หรือส่งรูปเพิ่มได้เลยค่ะ`
    : `เพิ่มในเรื่อง ${flow.ticket} แล้วค่ะ ส่งเพิ่มได้อีก หรือแตะ “เสร็จแล้ว”`;
  return [
    textMessage(text, [
      { type: 'camera', label: 'ถ่ายรูป' },
      { type: 'cameraRoll', label: 'เลือกรูป' },
      postbackAction('เสร็จแล้ว', POSTBACK_ACTIONS.workDone, { f: flow.flowId }),
      cancel(flow),
    ]),
  ];
}

export function buildWorkCancelledMessages(ticket: string): messagingApi.Message[] {
  return [textMessage(`ยกเลิกแล้วค่ะ เรื่อง ${ticket} ยังเหมือนเดิม ไม่มีอะไรเปลี่ยนแปลง`)];
}

export function buildWorkStaleMessages(): messagingApi.Message[] {
  return [textMessage('ปุ่มนี้มาจากขั้นตอนที่จบไปแล้ว จึงไม่มีอะไรเปลี่ยนแปลงค่ะ เปิดการ์ดเรื่องนั้นอีกครั้งเพื่อทำต่อได้เลย')];
}

export function buildWorkExpiredMessages(): messagingApi.Message[] {
  return [textMessage('ขั้นตอนที่ค้างไว้หมดเวลาแล้วค่ะ จึงยังไม่ได้บันทึก เปิดการ์ดเรื่องนั้นอีกครั้งเพื่อทำต่อได้เลย')];
}

export function buildNoteDoneMessages(ticket: string): messagingApi.Message[] {
  return [textMessage(`เรียบร้อยค่ะ บันทึกในเรื่อง ${ticket} แล้ว อีกฝ่ายจะได้รับแจ้ง`)];
}
