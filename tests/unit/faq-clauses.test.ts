import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../domain/faq/analyze.ts';
import { splitSentences } from '../../domain/faq/clauses.ts';
import { capLength, MESSAGE_BUDGET } from '../../domain/faq/message-budget.ts';
import { clauseWeights, NARRATIVE_WEIGHT } from '../../domain/faq/clause-weights.ts';
import { resolveQueryTerms } from '../../domain/faq/query-terms.ts';
import { shippedFaqIndex } from '../helpers/shipped-faq.ts';

const clauseOf = (text: string, word: string): { question: boolean } | undefined => {
  const analyzed = analyzeText(text);
  const unit = analyzed.units.find((candidate) => candidate.word === word);
  return unit ? analyzed.clauses[unit.clause] : undefined;
};

describe('clause splitting of long messages', () => {
  it('cuts at sentence ends, line breaks and commas, but not inside numbers', () => {
    expect(splitSentences('ไปตลาดมา. เจอป้าข้างบ้าน\nแกเล่าว่าอย่างนี้, เลยถามว่า')).toEqual(['ไปตลาดมา', 'เจอป้าข้างบ้าน', 'แกเล่าว่าอย่างนี้', 'เลยถามว่า']);
    expect(splitSentences('ภาษี 4,500 บาท ผ่อนได้ไหม?')).toEqual(['ภาษี 4,500 บาท ผ่อนได้ไหม']);
  });

  it('when a story comes before «อยากถามว่า…», then the clause after it carries the question and the story counts less', () => {
    const text = 'เมื่อวานไปตลาดมา เจอป้าข้างบ้าน แกเล่าว่าแกได้เงินทุกเดือน เลยอยากถามว่าเบี้ยคนแก่ลงทะเบียนที่ไหน';
    expect(clauseOf(text, 'ตลาด')?.question).toBe(false);
    expect(clauseOf(text, 'เบี้ยคนแก่')?.question).toBe(true);
    const analyzed = analyzeText(text);
    expect(analyzed.clauses.length).toBeGreaterThanOrEqual(2);
    const weights = clauseWeights(analyzed);
    expect(weights).toContain(NARRATIVE_WEIGHT);
    expect(weights).toContain(1);
  });

  it('when the asking clause has only two words of its own, then it is not ranked alone against the story', () => {
    const text = 'ข้างบ้านเลี้ยงหมูหลายสิบตัว กลิ่นเหม็นทุกวันจนกินข้าวไม่ลง แบบนี้ไปแจ้งใครได้บ้าง';
    const analyzed = analyzeText(text);
    expect(clauseWeights(analyzed)).toContain(NARRATIVE_WEIGHT);
    expect(clauseWeights(analyzed, true).every((weight) => weight === 0)).toBe(true);
  });

  it('when no lead is typed, then the clauses holding a question word carry the question', () => {
    const text = 'บ้านอยู่ท้ายซอยติดทุ่งนา ลูกหลานไปทำงานกรุงเทพหมด ไฟถนนหน้าบ้านดับต้องแจ้งที่ไหน';
    expect(clauseOf(text, 'กรุงเทพ')?.question).toBe(false);
    expect(clauseOf(text, 'ไฟถนน')?.question).toBe(true);
  });

  it('when the asking clause names no topic of its own, then the clause before it is not weighed down', () => {
    for (const text of ['ไฟถนนหน้าบ้านดับ แจ้งที่ไหน', 'ไฟถนนหน้าบ้านดับ', 'ร้านก๋วยเตี๋ยวหน้าบ้านต้องขออนุญาตไหม ต้องทำยังไง']) {
      expect(clauseWeights(analyzeText(text)).every((weight) => weight === 1)).toBe(true);
    }
  });

  it('when a message is longer than the budget, then its opening and its end (the question) are kept', () => {
    const long = `ไฟถนนหน้าบ้านดับ ${'เรื่องเล่ายาวมาก '.repeat(400)}ต้องแจ้งที่ไหนคะ`;
    const capped = capLength(long);
    expect(capped.length).toBeLessThanOrEqual(MESSAGE_BUDGET.maxChars + 1);
    expect(capped.startsWith('ไฟถนนหน้าบ้านดับ')).toBe(true);
    expect(capped.endsWith('ต้องแจ้งที่ไหนคะ')).toBe(true);
    expect(capLength('สั้นๆ')).toBe('สั้นๆ');
  });
});

describe('question words in the query', () => {
  const index = shippedFaqIndex();
  const terms = (text: string) => resolveQueryTerms(index, analyzeText(text, index.lexicon, index.speller));

  it('weighs a question word below its own idf and gives it no pieces (เท่า|ไหร่) as terms', () => {
    const query = terms('ค่าธรรมเนียมเท่าไหร่');
    const asked = query.find((term) => term.term === 'เท่าไหร่');
    const id = index.termIds.get('เท่าไหร่');
    expect(asked && id !== undefined && asked.weight < (index.idf[id] ?? 0)).toBe(true);
    expect(query.some((term) => term.term.startsWith('เท่าไหร่/'))).toBe(false);
  });
});
