import type { messagingApi } from '@line/bot-sdk';
import type { District } from '../../domain/areas/admin-areas.ts';
import { caseCategories, type CaseKind } from '../../domain/cases/categories.ts';
import { MAX_CASE_PHOTOS } from '../../domain/forms/case-forms.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { buttonAction, flexBox, flexButton, flexMessage, flexText, BRAND_COLOR } from './flex.ts';
import { postbackAction, textMessage } from './quick-reply.ts';
import { FEATURE_NAMES as F } from './feature-names.ts';

/** The prompts of the case-intake flow. Every button carries the flow id `f`, so old ones are recognised. */
export type IntakeButtons = { flowId: string };

/** Intake button labels that other words stand for when typed (bot/flows/case-intake/intake-typed-buttons.ts). */
export const INTAKE_LABELS = {
  skipPhotos: 'ข้าม',
  photosDone: 'ส่งรูปครบแล้ว',
  pickArea: 'เลือกอำเภอ/ตำบล',
  otherDistrict: 'เลือกอำเภออื่น',
  contactYes: 'ยินยอม ให้โทรกลับ',
  contactNo: 'ไม่ต้องโทรกลับ',
  submit: 'ยืนยัน ส่งเรื่อง',
  fileNew: 'แจ้งเรื่องใหม่',
} as const;
const L = INTAKE_LABELS;

export function intakeCancelAction(flow: IntakeButtons): messagingApi.Action {
  return postbackAction('ยกเลิก', POSTBACK_ACTIONS.intakeCancel, { f: flow.flowId }, 'ยกเลิกการแจ้งเรื่อง');
}

export function buildKindPrompt(flow: IntakeButtons): messagingApi.Message[] {
  return [
    textMessage('ต้องการแจ้งปัญหา หรือขอคำปรึกษาคะ', [
      postbackAction('แจ้งปัญหา', POSTBACK_ACTIONS.intakeKind, { f: flow.flowId, k: 'problem' }),
      postbackAction(F.consult, POSTBACK_ACTIONS.intakeKind, { f: flow.flowId, k: 'consultation' }),
      intakeCancelAction(flow),
    ]),
  ];
}

export function buildCategoryPrompt(flow: IntakeButtons, kind: CaseKind): messagingApi.Message[] {
  const question = kind === 'problem' ? 'เป็นปัญหาเรื่องอะไรคะ เลือกด้านล่างได้เลย' : 'ขอคำปรึกษาเรื่องอะไรคะ เลือกด้านล่างได้เลย';
  const choices = caseCategories(kind).map((category) =>
    postbackAction(category.label, POSTBACK_ACTIONS.intakeCategory, { f: flow.flowId, c: category.code }, category.name),
  );
  return [textMessage(question, [...choices, intakeCancelAction(flow)])];
}

export function buildDescribePrompt(flow: IntakeButtons, kind: CaseKind): messagingApi.Message[] {
  const hint = kind === 'problem'
    ? 'เล่ารายละเอียดสั้น ๆ ได้เลยค่ะ ว่าเกิดอะไรขึ้น ตรงไหน ตั้งแต่เมื่อไร'
    : 'พิมพ์เรื่องที่ต้องการปรึกษาได้เลยค่ะ ยิ่งละเอียด เจ้าหน้าที่ยิ่งช่วยได้ตรงจุด';
  return [textMessage(hint, [intakeCancelAction(flow)])];
}

export function buildPhotosPrompt(flow: IntakeButtons, received: number): messagingApi.Message[] {
  const left = MAX_CASE_PHOTOS - received;
  const text = received === 0
    ? `ส่งรูปประกอบได้ไม่เกิน ${MAX_CASE_PHOTOS} รูปค่ะ ถ้าไม่มีรูป แตะ “ข้าม”`
    : `ได้รับรูปที่ ${received} แล้วค่ะ ส่งเพิ่มได้อีก ${left} รูป หรือแตะ “ส่งรูปครบแล้ว”`;
  return [
    textMessage(text, [
      { type: 'camera', label: 'ถ่ายรูป' },
      { type: 'cameraRoll', label: 'เลือกรูป' },
      postbackAction(received === 0 ? L.skipPhotos : L.photosDone, POSTBACK_ACTIONS.intakeSkipPhotos, { f: flow.flowId }),
      intakeCancelAction(flow),
    ]),
  ];
}

export function buildLocationPrompt(flow: IntakeButtons, retry = false): messagingApi.Message[] {
  const text = retry
    ? `ขออภัยค่ะ ระบุพื้นที่จากตำแหน่งนี้ไม่ได้ แตะ “${L.pickArea}” เพื่อเลือกเองได้เลยค่ะ`
    : `เกิดเรื่องที่ไหนคะ แตะ “ส่งตำแหน่ง” หรือ “${L.pickArea}”`;
  return [
    textMessage(text, [
      { type: 'location', label: 'ส่งตำแหน่ง' },
      postbackAction(L.pickArea, POSTBACK_ACTIONS.intakeManualArea, { f: flow.flowId }),
      intakeCancelAction(flow),
    ]),
  ];
}

export function buildDistrictPrompt(flow: IntakeButtons, districts: District[]): messagingApi.Message[] {
  const choices = districts.map((district) =>
    postbackAction(district.name, POSTBACK_ACTIONS.intakeDistrict, { f: flow.flowId, d: district.code }, `อำเภอ${district.name}`),
  );
  return [textMessage('อยู่อำเภอไหนคะ', [...choices.slice(0, 12), intakeCancelAction(flow)])];
}

/** Sub-districts can number twenty, more than quick replies hold: a card with two columns of buttons. */
export function buildSubdistrictPrompt(flow: IntakeButtons, district: District): messagingApi.Message[] {
  const buttons = district.subdistricts.map((sub) =>
    flexButton(buttonAction(sub.name, POSTBACK_ACTIONS.intakeSubdistrict, { f: flow.flowId, s: sub.code }, `ตำบล${sub.name}`), 'secondary'),
  );
  const rows: messagingApi.FlexComponent[] = [];
  for (let i = 0; i < buttons.length; i += 2) {
    rows.push(flexBox(buttons.slice(i, i + 2).map((button) => ({ ...button, flex: 1 })), { layout: 'horizontal' }));
  }
  const card: messagingApi.FlexBubble = {
    type: 'bubble',
    body: flexBox([flexText(`ตำบลไหนคะ (อำเภอ${district.name})`, { weight: 'bold', color: BRAND_COLOR, size: 'md' }), ...rows]),
  };
  return [
    flexMessage(`เลือกตำบลในอำเภอ${district.name}`, card, [
      postbackAction(L.otherDistrict, POSTBACK_ACTIONS.intakeManualArea, { f: flow.flowId }),
      intakeCancelAction(flow),
    ]),
  ];
}

export function buildContactPrompt(flow: IntakeButtons): messagingApi.Message[] {
  return [
    textMessage(
      'ต้องการให้เจ้าหน้าที่โทรกลับไหมคะ\nถ้าให้โทรกลับ ชื่อและเบอร์โทรจะใช้ติดต่อเรื่องนี้เท่านั้น และแสดงเฉพาะหน่วยงานที่รับเรื่องค่ะ',
      [
        postbackAction(L.contactYes, POSTBACK_ACTIONS.intakeContact, { f: flow.flowId, w: 'yes' }, 'ยินยอมให้เจ้าหน้าที่โทรกลับ'),
        postbackAction(L.contactNo, POSTBACK_ACTIONS.intakeContact, { f: flow.flowId, w: 'no' }),
        intakeCancelAction(flow),
      ],
    ),
  ];
}

export function buildContactDetailsPrompt(flow: IntakeButtons, retry = false): messagingApi.Message[] {
  const text = retry
    ? 'ขออภัยค่ะ ยังไม่พบเบอร์โทร พิมพ์ชื่อและเบอร์ 10 หลักอีกครั้งนะคะ เช่น สมใจ 0812345678'
    : 'พิมพ์ชื่อและเบอร์โทรได้เลยค่ะ เช่น สมใจ 0812345678';
  return [textMessage(text, [postbackAction(L.contactNo, POSTBACK_ACTIONS.intakeContact, { f: flow.flowId, w: 'no' }), intakeCancelAction(flow)])];
}

export function buildIntakeCancelledMessages(): messagingApi.Message[] {
  return [textMessage('ยกเลิกการแจ้งเรื่องแล้วค่ะ ไม่มีการบันทึกเรื่องนี้ หากต้องการแจ้งใหม่ พิมพ์ “แจ้งเรื่อง” ได้เลยค่ะ')];
}

export function buildIntakeExpiredMessages(): messagingApi.Message[] {
  return [textMessage('การแจ้งเรื่องที่ค้างไว้หมดเวลาแล้วค่ะ (เกิน 30 นาที) จึงยังไม่ได้บันทึก หากต้องการแจ้ง พิมพ์ “แจ้งเรื่อง” อีกครั้งได้เลยค่ะ')];
}

export function buildIntakeStaleMessages(): messagingApi.Message[] {
  return [textMessage('ปุ่มนี้มาจากการแจ้งเรื่องครั้งก่อนซึ่งจบไปแล้ว จึงไม่มีอะไรเปลี่ยนแปลงค่ะ หากต้องการแจ้งเรื่องใหม่ พิมพ์ “แจ้งเรื่อง” ได้เลยค่ะ')];
}

export function buildIntakeHintMessages(): messagingApi.Message[] {
  return [textMessage('ตอนนี้กำลังแจ้งเรื่องอยู่ค่ะ แตะปุ่มด้านล่างเพื่อไปต่อ หรือพิมพ์ “ยกเลิก” เพื่อยกเลิก')];
}
