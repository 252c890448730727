import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../domain/faq/analyze.ts';
import { buildFuzzyVocabulary, correctWord } from '../../domain/faq/fuzzy-vocabulary.ts';
import { repairSpelling, type SpellingVocabulary } from '../../domain/faq/spelling-repair.ts';
import { isThaiWord } from '../../domain/faq/thai-dictionary.ts';
import { shippedFaqIndex } from '../helpers/shipped-faq.ts';

/** A vocabulary made of the given index words, with the real Thai dictionary for everything else. */
function vocabularyOf(indexWords: string[]): SpellingVocabulary {
  const known = new Set(indexWords);
  return { isKnown: (word) => known.has(word), isWord: isThaiWord, fuzzy: [buildFuzzyVocabulary(indexWords)] };
}

const civic = vocabularyOf(['ขึ้นทะเบียน', 'เกษตรกร', 'ที่ไหน', 'หมู่บ้าน', 'ประชาคม', 'เจ้าหน้าที่', 'คุย', 'ควร', 'ลบออก', 'งาน', 'ขายของ']);

describe('repairSpelling: fragments of a misspelt word', () => {
  it('when ICU cut a word with a missing letter into fragments, then the stretch becomes the index word', () => {
    expect(repairSpelling(civic, ['ขึ้นทะเบียน', 'เกษ', 'ตกร', 'ที่ไหน'])).toEqual(['ขึ้นทะเบียน', 'เกษตรกร', 'ที่ไหน']);
  });

  it('when only tone marks are missing across two real words, then they are joined into the index word', () => {
    expect(repairSpelling(civic, ['ประชาคม', 'หมู่', 'บาน'])).toEqual(['ประชาคม', 'หมู่บ้าน']);
    expect(repairSpelling(civic, ['คุย', 'เจา', 'หน้าที่'])).toEqual(['คุย', 'เจ้าหน้าที่']);
  });
});

describe('repairSpelling: real words stay as typed', () => {
  it('never edits two dictionary words into an index word one letter away (ลาออก is not ลบออก)', () => {
    expect(repairSpelling(civic, ['ควร', 'ลา', 'ออก', 'จาก', 'งาน'])).toEqual(['ควร', 'ลา', 'ออก', 'จาก', 'งาน']);
    expect(repairSpelling(civic, ['ขาย', 'ทอง', 'ที่ไหน'])).toEqual(['ขาย', 'ทอง', 'ที่ไหน']);
  });

  it('keeps number words the knowledge base does not spell out', () => {
    expect(repairSpelling(civic, ['อายุ', 'เจ็ด', 'สิบ', 'ห้า'])).toEqual(['อายุ', 'เจ็ด', 'สิบ', 'ห้า']);
  });

  it('leaves a sentence without fragments or misspelt joins untouched, and Latin pieces alone', () => {
    const pieces = ['upload', 'ฟอร์ม', 'ที่ไหน'];
    expect(repairSpelling(civic, pieces)).toEqual(pieces);
  });
});

describe('correctWord: regional consonants and real words', () => {
  const table = buildFuzzyVocabulary(['ร้องเรียน', 'ร้าน', 'ช่วย', 'ลบออก', 'เรือน']);

  it('reads Isan and Northern ฮ for ร and Northern จ for ช as the central word', () => {
    expect(correctWord(table, 'ฮ้องเรียน', isThaiWord)).toBe('ร้องเรียน');
    expect(correctWord(table, 'ฮ้าน', isThaiWord)).toBe('ร้าน');
    expect(correctWord(table, 'จ้วย', isThaiWord)).toBe('ช่วย');
  });

  it('corrects a real word only for its tone marks, never by an edit', () => {
    expect(correctWord(table, 'ลาออก', isThaiWord)).toBeUndefined();
    expect(correctWord(table, 'ลาออก')).toBe('ลบออก');
    expect(correctWord(table, 'เรื่อน', isThaiWord)).toBe('เรือน');
  });
});

describe('spelling repair inside the matcher', () => {
  const index = shippedFaqIndex();
  const words = (text: string): string[] => analyzeText(text, index.lexicon, index.speller).units.map((unit) => unit.word);

  it('reads a misspelt question as the knowledge base spells it', () => {
    expect(words('ขึ้นทะเบียนเกษตกรที่ไหน')).toContain('ขึ้นทะเบียนเกษตรกร');
    expect(words('ร้านอาหารต้องขออนุญาตไหม คุยกับเจาหน้าที่ได้ที่ไหน')).toContain('เจ้าหน้าที่');
  });

  it('changes nothing in a question spelt right', () => {
    const text = 'ตอนนี้อายุหกสิบห้า ทำงานโรงงานมาทั้งชีวิต';
    expect(words(text)).toEqual(analyzeText(text, index.lexicon).units.map((unit) => unit.word));
  });
});
