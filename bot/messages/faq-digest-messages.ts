import type { messagingApi } from '@line/bot-sdk';
import type { DigestGroup } from '../../domain/knowledge-base/faq-digest-groups.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { MAX_ALT_TEXT_LENGTH, truncate } from './limits.ts';
import { textMessage } from './quick-reply.ts';
import { BRAND_COLOR, MUTED_COLOR, buttonAction, flexBox, flexButton, flexText } from './flex.ts';

/** LINE: at most 12 bubbles in a carousel and 5 messages per request (one is the heading). */
const BUBBLES_PER_CAROUSEL = 12;
const CAROUSELS = 4;

function groupBubble(group: DigestGroup): messagingApi.FlexBubble {
  const guess = group.bestGuess;
  const add = guess && buttonAction('เพิ่มเป็นคำถามของ …', POSTBACK_ACTIONS.faqDigestAdd, { g: group.groupId, f: guess.faqId }, `เพิ่มเป็นคำถามของ «${truncate(guess.question, 60)}»`);
  const skip = buttonAction('ข้าม', POSTBACK_ACTIONS.faqDigestSkip, { g: group.groupId }, 'ข้ามคำถามนี้');
  return {
    type: 'bubble',
    size: 'kilo',
    body: flexBox([
      flexText(`ถามมา ${group.count} ครั้ง`, { size: 'xs', color: MUTED_COLOR }),
      flexText(truncate(group.title, 300), { weight: 'bold' }),
      flexText(guess ? `ใกล้ที่สุด: ${truncate(guess.question, 200)}` : 'ยังไม่มีคำถามที่ใกล้เคียง', { size: 'xs', color: BRAND_COLOR }),
    ]),
    footer: flexBox([...(add ? [flexButton(add, 'primary')] : []), flexButton(skip)]),
  };
}

/**
 * The daily digest for Clinic Center staff: a heading, then one card per new group of unanswered
 * questions with the matcher's best guess and «เพิ่มเป็นคำถามของ …» / «ข้าม». Pure.
 */
export function buildFaqDigestMessages(groups: DigestGroup[], dayLabel: string): messagingApi.Message[] {
  if (groups.length === 0) return [];
  const shown = groups.slice(0, BUBBLES_PER_CAROUSEL * CAROUSELS);
  const carousels: messagingApi.FlexMessage[] = [];
  for (let start = 0; start < shown.length; start += BUBBLES_PER_CAROUSEL) {
    const part = shown.slice(start, start + BUBBLES_PER_CAROUSEL);
    carousels.push({
      type: 'flex',
      altText: truncate(`คำถามที่บอทยังตอบไม่ได้: ${part.map((group) => group.title).join(' / ')}`, MAX_ALT_TEXT_LENGTH),
      contents: { type: 'carousel', contents: part.map(groupBubble) },
    });
  }
  const more = groups.length > shown.length ? ` (แสดง ${shown.length} กลุ่มแรก ที่เหลือดูได้ในหน้ารายการคำถามค่ะ)` : '';
  return [textMessage(`สรุปคำถามใหม่ที่บอทยังตอบไม่ได้ ${dayLabel}: ${groups.length} กลุ่ม${more}\nแตะ “เพิ่มเป็นคำถามของ …” เพื่อสอนบอท หรือ “ข้าม” ถ้าไม่ใช่เรื่องของศูนย์ฯ ค่ะ`), ...carousels];
}

export function buildDigestActionMessages(outcome: 'added' | 'skipped' | 'already-handled' | 'not-staff', detail?: { title: string; question?: string }): messagingApi.Message[] {
  switch (outcome) {
    case 'added':
      return [textMessage(`เพิ่มแล้วค่ะ “${detail?.title ?? ''}” เป็นคำถามของ “${detail?.question ?? ''}” บอทจะตอบคำถามแบบนี้ได้ทันที`)];
    case 'skipped':
      return [textMessage(`ข้ามแล้วค่ะ “${detail?.title ?? ''}” จะไม่อยู่ในรายการอีก`)];
    case 'already-handled':
      return [textMessage('คำถามกลุ่มนี้มีเจ้าหน้าที่จัดการไปแล้วค่ะ')];
    case 'not-staff':
      return [textMessage('ขออภัยค่ะ ปุ่มนี้สำหรับเจ้าหน้าที่ศูนย์ฯ เท่านั้น')];
  }
}
