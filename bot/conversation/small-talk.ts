import type { TextResponder } from '../events/event-context.ts';
import { buildGreetingMessages, buildThanksMessages } from '../messages/small-talk-messages.ts';

const POLITE_ENDINGS = /(ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|นะ|จ้ะ|ฮะ|krub|ka)+$/u;
const GREETINGS = new Set(['สวัสดี', 'หวัดดี', 'ดีจ้า', 'ดี', 'hello', 'hi', 'สบายดีไหม', 'ทักทาย']);
const THANKS = new Set(['ขอบคุณ', 'ขอบคุณมาก', 'ขอบใจ', 'ขอบคุณมากๆ', 'thank', 'thanks', 'thankyou', 'thx', 'โอเค', 'ok', 'okay', 'ได้', 'เข้าใจแล้ว', 'รับทราบ']);

/** Reduces "สวัสดีครับบบ!!" to "สวัสดี" so greetings and thanks are recognised however they are typed. */
export function smallTalkKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .replace(/(.)\1{2,}/gu, '$1')
    .replace(POLITE_ENDINGS, '');
}

/** Greetings and thanks get a friendly answer instead of being searched in the FAQ and logged as unanswered. */
export const respondToSmallTalk: TextResponder = async (context, text) => {
  const key = smallTalkKey(text);
  if (GREETINGS.has(key)) {
    await context.reply(buildGreetingMessages());
    return true;
  }
  if (THANKS.has(key)) {
    await context.reply(buildThanksMessages());
    return true;
  }
  return false;
};
