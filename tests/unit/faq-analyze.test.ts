import { describe, expect, it } from 'vitest';
import { analyzeText, analyzeTexts } from '../../domain/faq/analyze.ts';
import { segmentMany, segmentWords } from '../../domain/faq/segment.ts';
import { STOPWORDS } from '../../domain/faq/stopwords.ts';

const terms = (text: string): string[] => analyzeText(text).terms;

describe('analyzeText: particles and stop words', () => {
  it('when polite particles and fillers surround the question, then they are dropped', () => {
    expect(terms('เอ่อ ไฟถนนดับจ้า ช่วยมาดูหน่อยนะคะ')).toEqual(['ไฟถนน', 'ดับ', 'ดู']);
    expect(terms('ได้ไหมคร้าบบบบ ภาษีป้ายครัช')).toEqual(['ภาษีป้าย']);
  });

  it('keeps the negation ไม่ although stopwords-th lists it', () => {
    expect(STOPWORDS.has('ไม่')).toBe(false);
    expect(terms('ประปาไม่ไหล')).toContain('ไม่');
  });

  it('when ค่า means a fee, then it is kept; when it ends the sentence as a particle, then it is dropped', () => {
    expect(terms('ค่าเทอมเท่าไหร่ค่า')).toEqual(['ค่าเทอม', 'เท่าไร']);
  });
});

describe('analyzeText: synonyms and dialects', () => {
  it('maps colloquial words to the office words', () => {
    expect(terms('เบี้ยคนแก่')).toEqual(['เบี้ย', 'ผู้สูงอายุ']);
    expect(terms('เงินคนชรา')).toEqual(['เบี้ย', 'ผู้สูงอายุ']);
    expect(terms('ร้านทำผม')).toEqual(['ร้านเสริมสวย']);
  });

  it('maps Isan, northern and southern words', () => {
    expect(terms('เฮ็ดบัตรคนพิการอยู่ไส')).toEqual(['บัตร', 'คนพิการ', 'ที่ไหน']);
    expect(terms('ภาษีป้ายจ่ายพรือ')).toEqual(['ภาษีป้าย', 'จ่าย', 'อย่างไร']);
    expect(terms('ส่งละอ่อนเข้าศูนย์เด็กเล็ก')).toContain('เด็ก');
  });

  it('when บ่ ends the sentence it asks a question; elsewhere it means ไม่', () => {
    expect(terms('น้ำบ่ไหล')).toEqual(['น้ำ', 'ไม่', 'ไหล']);
    expect(terms('สมัครออนไลน์ได้บ่')).toEqual(['ลงทะเบียน', 'ออนไลน์']);
  });

  it('when บ่ is part of บ่อ (a well), then it is left alone', () => {
    expect(terms('บ่อน้ำแห้ง')).not.toContain('ไม่');
  });

  it('maps English words mixed into Thai', () => {
    expect(terms('register online ได้ไหม')).toEqual(['ลงทะเบียน', 'ออนไลน์']);
    expect(terms('จ่าย tax ผ่าน app')).toEqual(['จ่าย', 'ภาษี', 'แอป']);
  });

  it('rejoins abbreviations typed with dots', () => {
    expect(terms('อ.บ.ต. อยู่ไหน')).toContain('อบต');
    expect(terms('รพ.สต.')).toEqual(['รพสต']);
  });

  it('when a dialect word is glued to its neighbour by the segmenter, then it is still found', () => {
    expect(terms('สำนักงานไปไส')).toEqual(['สำนักงาน', 'ที่ไหน']);
  });

  it('when a dotless abbreviation is glued to its neighbours, then it is cut out again', () => {
    expect(terms('อยากได้ทุนจากอบต')).toContain('อบต');
    expect(terms('ศพดรับเด็กกี่ขวบ')).toEqual(['ศูนย์เด็กเล็ก', 'รับ', 'เด็ก', 'กี่', 'ขวบ']);
    expect(terms('ขอตอบตกลงครับ')).not.toContain('อบต');
  });

  it('when the segmenter leaves a lone consonant behind, then it is not a word', () => {
    expect(terms('ย้ายชื่อออกจากทะเบียนบ้าน').every((term) => term.length > 1)).toBe(true);
  });

  it('when Isan บ่ได้ ends a phrase, then the central Thai phrase is still found', () => {
    expect(terms('พ่อลุกบ่ได้')).toContain('ติดเตียง');
    expect(terms('เงินจะโดนตัดไหม')).toContain('ถูก');
  });

  it('when a long form is typed without tone marks, then it is still recognised', () => {
    expect(terms('เบี้ยคนแก')).toEqual(['เบี้ย', 'ผู้สูงอายุ']);
  });
});

describe('batch analysis', () => {
  const texts = ['ไฟถนนดับ', '', 'เบี้ยคนเฒ่า register ได้อยู่ไส', 'โทร ๑๖๖๙ ได้บ่', 'ค่าเทอมเท่าไหร่ค่า', 'a'];

  it('when texts are segmented together, then each gets the same words as on its own', () => {
    const normalized = ['ไฟถนนดับ', '', 'เบี้ยคนเฒ่า register ได้อยู่ไส', 'abc123ภาษี', 'ศูนย์พัฒนาเด็กเล็ก'];
    expect(segmentMany(normalized)).toEqual(normalized.map(segmentWords));
  });

  it('when texts are analysed together, then each gets the same result as on its own', () => {
    expect(analyzeTexts(texts)).toEqual(texts.map((text) => analyzeText(text)));
  });
});
