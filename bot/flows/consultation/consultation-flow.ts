import { isCancelWord } from '../../../domain/conversation/question-shape.ts';
import { typedKey } from '../../../domain/conversation/typed-key.ts';
import { findConsultation } from '../../../domain/consultations/consultations.ts';
import { CONSULTATION_TOPICS } from '../../../domain/consultations/consultations.ts';
import { findCategory } from '../../../domain/cases/categories.ts';
import type { ChatInput } from '../../conversation/chat-input.ts';
import { isMenuCommand } from '../../conversation/menu-command.ts';
import { findCommand } from '../../conversation/vocabulary.ts';
import { POSTBACK_ACTIONS } from '../../postback/postback-data.ts';
import { buildQuestionPrompt, buildTopicPrompt } from '../../messages/consultation-messages.ts';
import { textMessage } from '../../messages/quick-reply.ts';
import { stateReader, type FlowDefinition, type FlowTurn, type FlowTurnContext } from '../flow-definition.ts';
import { consultationStateSchema, type ConsultationState } from './consultation-state.ts';
import { endByVillager, openLive, relayVillagerLine } from './live-consultation.ts';
import { DAY_MS } from '../../../domain/time/thai-time.ts';

type Context = FlowTurnContext<ConsultationState>;
type Turn = FlowTurn<ConsultationState>;

/** A topic button typed by the topic's full name («ทะเบียนราษฎร») as well as by its label. */
const TOPIC_NAMES = Object.fromEntries(CONSULTATION_TOPICS.map((code) => findCategory(code)!).map((topic) => [topic.label, [topic.name]]));

/** Typed to end the talk, compared as typed words are (typedKey), so «จบค่ะ» and «พอแล้วครับ» end it as «จบ» does. */
const END_WORDS = new Set(['จบการสนทนา', 'จบ', 'เลิกคุย', 'พอแล้ว', 'ขอบคุณค่ะ จบ'].map(typedKey));

/**
 * «คุยกับเจ้าหน้าที่»: topic → question → live. While live the bot stays out of the way: every
 * message goes to the person, and only a clear menu command is answered by the bot.
 */
export const consultationFlow: FlowDefinition<ConsultationState> = {
  name: 'consultation',
  actionPrefix: 'talk.',
  // Long enough to wait for the office to open; an answered one ends by itself when idle (jobs/).
  ttlMs: 3 * DAY_MS,
  typedAliases: TOPIC_NAMES,
  readState: stateReader(consultationStateSchema),
  handle,
  staleMessages: () => [textMessage('ปุ่มนี้มาจากการสนทนาครั้งก่อนที่จบไปแล้วค่ะ ไม่มีอะไรเปลี่ยนแปลง หากต้องการคุยอีก พิมพ์ “คุยกับเจ้าหน้าที่”')],
  expiredMessages: () => [textMessage('การสนทนากับเจ้าหน้าที่ครั้งก่อนจบไปแล้วค่ะ หากต้องการคุยอีก พิมพ์ “คุยกับเจ้าหน้าที่” ได้เลย')],
};

async function handle(context: Context, input: ChatInput): Promise<Turn> {
  const { state } = context;
  if (state.stage === 'live') return handleLive(context, input);
  if (wantsToStop(input)) {
    await context.reply([textMessage('ยกเลิกแล้วค่ะ ยังไม่ได้ส่งถึงเจ้าหน้าที่ หากต้องการคุย พิมพ์ “คุยกับเจ้าหน้าที่” ได้ทุกเมื่อ')]);
    return { next: 'end' };
  }
  if (input.kind === 'postback' && !input.action.startsWith(consultationFlow.actionPrefix)) return { next: 'pass' };
  // «ตารางกิจกรรม» typed before anything was sent is that command, not the question for staff.
  if (input.kind === 'text' && (isMenuCommand(input.text) || findCommand(input.text))) return { next: 'pass' };
  const next = fill(state, input);
  if (next.topic && next.question) return openLive(context, next);
  const flow = { flowId: context.flowId };
  await context.reply(next.topic ? buildQuestionPrompt(flow) : buildTopicPrompt(flow, next.question !== undefined));
  return { next: 'continue', state: { ...next, stage: next.topic ? 'question' : 'topic' } };
}

function wantsToStop(input: ChatInput): boolean {
  if (input.kind === 'postback') return input.action === POSTBACK_ACTIONS.consultEnd;
  return input.kind === 'text' && (isCancelWord(input.text) || END_WORDS.has(typedKey(input.text)));
}

/** A topic from its button (typed, it arrives as the tap); any other text is the question itself. */
function fill(state: ConsultationState, input: ChatInput): ConsultationState {
  if (input.kind === 'postback' && input.action === POSTBACK_ACTIONS.consultTopic && (CONSULTATION_TOPICS as readonly string[]).includes(input.params.c ?? '')) {
    return { ...state, topic: input.params.c };
  }
  if (input.kind !== 'text') return state;
  return input.text.trim().length >= 3 ? { ...state, question: input.text.trim() } : state;
}

async function handleLive(context: Context, input: ChatInput): Promise<Turn> {
  const consultation = context.state.consultationId ? await findConsultation(context.state.consultationId) : null;
  if (!consultation || consultation.status === 'ended') return { next: 'leave' };
  if (wantsToStop(input)) {
    await endByVillager(context, consultation);
    return { next: 'end' };
  }
  if (input.kind === 'postback') return { next: 'pass' };
  if (input.kind === 'text' && isMenuCommand(input.text)) return { next: 'pass' };
  return relayVillagerLine(context, consultation, input);
}
