import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../domain/faq/analyze.ts';
import { SHIPPED_VOCABULARY } from '../../domain/faq/vocabulary/shipped-vocabulary.ts';
import { checkVocabulary, parseVocabularyFile, thesaurusFileSchema, VocabularyError } from '../../domain/faq/vocabulary/vocabulary-schema.ts';

const means = (text: string): string[] => analyzeText(text).units.flatMap((unit) => [unit.word, ...unit.expansions.map((e) => e.token)]);

describe('the vocabulary shipped in data/faq', () => {
  it('has a civic thesaurus of at least 150 concepts and 1,500 terms, and at least 300 regional pairs', () => {
    expect(SHIPPED_VOCABULARY.concepts.length).toBeGreaterThanOrEqual(150);
    expect(SHIPPED_VOCABULARY.concepts.reduce((sum, concept) => sum + concept.terms.length, 0)).toBeGreaterThanOrEqual(1500);
    expect(SHIPPED_VOCABULARY.regional.filter((pair) => pair.region !== 'chat').length).toBeGreaterThanOrEqual(300);
    for (const region of ['isan', 'northern', 'southern'] as const) {
      expect(SHIPPED_VOCABULARY.regional.filter((pair) => pair.region === region).length).toBeGreaterThanOrEqual(40);
    }
  });

  it('reads Isan, Northern and Southern words as central Thai, beside the user’s own word', () => {
    expect(means('เบิ่งให้แน่')).toContain('ดู');
    expect(means('อันนี้อีหยัง')).toContain('อะไร');
    expect(means('ไผเป็นคนดูแล')).toContain('ใคร');
    expect(means('ยังบ่ได้กิ๋นเลย')).toContain('กิน');
    expect(means('ข้าวแกงร้านนี้หรอยจัง')).toContain('อร่อย');
    expect(means('ไม่หล่าวเลย')).toContain('ไม่');
    expect(means('อีหยัง')).toContain('อีหยัง');
  });

  it('adds the Thai words for English and transliterated words', () => {
    const cases: [string, string][] = [['form', 'แบบฟอร์ม'], ['ฟอร์ม', 'แบบฟอร์ม'], ['update', 'ปรับปรุง'], ['upload', 'ส่ง'], ['app', 'แอปพลิเคชัน'], ['แอป', 'แอปพลิเคชัน'], ['location', 'พิกัด'], ['e-service', 'บริการออนไลน์']];
    for (const [form, thai] of cases) expect(means(`ขอ ${form} หน่อย`)).toContain(thai);
  });

  it('when a vocabulary file is invalid, then loading it stops with the file and the field', () => {
    expect(() => parseVocabularyFile('thesaurus.th.json', thesaurusFileSchema, { provenance: { source: 'x' }, concepts: [{ id: 'Bad Id', domain: 'x', terms: [] }] })).toThrow(VocabularyError);
    expect(() => parseVocabularyFile('thesaurus.th.json', thesaurusFileSchema, { concepts: [] })).toThrow(/thesaurus\.th\.json/);
    expect(() => checkVocabulary({ concepts: [{ id: 'a', domain: 'x', terms: ['ก'], implies: ['missing'] }], regional: [], codeMix: [], agencies: [] })).toThrow(/unknown concept missing/);
  });
});
