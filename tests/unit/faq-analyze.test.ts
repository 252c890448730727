import { describe, expect, it } from 'vitest';
import { analyzeText, analyzeTexts } from '../../domain/faq/analyze.ts';
import { segmentMany, segmentWords } from '../../domain/faq/segment.ts';
import { STOPWORDS } from '../../domain/faq/stopwords.ts';

/** The user's own content words, in order. */
const words = (text: string): string[] => analyzeText(text).units.map((unit) => unit.word);
/** Everything the text stands for: its words and every expansion beside them. */
const means = (text: string): string[] => analyzeText(text).units.flatMap((unit) => [unit.word, ...unit.expansions.map((e) => e.token)]);

describe('analyzeText: particles and stop words', () => {
  it('when polite particles and fillers surround the question, then they are dropped', () => {
    expect(words('เอ่อ ไฟถนนดับจ้า ช่วยมาดูหน่อยนะคะ')).toEqual(['ไฟถนน', 'ดับ', 'ดู']);
    expect(words('ได้ไหมคร้าบบบบ ภาษีป้ายครัช')).toEqual(['ภาษีป้าย']);
  });

  it('keeps the negation ไม่ although stopwords-th lists it', () => {
    expect(STOPWORDS.has('ไม่')).toBe(false);
    expect(means('ประปาไม่ไหล')).toContain('ไม่');
  });

  it('when ค่า means a fee, then it is kept; when it ends the sentence as a particle, then it is dropped', () => {
    expect(words('ค่าเทอมเท่าไหร่ค่า')).toEqual(['ค่าเทอม', 'เท่าไหร่']);
  });
});

// Issue 9 changed these from rewriting to adding: the user's word stays, its meanings are added beside it.
describe('analyzeText: synonyms add, never replace', () => {
  it('keeps the colloquial word and adds the concept the office uses', () => {
    expect(words('เบี้ยคนแก่')).toEqual(['เบี้ยคนแก่']);
    expect(means('เบี้ยคนแก่')).toEqual(expect.arrayContaining(['#elderly-allowance', '#elderly', '#allowance']));
    expect(means('ร้านทำผม')).toEqual(expect.arrayContaining(['ร้านทำผม', '#beauty-salon']));
  });

  it('when a word only hints at a broader service, then the hint is weak and the word stays', () => {
    const [haircut] = analyzeText('ตัดผม').units;
    expect(haircut?.word).toBe('ตัดผม');
    const salon = haircut?.expansions.find((e) => e.token === '#beauty-salon');
    expect(salon?.kind).toBe('related');
    expect(salon?.strength).toBeLessThan(0.5);
  });

  it('when ปรับปรุง is asked about a road, then the road is still a term of its own', () => {
    expect(words('ปรับปรุงถนนเมื่อไร')).toEqual(['ปรับปรุง', 'ถนน', 'เมื่อไร']);
  });

  it('maps Isan, northern and southern words by adding the central word', () => {
    expect(means('เฮ็ดบัตรคนพิการอยู่ไส')).toEqual(expect.arrayContaining(['บัตรคนพิการ', 'อยู่ไส', 'ที่ไหน']));
    expect(means('ภาษีป้ายจ่ายพรือ')).toEqual(expect.arrayContaining(['ภาษีป้าย', 'จ่าย', 'พรือ', 'อย่างไร']));
    expect(means('ส่งละอ่อนเข้าศูนย์เด็กเล็ก')).toEqual(expect.arrayContaining(['ละอ่อน', 'เด็ก', '#child']));
    expect(means('ยังบ่ได้กิ๋น')).toContain('กิน');
  });

  it('when a regional form only stands for a function word, then it carries nothing', () => {
    expect(words('เฮ็ดบัตรคนพิการ')).toEqual(['บัตรคนพิการ']);
  });

  it('when บ่ ends the sentence it asks a question; elsewhere it means ไม่', () => {
    expect(means('น้ำบ่ไหล')).toContain('ไม่');
    expect(means('สมัครออนไลน์ได้บ่')).not.toContain('ไม่');
  });

  it('when บ่ is part of บ่อ (a well), then it is left alone', () => {
    expect(means('บ่อน้ำแห้ง')).not.toContain('ไม่');
  });

  it('adds the Thai words for English and transliterations mixed into Thai', () => {
    expect(means('register online ได้ไหม')).toEqual(expect.arrayContaining(['register', 'ลงทะเบียน', 'online', 'ออนไลน์']));
    expect(means('ขอ form หน่อย')).toContain('แบบฟอร์ม');
    expect(means('ส่ง location ได้ไหม')).toEqual(expect.arrayContaining(['พิกัด', 'ตำแหน่ง']));
    expect(means('upload รูปได้ไหม')).toContain('แนบ');
    expect(means('จ่ายผ่าน แอป')).toContain('แอปพลิเคชัน');
    expect(means('มี e-service ไหม')).toContain('บริการออนไลน์');
  });

  it('rejoins abbreviations typed with dots', () => {
    expect(words('อ.บ.ต. อยู่ไหน')).toContain('อบต');
    expect(words('รพ.สต.')).toEqual(['รพสต']);
  });

  it('when a dialect word is glued to its neighbour by the segmenter, then it is still found', () => {
    expect(means('สำนักงานไปไส')).toEqual(expect.arrayContaining(['สำนักงาน', 'ที่ไหน']));
  });

  it('when a dotless abbreviation is glued to its neighbours, then it is cut out again', () => {
    expect(words('อยากได้ทุนจากอบต')).toContain('อบต');
    expect(means('ศพดรับเด็กกี่ขวบ')).toEqual(expect.arrayContaining(['ศพด', '#cdc', 'กี่', 'ขวบ']));
    expect(words('ขอตอบตกลงครับ')).not.toContain('อบต');
    // Two real words that hold the form between them (เกือบ|ตกลง) are not cut into fragments.
    expect(words('เด็กเกือบตกลงไปในท่อ')).toEqual(expect.arrayContaining(['เกือบ', 'ตกลง']));
  });

  it('when a compound holds a shorter lexicon form, then the form is one of its components', () => {
    // The question may be joined the other way (เข้าศูนย์|เด็กเล็ก) and still meet the entry's ศูนย์เด็กเล็ก.
    expect(means('เรียนศูนย์เด็กเล็กฟรีไหม')).toEqual(expect.arrayContaining(['ศูนย์เด็กเล็ก', 'เด็กเล็ก']));
  });

  it('when the segmenter leaves a lone consonant behind, then it is not a word', () => {
    expect(words('ย้ายชื่อออกจากทะเบียนบ้าน').every((term) => term.length > 1)).toBe(true);
  });

  it('when Isan บ่ได้ ends a phrase, then the central Thai phrase is still found', () => {
    expect(means('พ่อลุกบ่ได้')).toContain('#bedridden');
    expect(means('เงินจะโดนตัดไหม')).toContain('ถูก');
  });

  it('when a long form is typed without tone marks, then it is still recognised', () => {
    expect(means('เบี้ยคนแก')).toEqual(expect.arrayContaining(['#elderly', '#allowance']));
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
