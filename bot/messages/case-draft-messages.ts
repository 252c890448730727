import type { messagingApi } from '@line/bot-sdk';
import type { CaseView } from '../../domain/cases/case-view.ts';
import { formatThaiDate } from '../../domain/time/thai-time.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { caseBubble, type PhotoUrl } from './case-card.ts';
import { INTAKE_LABELS, intakeCancelAction, type IntakeButtons } from './case-intake-messages.ts';
import { BRAND_COLOR, buttonAction, flexBox, flexButton, flexCarousel, flexMessage, flexRow, flexText } from './flex.ts';
import { truncate } from './limits.ts';
import { postbackAction, textMessage } from './quick-reply.ts';
import { FEATURE_NAMES as F } from './feature-names.ts';

/** What the villager is about to file, in words, with who would take it and by when. */
export type DraftSummary = {
  categoryName: string;
  description: string;
  photoCount: number;
  place: string;
  officeName: string;
  dueAt: Date;
  contact: { name: string; phone: string } | null;
};

export function buildDraftSummary(flow: IntakeButtons, draft: DraftSummary): messagingApi.Message[] {
  const card: messagingApi.FlexBubble = {
    type: 'bubble',
    header: flexBox([flexText('ตรวจสอบก่อนส่งเรื่องค่ะ', { weight: 'bold', color: BRAND_COLOR, size: 'md' })]),
    body: flexBox([
      flexRow('เรื่อง', draft.categoryName),
      flexRow('รายละเอียด', truncate(draft.description, 400)),
      flexRow('รูป', draft.photoCount === 0 ? 'ไม่มี' : `${draft.photoCount} รูป`),
      flexRow('พื้นที่', draft.place),
      flexRow('ผู้รับผิดชอบ', draft.officeName),
      flexRow('กำหนดเสร็จ', `ภายใน ${formatThaiDate(draft.dueAt)}`),
      flexRow('ติดต่อกลับ', draft.contact ? `${draft.contact.name} ${draft.contact.phone}` : 'ไม่ต้องโทรกลับ'),
    ]),
    footer: flexBox([
      flexButton(buttonAction(INTAKE_LABELS.submit, POSTBACK_ACTIONS.intakeSubmit, { f: flow.flowId }, 'ยืนยันส่งเรื่อง'), 'primary'),
      flexButton(buttonAction('แก้ไข', POSTBACK_ACTIONS.intakeEdit, { f: flow.flowId }, 'ขอแก้ไข')),
      flexButton(intakeCancelAction(flow)),
    ]),
  };
  return [flexMessage(`ตรวจสอบก่อนส่งเรื่อง: ${draft.categoryName} ที่ ${draft.place}`, card)];
}

/** The parts of a draft that can be changed, with their buttons' labels (typed, they do the same). */
const EDITABLE = [
  ['category', 'แก้ประเภทเรื่อง'],
  ['description', 'แก้รายละเอียด'],
  ['photos', 'แนบรูปใหม่'],
  ['location', 'แก้พื้นที่'],
  ['contact', 'แก้การติดต่อกลับ'],
] as const;

export function buildEditMenu(flow: IntakeButtons): messagingApi.Message[] {
  return [
    textMessage('ต้องการแก้ส่วนไหนคะ', [
      ...EDITABLE.map(([field, label]) => postbackAction(label, POSTBACK_ACTIONS.intakeEdit, { f: flow.flowId, field }, label)),
      intakeCancelAction(flow),
    ]),
  ];
}

/** «มีผู้แจ้งเรื่องนี้แล้ว»: join an open case nearby instead of filing the same problem again. */
export function buildDuplicatesPrompt(flow: IntakeButtons, candidates: CaseView[], photoUrl: PhotoUrl | undefined): messagingApi.Message[] {
  const bubbles = candidates.map((view) =>
    caseBubble(view, {
      photoUrl,
      othersCase: true,
      buttons: [postbackAction('แจ้งด้วยอีกคน', POSTBACK_ACTIONS.intakeSupport, { f: flow.flowId, t: view.ticket }, `แจ้งด้วยอีกคน ${view.ticket}`)],
    }),
  );
  return [
    textMessage('มีผู้แจ้งเรื่องนี้แล้วค่ะ ถ้าเป็นเรื่องเดียวกัน แตะ “แจ้งด้วยอีกคน” เพื่อติดตามเรื่องนั้น (เรื่องจะถูกเร่งให้เร็วขึ้น) หรือแตะ “แจ้งเรื่องใหม่”'),
    flexMessage('มีผู้แจ้งเรื่องนี้แล้ว', flexCarousel(bubbles), [
      postbackAction(INTAKE_LABELS.fileNew, POSTBACK_ACTIONS.intakeFileNew, { f: flow.flowId }, 'เป็นเรื่องใหม่ แจ้งเรื่องใหม่'),
      intakeCancelAction(flow),
    ]),
  ];
}

export function buildSupportedMessages(view: CaseView): messagingApi.Message[] {
  return [
    textMessage(
      `ติดตามเรื่อง ${view.ticket} ให้แล้วค่ะ สถานะตอนนี้: ${view.statusLabel}\nเมื่อมีความคืบหน้า จะแจ้งทางแชตนี้ค่ะ`,
      [postbackAction(F.track, POSTBACK_ACTIONS.caseList, {}, 'ขอดูเรื่องที่แจ้งไว้')],
    ),
  ];
}

/** The ticket first, then who handles it, by when, and what happens next. */
export function buildFiledMessages(view: CaseView): messagingApi.Message[] {
  return [
    textMessage(
      `รับเรื่องแล้วค่ะ เลขที่ ${view.ticket}\n` +
        `ผู้รับผิดชอบ: ${view.officeName}\n` +
        `กำหนดแล้วเสร็จ: ภายใน ${formatThaiDate(new Date(view.dueAt))}\n` +
        'ต่อไป: เจ้าหน้าที่จะรับเรื่องและแจ้งความคืบหน้าทางแชตนี้ ดูสถานะได้ทุกเมื่อที่ “ติดตามเรื่อง” ค่ะ',
      [postbackAction(F.track, POSTBACK_ACTIONS.caseList, {}, 'ขอดูเรื่องที่แจ้งไว้')],
    ),
  ];
}
