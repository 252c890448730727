import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../domain/faq/match-question.ts';
import type { QueryTerm } from '../../domain/faq/query-terms.ts';
import type { RankedCandidate } from '../../domain/faq/rank-question.ts';
import { rerankSiblings } from '../../domain/faq/rerank-siblings.ts';
import { shippedFaqIndex } from '../helpers/shipped-faq.ts';

const index = shippedFaqIndex();
const entryOf = (id: string): number => index.entries.findIndex((entry) => entry.id === id);
const candidate = (faqId: string, score: number): RankedCandidate => ({
  faqId,
  score,
  signals: { entry: entryOf(faqId), coverage: 0, spelling: 0, phrasing: 0, keyword: 0 },
});
const term = (word: string, weight: number): QueryTerm => {
  const id = index.termIds.get(word);
  if (id === undefined) throw new Error(`${word} is not an index term`);
  return { term: word, weight, known: true, wordKnown: true, matches: [{ term: word, id, strength: 1, kind: 'word' }], clause: 0, agency: undefined, facet: false };
};

describe('rerankSiblings', () => {
  it('when close candidates share the topic, then the one with the telling word comes first', () => {
    const ranked = [candidate('case-report', 0.6), candidate('case-attach-photo-location', 0.55), candidate('road-repair', 0.2)];
    const terms = [term('แจ้ง', 2), term('รูป', 4)];
    expect(rerankSiblings(index, terms, ranked).map((c) => c.faqId)).toEqual(['case-attach-photo-location', 'case-report', 'road-repair']);
  });

  it('leaves a clear winner and the candidates far behind it alone', () => {
    const ranked = [candidate('case-report', 0.8), candidate('case-attach-photo-location', 0.3)];
    expect(rerankSiblings(index, [term('รูป', 4)], ranked)).toEqual(ranked);
  });

  it('lets the aspect asked about decide inside a topic in the whole matcher', () => {
    expect(matchQuestion(index, 'อัปโหลดรูปขยะตอนแจ้งเรื่องได้ไหม').faqId).toBe('case-attach-photo-location');
    expect(matchQuestion(index, 'ส่งรูปถนนพังตอนแจ้งเรื่องได้ไหม').faqId).toBe('case-attach-photo-location');
    expect(matchQuestion(index, 'ลูกเข้าศูนย์เด็กเล็กต้องจ่ายตังไหม').faqId).toBe('cdc-fees');
  });
});
