import { describe, expect, it } from 'vitest';
import { questionSignature, questionSimilarity, SAME_QUESTION } from '../../domain/knowledge-base/question-signature.ts';

const similarity = (a: string, b: string): number => questionSimilarity(questionSignature(a).grams, questionSignature(b).grams);
const sharesBand = (a: string, b: string): boolean => questionSignature(a).bandKeys.some((key) => questionSignature(b).bandKeys.includes(key));

describe('question signatures for grouping unanswered questions', () => {
  it('when wordings differ only in spaces, particles and a typo, then they are the same question and share a band', () => {
    for (const other of ['ขอ ใบรับรองการทำงาน ได้ไหมคะ', 'ขอใบรับรองการทำงาณได้มั้ย']) {
      expect(similarity('ขอใบรับรองการทำงานได้ไหม', other)).toBeGreaterThanOrEqual(SAME_QUESTION);
      expect(sharesBand('ขอใบรับรองการทำงานได้ไหม', other)).toBe(true);
    }
  });

  it('when two topics share only the frame of the question, then they are different questions', () => {
    expect(similarity('อยากเรียนซ่อมพัดลมที่ไหนดี', 'อยากเรียนทำขนมครกที่ไหนดี')).toBeLessThan(SAME_QUESTION);
    expect(similarity('ท่อระบายน้ำหน้าบ้านตัน', 'ขอใบรับรองการทำงานได้ไหม')).toBeLessThan(0.2);
  });

  it('when the text has no content at all, then it has no band and never joins a group', () => {
    expect(questionSignature('!!!').bandKeys).toEqual([]);
  });
});
