import type { messagingApi } from '@line/bot-sdk';
import type { OutOfScopeTopic, SmallTalkKind } from '../../domain/conversation/small-talk.ts';
import type { OtherAgency } from '../../domain/faq/types.ts';
import { agencyLine } from './faq-messages.ts';
import { mainFeatureActions } from './main-features.ts';
import { textMessage } from './quick-reply.ts';

const SMALL_TALK: Record<SmallTalkKind | 'reaction', { text: string; withMenu: boolean }> = {
  greeting: { text: 'สวัสดีค่ะ 🙏 มีอะไรให้ Clinic Center ช่วยไหมคะ พิมพ์คำถามได้เลย หรือเลือกบริการด้านล่าง', withMenu: true },
  thanks: { text: 'ยินดีค่ะ 😊 มีคำถามเพิ่มเติมพิมพ์มาได้ตลอดนะคะ', withMenu: false },
  okay: { text: 'รับทราบค่ะ 😊 ต้องการอะไรเพิ่ม พิมพ์มาได้เลยนะคะ', withMenu: false },
  laugh: { text: '😄 ยินดีที่ได้คุยด้วยค่ะ มีเรื่องไหนให้ช่วยไหมคะ', withMenu: true },
  bye: { text: 'ขอบคุณที่แวะมาค่ะ 🙏 มีเรื่องอะไรทักมาได้ทุกเมื่อนะคะ', withMenu: false },
  joke: { text: 'ขอเป็นผู้ช่วยเรื่องบริการท้องถิ่นดีกว่านะคะ 😊 เช่น เบี้ยผู้สูงอายุ ขยะ ไฟถนน ถามมาได้เลยค่ะ', withMenu: true },
  reaction: { text: '🙏😊', withMenu: false },
};

export function buildSmallTalkMessages(kind: SmallTalkKind | 'reaction'): messagingApi.Message[] {
  const answer = SMALL_TALK[kind];
  return [textMessage(answer.text, answer.withMenu ? mainFeatureActions() : undefined)];
}

const TOPICS: Record<OutOfScopeTopic, string> = {
  weather: 'พยากรณ์อากาศ',
  lottery: 'ผลสลากกินแบ่ง',
  prices: 'ราคาสินค้า',
  fortune: 'ดูดวง',
  sports: 'ผลกีฬา',
};

/**
 * Honest and short: not ours (one wording, with or without an agency), who handles it when the FAQ's
 * agency list knows (its hotline is kept there, data/faq/agencies.th.json), and what the bot can do instead.
 */
export function buildOutOfScopeMessages(topic: OutOfScopeTopic, agency: OtherAgency | null): messagingApi.Message[] {
  const who = agency ? ` ${agencyLine(agency)}` : '';
  return [textMessage(`เรื่อง${TOPICS[topic]} ศูนย์ Clinic Center ไม่มีข้อมูลค่ะ${who} ที่นี่ช่วยเรื่องบริการของท้องถิ่น เช่น เบี้ยยังชีพ ขยะ ไฟถนน ศูนย์เด็กเล็ก และรับแจ้งเรื่องค่ะ`, mainFeatureActions())];
}
