import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../domain/faq/analyze.ts';
import { analyzeKbTexts } from '../../domain/faq/kb-text-memo.ts';
import { DEFAULT_LEXICON } from '../../domain/faq/shipped-lexicon.ts';

describe('the knowledge-base text memo', () => {
  const texts = ['ทำบัตรประชาชนที่ไหน', 'เบี้ยผู้สูงอายุ', 'ทำบัตรประชาชนที่ไหน', 'ไฟถนนดับแจ้งที่ไหน'];

  it('gives what analyzeTexts gives, in order, duplicates included', () => {
    expect(analyzeKbTexts(texts)).toEqual(analyzeTexts(texts, DEFAULT_LEXICON, { capped: false }));
  });

  it('answers a text it has seen from memory, and analyses only the new ones', () => {
    const first = analyzeKbTexts(texts);
    const again = analyzeKbTexts(['ไฟถนนดับแจ้งที่ไหน', 'ขยะไม่มีคนเก็บ', 'ทำบัตรประชาชนที่ไหน']);
    expect(again[0]).toBe(first[3]);
    expect(again[2]).toBe(first[0]);
    expect(again[1]).toEqual(analyzeTexts(['ขยะไม่มีคนเก็บ'], DEFAULT_LEXICON, { capped: false })[0]);
  });
});
