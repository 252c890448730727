import { describe, expect, it } from 'vitest';
import { groupSimilarQuestions } from '../../domain/knowledge-base/group-similar-questions.ts';
import { normalizeText } from '../../domain/faq/normalize.ts';

let clock = Date.UTC(2026, 10, 1);
const question = (text: string) => ({ id: String(clock), text, normalizedText: normalizeText(text), askedAt: new Date(clock++) });

describe('groupSimilarQuestions', () => {
  it('when wordings differ only in spaces, particles and a typo, then they form one group', () => {
    const groups = groupSimilarQuestions([
      question('ขอใบรับรองการทำงานได้ไหม'),
      question('ขอ ใบรับรองการทำงาน ได้ไหมคะ'),
      question('ขอใบรับรองการทำงาณได้มั้ย'),
      question('ท่อระบายน้ำหน้าบ้านตัน'),
    ]);
    expect(groups.map((group) => group.questions.length)).toEqual([3, 1]);
  });

  it('when groups have the same size, then the most recently asked comes first, titled by its newest wording', () => {
    const groups = groupSimilarQuestions([question('รถพยาบาลมาช้ามาก'), question('ขอเบอร์โทรนายก อบต.')]);
    expect(groups.map((group) => group.representative.text)).toEqual(['ขอเบอร์โทรนายก อบต.', 'รถพยาบาลมาช้ามาก']);
  });

  it('when there are no questions, then there are no groups', () => {
    expect(groupSimilarQuestions([])).toEqual([]);
  });
});
