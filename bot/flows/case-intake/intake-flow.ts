import { matchAddressText } from '../../../domain/areas/address-text.ts';
import { resolveArea } from '../../../domain/areas/locate-area.ts';
import { looksLikeQuestion } from '../../../domain/conversation/question-shape.ts';
import { storePhoto, PhotoRejectedError } from '../../../domain/media/photo-store.ts';
import { applyIntakeAnswer, intakeStateSchema, nextIntakeStep, type IntakeAnswer, type IntakeState } from '../../../domain/cases/intake/intake-state.ts';
import { buildContactDetailsPrompt, buildDistrictPrompt, buildIntakeCancelledMessages, buildIntakeExpiredMessages, buildIntakeHintMessages, buildIntakeStaleMessages, buildLocationPrompt } from '../../messages/case-intake-messages.ts';
import { buildEditMenu } from '../../messages/case-draft-messages.ts';
import { buildPhotoRejectedMessages } from '../../messages/photo-messages.ts';
import { textMessage } from '../../messages/quick-reply.ts';
import { stateReader, type FlowDefinition, type FlowTurn, type FlowTurnContext } from '../flow-definition.ts';
import { fileCase, supportCase } from './intake-finish.ts';
import { readIntakeInput, type IntakeIntent } from './intake-input.ts';
import { promptFor } from './intake-prompt.ts';
import { INTAKE_TYPED_ALIASES } from './intake-typed-buttons.ts';

type Turn = FlowTurn<IntakeState>;
type Context = FlowTurnContext<IntakeState>;

/** «แจ้งเรื่อง» / «ขอคำปรึกษา» in chat: category → details → photos → place → contact → duplicates → summary → ticket. */
export const caseIntakeFlow: FlowDefinition<IntakeState> = {
  name: 'case-intake',
  actionPrefix: 'intake.',
  ttlMs: 30 * 60_000,
  typedAliases: INTAKE_TYPED_ALIASES,
  readState: stateReader(intakeStateSchema),
  handle: async (context, input) => handleIntent(context, readIntakeInput(input, nextIntakeStep(context.state))),
  staleMessages: buildIntakeStaleMessages,
  expiredMessages: buildIntakeExpiredMessages,
};

async function handleIntent(context: Context, intent: IntakeIntent): Promise<Turn> {
  const { state } = context;
  switch (intent.type) {
    case 'pass':
      return { next: 'pass' };
    case 'cancel':
      await context.reply(buildIntakeCancelledMessages());
      return { next: 'end' };
    case 'answer':
      return answer(context, intent.answer);
    case 'photo':
      return receivePhoto(context, intent.messageId);
    case 'location':
      return locate(context, { address: intent.address, point: { latitude: intent.latitude, longitude: intent.longitude } });
    case 'address-text':
      return locateByText(context, intent.text);
    case 'pick-district':
      await context.reply(buildDistrictPrompt({ flowId: context.flowId }, (await context.services.cases.areas()).districts));
      return { next: 'continue', state: { ...state, pickedDistrict: undefined, area: undefined } };
    case 'edit-menu':
      await context.reply(buildEditMenu({ flowId: context.flowId }));
      return { next: 'continue', state };
    case 'support':
      return supportCase(context, intent.ticket);
    case 'submit':
      return nextIntakeStep(state) === 'confirm' ? fileCase(context) : reprompt(context, state);
    case 'retry-contact':
      await context.reply(buildContactDetailsPrompt({ flowId: context.flowId }, true));
      return { next: 'continue', state };
    case 'too-short':
      await context.reply([textMessage('เล่าเพิ่มอีกนิดได้ไหมคะ เช่น เกิดอะไรขึ้น ตรงไหน')]);
      return { next: 'continue', state };
    case 'aside':
      // A question typed mid-flow is answered first; then the flow asks its question again.
      if (!(looksLikeQuestion(intent.text) && (await context.answerAside({ kind: 'text', text: intent.text })))) await context.reply(buildIntakeHintMessages());
      return reprompt(context, state);
    case 'reprompt':
      return reprompt(context, state);
  }
}

async function reprompt(context: Context, state: IntakeState): Promise<Turn> {
  const prompt = await promptFor(context, context.flowId, state);
  await context.reply(prompt.messages);
  return { next: 'continue', state: prompt.state };
}

async function answer(context: Context, given: IntakeAnswer): Promise<Turn> {
  if (given.type === 'subdistrict') {
    const sub = (await context.services.cases.areas()).subdistrict(given.subdistrictCode);
    if (!sub) return reprompt(context, context.state);
    return reprompt(context, applyIntakeAnswer(context.state, { ...given, districtCode: sub.districtCode }));
  }
  return reprompt(context, applyIntakeAnswer(context.state, given));
}

async function receivePhoto(context: Context, messageId: string): Promise<Turn> {
  try {
    const bytes = await context.services.fetchContent(messageId);
    const photoId = await storePhoto(bytes, { ownerLineUserId: context.lineUserId, sourceKey: `line:${messageId}` });
    return reprompt(context, applyIntakeAnswer(context.state, { type: 'photo', photoId }));
  } catch (error) {
    if (!(error instanceof PhotoRejectedError)) throw error;
    await context.reply(buildPhotoRejectedMessages(error.reason));
    return reprompt(context, context.state);
  }
}

async function locate(context: Context, input: { address: string | undefined; point?: { latitude: number; longitude: number } }): Promise<Turn> {
  const cases = context.services.cases;
  const resolved = resolveArea(input, await cases.areas(), await cases.offices());
  const location = input.point ? { ...input.point, ...(input.address ? { address: input.address } : {}) } : context.state.location;
  if (resolved.status === 'resolved') {
    return reprompt(context, applyIntakeAnswer(context.state, { type: 'located', location, area: { districtCode: resolved.districtCode, subdistrictCode: resolved.subdistrictCode }, outsideProvince: false }));
  }
  if (resolved.status === 'outside') {
    await context.reply([textMessage('ตำแหน่งนี้อยู่นอกจังหวัดค่ะ เรื่องจะส่งให้เจ้าหน้าที่ศูนย์ Clinic Center ช่วยประสานหน่วยงานที่เกี่ยวข้องให้')]);
    return reprompt(context, applyIntakeAnswer(context.state, { type: 'located', location, area: null, outsideProvince: true }));
  }
  const withPoint = { ...context.state, location };
  if (resolved.status === 'district') return reprompt(context, applyIntakeAnswer(withPoint, { type: 'district', districtCode: resolved.districtCode }));
  await context.reply(buildLocationPrompt({ flowId: context.flowId }, true));
  return { next: 'continue', state: withPoint };
}

/** A typed place («ต.รั้วใหญ่ อ.เมือง») is read like LINE's address text; other text may be a question. */
async function locateByText(context: Context, text: string): Promise<Turn> {
  const match = matchAddressText(text, await context.services.cases.areas());
  if (match.kind === 'unknown') return handleIntent(context, { type: 'aside', text });
  return locate(context, { address: text });
}
