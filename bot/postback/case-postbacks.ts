import { isCaseAction } from '../../domain/cases/case-actions.ts';
import { listMyCases, listOfficeQueue } from '../../domain/cases/case-queries.ts';
import { findCase, toSnapshot, type StoredCase } from '../../domain/cases/case-repository.ts';
import { relationsOf } from '../../domain/cases/plan-case-action.ts';
import { CaseRefusedError, type CaseActor, type CaseCommand } from '../../domain/cases/case-types.ts';
import { findCaseActor } from '../../domain/users/line-user-directory.ts';
import type { ChatContext } from '../conversation/responder.ts';
import { caseWorkFlow } from '../flows/case-work/case-work-flow.ts';
import { promptForWork } from '../flows/case-work/case-work-prompt.ts';
import { newWorkState } from '../flows/case-work/case-work-state.ts';
import { startIntake } from '../flows/case-intake/start-intake.ts';
import { startFlow } from '../flows/start-flow.ts';
import { buildRefusalMessages } from '../messages/case-refusal-messages.ts';
import { buildMyCases, caseTimelineBubble, type CardAudience } from '../messages/my-cases-messages.ts';
import { buildOfficerQueue } from '../messages/officer-case-messages.ts';
import { flexMessage } from '../messages/flex.ts';
import { buildSupportedMessages } from '../messages/case-draft-messages.ts';
import { textMessage } from '../messages/quick-reply.ts';
import { replyAfterMove } from './case-replies.ts';
import type { PostbackRoute } from './postback-routes.ts';

const isOfficeRole = (actor: CaseActor) => ['officer', 'office-admin', 'staff', 'admin'].includes(actor.role);

/** «แจ้งเรื่อง» from the menu or a card; `uq` carries a question the FAQ could not answer. */
export const startCaseIntake: PostbackRoute = (context, params) =>
  startIntake(context, { kind: params.k === 'problem' || params.k === 'consultation' ? params.k : undefined, unansweredId: params.uq });

/** «ติดตามเรื่อง»: the villager's cases as cards with their timelines. */
export const showMyCases: PostbackRoute = async (context) => {
  if (!context.lineUserId) return;
  const viewer = { lineUserId: context.lineUserId, role: 'villager' as const };
  const details = await Promise.all((await listMyCases(context.lineUserId, 10)).map((stored) => context.services.cases.detail(stored, viewer)));
  await context.reply(buildMyCases(details, context.services.photoUrl, context.services.settings.liffUrl));
};

/** «งานของฉัน»: an officer's open cases by due date. */
export const showOfficerQueue: PostbackRoute = async (context) => {
  const actor = await findCaseActor(context.lineUserId!);
  if (!actor.officeCode || !isOfficeRole(actor)) {
    await context.reply([textMessage('“งานของฉัน” ใช้ได้เฉพาะเจ้าหน้าที่ที่ลงทะเบียนแล้วค่ะ หากเป็นเจ้าหน้าที่ พิมพ์ “ลงทะเบียน” ตามด้วยรหัสเชิญ 6 หลัก')]);
    return;
  }
  const queue = await listOfficeQueue(actor.officeCode, {}, context.services.cases.now(), 10);
  const views = await Promise.all(queue.map((stored) => context.services.cases.view(stored, actor)));
  await context.reply(buildOfficerQueue(views, context.services.photoUrl, context.services.settings.liffUrl));
};

/** One case's card, as the person asking may see it: reporter, follower, or the office (and staff). */
export const showCase: PostbackRoute = async (context, params) => {
  const stored = params.t ? await findCase(params.t) : null;
  if (!stored) return context.reply(buildRefusalMessages({ code: 'not_found' }));
  const actor = await findCaseActor(context.lineUserId!);
  const audience = audienceOf(stored, actor);
  if (!audience) return context.reply(buildRefusalMessages({ code: 'forbidden' }, stored.ticket));
  const detail = await context.services.cases.detail(stored, actor);
  await context.reply([flexMessage(`${detail.ticket}: ${detail.statusLabel}`, caseTimelineBubble(detail, context.services.photoUrl, audience))]);
};

function audienceOf(stored: StoredCase, actor: CaseActor): CardAudience | undefined {
  if (stored.reporterLineUserId === actor.lineUserId) return 'reporter';
  if (relationsOf(toSnapshot(stored), actor).has('office')) return 'office';
  return stored.followers.includes(actor.lineUserId ?? '') ? 'follower' : undefined;
}

/** Buttons that move a case; those needing words or a photo open the case-work flow first. */
export const actOnCaseButton: PostbackRoute = async (context, params) => {
  const ticket = params.t;
  const action = params.a;
  if (!ticket || !action || !isCaseAction(action) || !context.lineUserId) return;
  const actor = await findCaseActor(context.lineUserId);
  if (action === 'resolve' || action === 'forward' || action === 'reject') return startCaseWork(context, ticket, action, actor);
  const command = directCommand(action, params);
  if (!command) return;
  try {
    const stored = await context.services.cases.act({ ticket, command, actor, requestKey: `event:${context.webhookEventId}` });
    await context.reply(await replyAfterMove(context, stored, actor, action));
    if (action === 'reopen') await startFlow(context, caseWorkFlow, newWorkState(ticket, 'note', false));
  } catch (error) {
    if (!(error instanceof CaseRefusedError)) throw error;
    await context.reply(buildRefusalMessages(error.refusal, ticket));
  }
};

function directCommand(action: string, params: Record<string, string>): CaseCommand | undefined {
  switch (action) {
    case 'accept':
    case 'confirm':
      return { action };
    case 'start':
      return { action: 'start' };
    case 'cancel':
      return { action: 'cancel' };
    case 'reopen':
      return { action: 'reopen', note: 'ผู้แจ้งแจ้งว่ายังไม่เรียบร้อย' };
    case 'rate': {
      const rating = Number(params.r);
      return Number.isInteger(rating) && rating >= 1 && rating <= 5 ? { action: 'rate', rating } : undefined;
    }
    default:
      return undefined;
  }
}

/** Checks the move is allowed before asking for its note, so nobody types a reason for nothing. */
async function startCaseWork(context: ChatContext, ticket: string, task: 'resolve' | 'forward' | 'reject', actor: CaseActor): Promise<void> {
  const stored = await findCase(ticket);
  if (!stored) return context.reply(buildRefusalMessages({ code: 'not_found' }));
  const view = await context.services.cases.view(stored, actor);
  if (!view.canAct.includes(task)) {
    const refusal = isOfficeRole(actor) && view.status !== 'new' && !['accepted', 'in_progress', 'forwarded'].includes(view.status)
      ? { code: 'illegal_transition' as const, status: view.status, action: task }
      : { code: 'forbidden' as const };
    return context.reply(buildRefusalMessages(refusal, ticket));
  }
  const state = newWorkState(ticket, task, task === 'resolve' && stored.kind === 'problem');
  const flowId = await startFlow(context, caseWorkFlow, state);
  if (flowId) await context.reply(await promptForWork({ ...context, flowId }, state));
}

/** «เพิ่มรูป/ข้อความ» on a case card. */
export const addToCase: PostbackRoute = async (context, params) => {
  if (!params.t) return;
  const state = newWorkState(params.t, 'note', false);
  const flowId = await startFlow(context, caseWorkFlow, state);
  if (flowId) await context.reply(await promptForWork({ ...context, flowId }, state));
};

/** «แจ้งด้วยอีกคน» on a card outside the intake flow. */
export const supportFromCard: PostbackRoute = async (context, params) => {
  if (!params.t || !context.lineUserId) return;
  const actor = { lineUserId: context.lineUserId, role: 'villager' as const };
  try {
    const stored = await context.services.cases.support({ ticket: params.t, actor });
    await context.reply(buildSupportedMessages(await context.services.cases.view(stored, actor)));
  } catch (error) {
    if (!(error instanceof CaseRefusedError)) throw error;
    await context.reply(buildRefusalMessages(error.refusal, params.t));
  }
};
