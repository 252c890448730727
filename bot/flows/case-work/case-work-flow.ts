import type { messagingApi } from '@line/bot-sdk';
import { CaseRefusedError, type CaseActor, type CaseCommand } from '../../../domain/cases/case-types.ts';
import { isCancelWord } from '../../../domain/conversation/question-shape.ts';
import { PhotoRejectedError, storePhoto } from '../../../domain/media/photo-store.ts';
import { findCaseActor } from '../../../domain/users/line-user-directory.ts';
import type { ChatInput } from '../../conversation/chat-input.ts';
import { POSTBACK_ACTIONS } from '../../postback/postback-data.ts';
import { buildRefusalMessages } from '../../messages/case-refusal-messages.ts';
import { buildNoteDoneMessages, buildWorkCancelledMessages, buildWorkExpiredMessages, buildWorkStaleMessages } from '../../messages/case-work-messages.ts';
import { buildPhotoRejectedMessages } from '../../messages/photo-messages.ts';
import { stateReader, type FlowDefinition, type FlowTurn, type FlowTurnContext } from '../flow-definition.ts';
import { caseWorkStateSchema, nextWorkStep, type CaseWorkState } from './case-work-state.ts';
import { promptForWork } from './case-work-prompt.ts';
import { replyAfterMove } from '../../postback/case-replies.ts';

type Context = FlowTurnContext<CaseWorkState>;
type Turn = FlowTurn<CaseWorkState>;

/** Resolve (note + result photo), forward (office + reason), reject (reason), or add notes to a case. */
export const caseWorkFlow: FlowDefinition<CaseWorkState> = {
  name: 'case-work',
  actionPrefix: 'work.',
  ttlMs: 15 * 60_000,
  readState: stateReader(caseWorkStateSchema),
  handle,
  staleMessages: buildWorkStaleMessages,
  expiredMessages: buildWorkExpiredMessages,
};

async function handle(context: Context, input: ChatInput): Promise<Turn> {
  const { state } = context;
  if ((input.kind === 'postback' && input.action === POSTBACK_ACTIONS.workCancel) || (input.kind === 'text' && isCancelWord(input.text))) {
    await context.reply(buildWorkCancelledMessages(state.ticket));
    return { next: 'end' };
  }
  if (input.kind === 'postback' && !input.action.startsWith(caseWorkFlow.actionPrefix)) return { next: 'pass' };
  if (state.task === 'note') return addNotes(context, input);
  const next = await fill(context, input);
  if (!next) return reprompt(context, state);
  return nextWorkStep(next) === 'ready' ? finish(context, next) : reprompt(context, next);
}

/** Fills the field the current step asks for; undefined when the input does not answer it. */
async function fill(context: Context, input: ChatInput): Promise<CaseWorkState | undefined> {
  const { state } = context;
  const step = nextWorkStep(state);
  if (input.kind === 'postback' && input.action === POSTBACK_ACTIONS.workDistrict && step === 'office') {
    await context.reply(await promptForWork(context, state, input.params.d));
    return state;
  }
  if (input.kind === 'postback' && input.action === POSTBACK_ACTIONS.workOffice && input.params.o) return { ...state, toOfficeCode: input.params.o };
  if (input.kind === 'postback' && input.action === POSTBACK_ACTIONS.workReason && input.params.r) return { ...state, note: input.params.r };
  if (input.kind === 'text' && (step === 'note' || step === 'reason')) return { ...state, note: input.text.trim().slice(0, 1_000) };
  if (input.kind === 'image' && (step === 'photo' || step === 'note')) {
    const photoId = await savePhoto(context, input.messageId);
    return photoId ? { ...state, photoIds: [...state.photoIds, photoId] } : state;
  }
  return undefined;
}

async function savePhoto(context: Context, messageId: string): Promise<string | undefined> {
  try {
    return await storePhoto(await context.services.fetchContent(messageId), { ownerLineUserId: context.lineUserId, sourceKey: `line:${messageId}` });
  } catch (error) {
    if (!(error instanceof PhotoRejectedError)) throw error;
    await context.reply(buildPhotoRejectedMessages(error.reason));
    return undefined;
  }
}

async function reprompt(context: Context, state: CaseWorkState): Promise<Turn> {
  await context.reply(await promptForWork(context, state));
  return { next: 'continue', state };
}

function commandOf(state: CaseWorkState): CaseCommand {
  if (state.task === 'resolve') return { action: 'resolve', note: state.note!, photoIds: state.photoIds };
  if (state.task === 'forward') return { action: 'forward', toOfficeCode: state.toOfficeCode!, reason: state.note! };
  return { action: 'reject', reason: state.note! };
}

async function finish(context: Context, state: CaseWorkState): Promise<Turn> {
  const actor: CaseActor = await findCaseActor(context.lineUserId!);
  try {
    const stored = await context.services.cases.act({ ticket: state.ticket, command: commandOf(state), actor, requestKey: `event:${context.webhookEventId}` });
    await context.reply(await replyAfterMove(context, stored, actor, state.task));
  } catch (error) {
    if (!(error instanceof CaseRefusedError)) throw error;
    await context.reply(buildRefusalMessages(error.refusal, state.ticket));
  }
  return { next: 'end' };
}

/** Notes: every text or photo is added at once (nothing is lost if the person walks away). */
async function addNotes(context: Context, input: ChatInput): Promise<Turn> {
  const { state } = context;
  if (input.kind === 'postback' && input.action === POSTBACK_ACTIONS.workDone) {
    await context.reply(buildNoteDoneMessages(state.ticket));
    return { next: 'end' };
  }
  const photoId = input.kind === 'image' ? await savePhoto(context, input.messageId) : undefined;
  const note = input.kind === 'text' ? input.text.trim().slice(0, 1_000) : photoId ? 'แนบรูปเพิ่ม' : undefined;
  if (!note) return reprompt(context, state);
  const actor = await findCaseActor(context.lineUserId!);
  try {
    await context.services.cases.addNote({ ticket: state.ticket, note, photoIds: photoId ? [photoId] : [], actor, requestKey: `event:${context.webhookEventId}` });
  } catch (error) {
    if (!(error instanceof CaseRefusedError)) throw error;
    await context.reply(buildRefusalMessages(error.refusal, state.ticket));
    return { next: 'end' };
  }
  return reprompt(context, { ...state, added: state.added + 1 });
}

