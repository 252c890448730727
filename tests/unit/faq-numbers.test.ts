import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../domain/faq/analyze.ts';
import { rankQuestion } from '../../domain/faq/match-question.ts';
import { normalizeText } from '../../domain/faq/normalize.ts';
import { parseRangeToken, rangeHolds, rangeTerms } from '../../domain/faq/number-ranges.ts';
import { shippedFaqIndex } from '../helpers/shipped-faq.ts';

const index = shippedFaqIndex();

describe('numbers, amounts and ages', () => {
  it('keeps 1,000 one number and reads 60–69 as a range', () => {
    expect(normalizeText('เดือนละ 1,000 บาท')).toBe('เดือนละ 1000 บาท');
    expect(normalizeText('อายุ 60–69 ปี')).toBe('อายุ 60 ถึง 69 ปี');
    expect(normalizeText('อายุ ๘๐-๘๙ ปี')).toBe('อายุ 80 ถึง 89 ปี');
  });

  it('finds the ranges a text states, closed and open', () => {
    expect(rangeTerms(['อายุ', '60', 'ถึง', '69', 'ปี'])).toEqual(['#range:60-69']);
    expect(rangeTerms(['90', 'ปี', 'ขึ้น', 'ไป'])).toEqual(['#range:90-']);
    expect(rangeTerms(['ต่ำกว่า', '18', 'ปี'])).toEqual(['#range:0-18']);
    expect(rangeTerms(['เดือนละ', '600', 'บาท'])).toEqual([]);
    expect(analyzeText('อายุ 70–79 ปี เดือนละ 700 บาท').units.map((unit) => unit.word)).toContain('#range:70-79');
  });

  it('holds a number in a closed range, and in an open one only with as many digits as its bound', () => {
    expect(rangeHolds(parseRangeToken('#range:60-69')!, 68)).toBe(true);
    expect(rangeHolds(parseRangeToken('#range:60-69')!, 70)).toBe(false);
    expect(rangeHolds(parseRangeToken('#range:90-')!, 95)).toBe(true);
    expect(rangeHolds(parseRangeToken('#range:90-')!, 1669)).toBe(false);
  });

  it('when an age in Thai digits falls in a tier of the allowance, then that entry ranks first', () => {
    for (const question of ['ยายอายุ ๗๓ ได้เบี้ยเดือนละเท่าไร', 'พ่ออายุ 84 ได้เงินคนแก่กี่บาท']) {
      expect(rankQuestion(index, question).candidates[0]?.faqId, question).toBe('elderly-allowance-rates');
    }
  });
});
