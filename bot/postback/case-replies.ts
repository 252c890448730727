import type { messagingApi } from '@line/bot-sdk';
import type { StoredCase } from '../../domain/cases/case-repository.ts';
import type { CaseActor } from '../../domain/cases/case-types.ts';
import type { ChatContext } from '../conversation/responder.ts';
import { buildOfficerCaseCard } from '../messages/officer-case-messages.ts';
import { buildVillagerUpdate } from '../messages/case-update-messages.ts';
import { textMessage } from '../messages/quick-reply.ts';

const OFFICER_LEADS: Record<string, (ticket: string) => string> = {
  accept: (ticket) => `รับเรื่อง ${ticket} แล้วค่ะ ผู้แจ้งได้รับแจ้งแล้ว`,
  start: (ticket) => `บันทึกว่ากำลังดำเนินการเรื่อง ${ticket} แล้วค่ะ`,
  resolve: (ticket) => `บันทึกว่าแก้ไขเรื่อง ${ticket} เสร็จแล้วค่ะ ผู้แจ้งจะได้รับรูปและคำถามให้ยืนยัน`,
  forward: (ticket) => `ส่งต่อเรื่อง ${ticket} แล้วค่ะ หน่วยงานปลายทางและผู้แจ้งได้รับแจ้งแล้ว`,
  reject: (ticket) => `บันทึกว่าไม่รับเรื่อง ${ticket} แล้วค่ะ ผู้แจ้งได้รับเหตุผลแล้ว`,
};

/** What the person who moved a case sees in the chat: officers the card with its next buttons. */
export async function replyAfterMove(context: ChatContext, stored: StoredCase, actor: CaseActor, action: string): Promise<messagingApi.Message[]> {
  const view = await context.services.cases.view(stored, actor);
  const lead = OFFICER_LEADS[action];
  if (lead) return buildOfficerCaseCard(view, context.services.photoUrl, lead(view.ticket));
  if (action === 'reopen') {
    return [textMessage(`เปิดเรื่อง ${view.ticket} อีกครั้งแล้วค่ะ แจ้ง${view.officeName}แล้ว พิมพ์บอกเพิ่มได้เลยว่ายังไม่เรียบร้อยตรงไหน หรือส่งรูปประกอบ`)];
  }
  return buildVillagerUpdate(view, action, undefined);
}
