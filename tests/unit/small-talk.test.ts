import { describe, expect, it } from 'vitest';
import { smallTalkKey } from '../../bot/conversation/small-talk.ts';

describe('smallTalkKey', () => {
  it.each([
    ['สวัสดีครับบบ!!', 'สวัสดี'],
    [' หวัดดีจ้า ', 'หวัดดี'],
    ['ขอบคุณค่ะ 🙏', 'ขอบคุณ'],
    ['Thank you', 'thankyou'],
  ])('when the text is %s, then the key is %s', (text, key) => {
    expect(smallTalkKey(text)).toBe(key);
  });

  it('when a real question starts with a greeting, then it is not reduced to the greeting', () => {
    expect(smallTalkKey('สวัสดีค่ะ เบี้ยคนแก่ได้วันไหน')).not.toBe('สวัสดี');
  });
});
