import type { messagingApi } from '@line/bot-sdk';
import type { FaqEntry, OtherAgency } from '../../domain/faq/types.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { truncate } from './limits.ts';
import { messageAction, postbackAction, textMessage } from './quick-reply.ts';
import { splitForReading } from './read-more.ts';
import { BRAND_COLOR, MUTED_COLOR, flexBox, flexButton, flexMessage, flexText } from './flex.ts';
import { FEATURE_NAMES as F } from './feature-names.ts';

export type FaqChoice = { faqId: string; question: string };

const MAX_LINK_BUTTONS = 4;

function feedbackActions(faqId: string): messagingApi.Action[] {
  return [
    postbackAction('👍 ตรงคำถาม', POSTBACK_ACTIONS.faqFeedback, { faqId, vote: 'up' }, '👍 ตรงคำถามค่ะ'),
    postbackAction('👎 ไม่ตรง', POSTBACK_ACTIONS.faqFeedback, { faqId, vote: 'down' }, '👎 ยังไม่ตรงคำถามค่ะ'),
  ];
}

const MAX_FEATURE_BUTTONS = 3;

/**
 * A feature the answer sends people to («แจ้งเรื่อง», “ตารางกิจกรรม”) becomes a button beside the
 * vote, so the answer is one tap from what it names; the button sends the name, which does what the menu does.
 */
function featureActions(text: string): messagingApi.Action[] {
  const named: { name: string; at: number }[] = [];
  for (const { name, quoted } of QUOTED_FEATURES) {
    const at = firstIndex(text, quoted);
    if (at >= 0) named.push({ name, at });
  }
  return named
    .sort((a, b) => a.at - b.at)
    .slice(0, MAX_FEATURE_BUTTONS)
    .map(({ name }) => messageAction(name));
}

/** Each feature's name as answers quote it, worked out once: every answer shown is searched for them. */
const QUOTED_FEATURES = Object.values(F).map((name) => ({ name, quoted: [`«${name}»`, `“${name}”`] }));

function firstIndex(text: string, needles: string[]): number {
  let first = -1;
  for (const needle of needles) {
    const at = text.indexOf(needle);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** What the last message's quick reply offers: the features the shown text names, then 👍/👎. */
function answerActions(shown: string, faqId: string): messagingApi.Action[] {
  return [...featureActions(shown), ...feedbackActions(faqId)];
}

/**
 * Quick-reply labels hold 20 characters, and several questions may start alike («ภาษีที่ดินและ…»),
 * so choices are numbered on the card and on the buttons alike.
 */
function choiceAction(choice: FaqChoice, number?: number): messagingApi.PostbackAction {
  const label = number === undefined ? choice.question : `${number}. ${choice.question}`;
  return postbackAction(label, POSTBACK_ACTIONS.faqAnswer, { faqId: choice.faqId }, choice.question);
}

/** Opens a consultation with the unanswered question attached (by id: Thai text would overflow 300 chars of postback data). */
function consultAction(unansweredId: string): messagingApi.PostbackAction {
  return postbackAction(F.consult, POSTBACK_ACTIONS.caseNew, { uq: unansweredId }, 'ขอคำปรึกษาเจ้าหน้าที่เรื่องนี้ค่ะ');
}

/** The answer, its links as buttons, and «ตรงคำถามไหมคะ» on the last message (LINE shows only the last one's quick reply). */
export function buildFaqAnswerMessages(entry: FaqEntry, split = true): messagingApi.Message[] {
  const question = 'ตรงคำถามไหมคะ กดให้คะแนนได้เลยค่ะ';
  const [first, rest] = split ? splitForReading(entry.answer) : [entry.answer, ''];
  if (rest) {
    const more = postbackAction('อ่านต่อ', POSTBACK_ACTIONS.faqMore, { faqId: entry.id }, 'อ่านต่อ');
    return [textMessage(`${first}\n\nแตะ “อ่านต่อ” เพื่ออ่านรายละเอียด`, [more, ...answerActions(first, entry.id)])];
  }
  if (entry.links.length === 0) {
    return [textMessage(`${entry.answer}\n\n${question}`, answerActions(entry.answer, entry.id))];
  }
  const links = entry.links.slice(0, MAX_LINK_BUTTONS).map((link) => flexButton({ type: 'uri', label: truncate(link.label, 40), uri: link.url }, 'link'));
  const linkBubble = flexMessage(
    `ลิงก์ที่เกี่ยวข้อง: ${entry.links.map((link) => link.label).join(', ')}`,
    { type: 'bubble', size: 'kilo', body: flexBox([flexText('ลิงก์ที่เกี่ยวข้อง', { weight: 'bold', color: BRAND_COLOR }), ...links, flexText(question, { size: 'xs', color: MUTED_COLOR })]) },
    answerActions(entry.answer, entry.id),
  );
  return [textMessage(entry.answer), linkBubble];
}

/** The rest of a long answer, after «อ่านต่อ», with its links and the 👍/👎 question. */
export function buildFaqRestMessages(entry: FaqEntry): messagingApi.Message[] {
  const [, rest] = splitForReading(entry.answer);
  // Shown whole: split again, a very long rest would offer «อ่านต่อ» to itself for ever.
  return buildFaqAnswerMessages({ ...entry, answer: rest || entry.answer }, false);
}

/** «หมายถึงเรื่องไหนคะ» (or, for one topic, «หมายถึงเรื่องนี้ใช่ไหมคะ»): full questions on a card (quick-reply labels hold 20 characters). */
export function buildFaqClarifyMessages(choices: FaqChoice[]): messagingApi.Message[] {
  const title = choices.length > 1 ? 'หมายถึงเรื่องไหนคะ' : 'หมายถึงเรื่องนี้ใช่ไหมคะ';
  const noneOfThese = postbackAction('ไม่ใช่ทั้งหมด', POSTBACK_ACTIONS.faqNoneMatch, {}, 'ไม่ใช่เรื่องเหล่านี้ค่ะ');
  const options = choices.map((choice, index) =>
    flexBox([flexText(`${index + 1}. ${choice.question}`)], { backgroundColor: '#F1F8F6', cornerRadius: 'md', paddingAll: 'md', action: choiceAction(choice, index + 1) }),
  );
  const card = flexMessage(
    `${title}: ${choices.map((choice) => choice.question).join(' / ')}`,
    { type: 'bubble', body: flexBox([flexText(title, { weight: 'bold', size: 'md', color: BRAND_COLOR }), ...options], { spacing: 'md' }) },
    [...choices.map((choice, index) => choiceAction(choice, index + 1)), noneOfThese],
  );
  return [card];
}

/** Who handles a question that is another agency's business, with its hotline when known. */
export function agencyLine(agency: OtherAgency): string {
  return `เรื่องนี้อยู่ในความดูแลของ${agency.name}${agency.contact ? ` (${agency.contact})` : ''} ค่ะ`;
}

/**
 * An honest "I don't know": who handles it when another agency does, the closest topics if any, and a
 * way to reach a person with the question kept (the «ขอคำปรึกษา» postback carries its id as `uq`).
 */
export function buildFaqNoAnswerMessages(options: { closest: FaqChoice[]; unansweredId: string; otherAgency?: OtherAgency | null }): messagingApi.Message[] {
  const lines = [
    options.otherAgency ? `ขออภัยค่ะ คำถามนี้ไม่ใช่งานของศูนย์ฯ ${agencyLine(options.otherAgency)}` : 'ขออภัยค่ะ ยังไม่มีคำตอบสำหรับคำถามนี้',
    options.closest.length > 0
      ? 'เรื่องที่ใกล้เคียงอยู่ในปุ่มด้านล่าง หรือแตะ “ขอคำปรึกษา” ให้เจ้าหน้าที่ช่วยได้ค่ะ'
      : 'เราบันทึกคำถามไว้ให้เจ้าหน้าที่ปรับปรุงข้อมูลแล้ว หากต้องการให้เจ้าหน้าที่ช่วย แตะ “ขอคำปรึกษา” ได้เลยค่ะ',
  ];
  const topics = options.closest.map((choice, at) => choiceAction(choice, at + 1));
  const talk = postbackAction(F.talk, POSTBACK_ACTIONS.consultStart, { uq: options.unansweredId }, 'ขอคุยกับเจ้าหน้าที่เรื่องนี้');
  return [textMessage(lines.join('\n'), [...topics, consultAction(options.unansweredId), talk, messageAction(F.menu)])];
}

export function buildFaqVoteThanksMessages(helpful: boolean, unansweredId: string | undefined): messagingApi.Message[] {
  if (helpful) return [textMessage('ขอบคุณสำหรับคะแนนค่ะ 😊 มีคำถามอื่นพิมพ์ถามได้เลยนะคะ')];
  const actions = unansweredId ? [consultAction(unansweredId), messageAction(F.menu)] : [messageAction(F.menu)];
  return [
    textMessage('ขออภัยที่คำตอบยังไม่ตรงค่ะ เราส่งคำถามนี้ให้เจ้าหน้าที่ปรับปรุงแล้ว ลองพิมพ์ถามด้วยคำอื่น หรือขอคำปรึกษาจากเจ้าหน้าที่ได้ค่ะ', actions),
  ];
}
