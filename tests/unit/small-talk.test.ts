import { describe, expect, it } from 'vitest';
import { isOnlyEmoji, outOfScopeAgencyId, outOfScopeTopic, smallTalkKey, smallTalkKind, type OutOfScopeTopic } from '../../domain/conversation/small-talk.ts';
import { DEFAULT_LEXICON } from '../../domain/faq/shipped-lexicon.ts';

describe('small talk and topics we do not handle', () => {
  it.each([
    ['สวัสดีครับบบ!!', 'สวัสดี'],
    [' หวัดดีจ้า ', 'หวัดดี'],
    ['ขอบคุณค่ะ 🙏', 'ขอบคุณ'],
    ['Thank you', 'thankyou'],
  ])('when the text is %s, then the key is %s', (text, key) => {
    expect(smallTalkKey(text)).toBe(key);
  });

  it('when people chat rather than ask, then it is small talk of the right kind', () => {
    expect(smallTalkKind('สวัสดีค่ะ')).toBe('greeting');
    expect(smallTalkKind('ขอบคุณมากๆ ครับ')).toBe('thanks');
    expect(smallTalkKind('55555')).toBe('laugh');
    expect(smallTalkKind('🙏')).toBe('reaction');
    expect(smallTalkKind('👍👍')).toBe('reaction');
    expect(smallTalkKind('เล่ามุกให้ฟังหน่อย')).toBe('joke');
    expect(smallTalkKind('โอเคค่ะ')).toBe('okay');
    expect(isOnlyEmoji('ค่ะ 🙏')).toBe(false);
  });

  it('when a real question starts with a greeting or mentions thanks, then it is not small talk', () => {
    expect(smallTalkKind('สวัสดีค่ะ เบี้ยคนแก่ได้วันไหน')).toBeUndefined();
    expect(smallTalkKind('ขอบคุณค่ะ แล้วต้องใช้เอกสารอะไรบ้าง')).toBeUndefined();
  });

  it('when the weather, the lottery, prices or fortunes are asked, then it is out of scope; a local service is not', () => {
    expect(outOfScopeTopic('พรุ่งนี้ฝนจะตกไหมคะ')).toBe('weather');
    expect(outOfScopeTopic('หวยงวดนี้ออกอะไร')).toBe('lottery');
    expect(outOfScopeTopic('ราคาทองวันนี้เท่าไหร่')).toBe('prices');
    expect(outOfScopeTopic('ดูดวงความรักให้หน่อยนะคะ')).toBe('fortune');
    expect(outOfScopeTopic('น้ำท่วมขังหลังฝนตกทุกครั้ง แจ้งใครดี')).toBeUndefined();
    expect(outOfScopeTopic('เบี้ยผู้สูงอายุได้วันไหน')).toBeUndefined();
  });

  it('when a topic has an agency of its own in the data file, then it is one the FAQ agency list knows', () => {
    const topics: OutOfScopeTopic[] = ['weather', 'lottery', 'prices', 'fortune', 'sports'];
    const ids = topics.map(outOfScopeAgencyId);
    expect(ids).toEqual(['tmd', 'glo', undefined, undefined, undefined]);
    for (const id of ids.filter((id) => id !== undefined)) expect(DEFAULT_LEXICON.agencies.has(id), id).toBe(true);
  });
});
