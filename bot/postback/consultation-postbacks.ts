import { acceptConsultation, endConsultation, findConsultation, findOpenConsultation } from '../../domain/consultations/consultations.ts';
import { findOwnUnansweredQuestion } from '../../domain/knowledge-base/unanswered-lookup.ts';
import { findCaseActor } from '../../domain/users/line-user-directory.ts';
import { consultationFlow } from '../flows/consultation/consultation-flow.ts';
import { startFlow } from '../flows/start-flow.ts';
import { buildAcceptedNotice, buildAlreadyTakenMessages, buildEndedMessages, buildStaffAcceptedReply, buildStaffEndedNotice, buildTopicPrompt } from '../messages/consultation-messages.ts';
import { buildRefusalMessages } from '../messages/case-refusal-messages.ts';
import { textMessage } from '../messages/quick-reply.ts';
import type { PostbackRoute } from './postback-routes.ts';

/**
 * «คุยกับเจ้าหน้าที่» (typed in any natural form, the menu, the FAQ no-answer card or a case card).
 * A villager already talking to someone is taken back to that conversation, not given a second one.
 */
export const startConsultation: PostbackRoute = async (context, params) => {
  if (!context.lineUserId) return;
  const open = await findOpenConsultation(context.lineUserId);
  if (open) {
    await startFlow(context, consultationFlow, { stage: 'live', consultationId: String(open._id), noticeSent: true });
    await context.reply([textMessage(`คุณกำลังคุยกับเจ้าหน้าที่อยู่แล้วค่ะ (เลขที่ ${open.ticket}) พิมพ์ต่อได้เลย ข้อความจะส่งถึงเจ้าหน้าที่`)]);
    return;
  }
  const question = params.uq ? await findOwnUnansweredQuestion(params.uq, context.lineUserId) : null;
  const about = params.t ? `เกี่ยวกับเรื่อง ${params.t}: ` : '';
  const state = { stage: 'topic' as const, noticeSent: false, ...(question ? { question: `${about}${question.text}` } : about ? { question: about.trim() } : {}) };
  const flowId = await startFlow(context, consultationFlow, state);
  if (flowId) await context.reply(buildTopicPrompt({ flowId }));
};

/** A staff member taps «รับเรื่อง» on the card: the first wins, the villager hears who answers. */
export const acceptConsultationCard: PostbackRoute = async (context, params) => {
  const actor = await findCaseActor(context.lineUserId!);
  if (actor.role !== 'staff' && actor.role !== 'admin') return context.reply(buildRefusalMessages({ code: 'forbidden' }));
  const result = await acceptConsultation(context.services.cases, params.id ?? '', actor, context.services.cases.now());
  if (!result.ok) return context.reply(buildAlreadyTakenMessages(result.consultation));
  const id = String(result.consultation._id);
  await context.services.consultations.toVillager(result.consultation, 'accepted', buildAcceptedNotice(actor.name));
  await context.reply(buildStaffAcceptedReply(result.consultation, context.services.liffPage(`staff/consultations/${id}`)));
};

/** Staff end the conversation from LINE (the chat page has the same button). */
export const endConsultationByStaff: PostbackRoute = async (context, params) => {
  const actor = await findCaseActor(context.lineUserId!);
  const consultation = await findConsultation(params.id ?? '');
  if (!consultation || (actor.role !== 'staff' && actor.role !== 'admin')) return context.reply(buildRefusalMessages({ code: 'forbidden' }));
  const ended = await endConsultation(context.services.cases, String(consultation._id), 'staff', context.services.cases.now());
  if (!ended) return context.reply(buildAlreadyTakenMessages(consultation));
  await context.services.consultations.toVillager(ended, 'ended', buildEndedMessages(ended, 'staff'));
  await context.reply(buildStaffEndedNotice(ended, 'staff'));
};
