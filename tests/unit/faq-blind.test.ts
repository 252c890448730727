import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateMatcher, faqIndexMatcher, parseLabelledQuestions } from '../../domain/faq/evaluate.ts';
import { matchQuestion } from '../../domain/faq/match-question.ts';
import { shippedFaqIndex } from '../helpers/shipped-faq.ts';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const index = shippedFaqIndex();
const questions = parseLabelledQuestions(readFileSync(fromHere('../fixtures/faq-blind.jsonl'), 'utf8'));

// 80 questions written before the generalisation work without looking at the matcher (70 entries, 10 out of
// scope): LINE-style Isan, northern and southern Thai, typos, English, glued abbreviations. It measured
// 67.5% then; its misses later guided fixes to the old matcher (87.5%). The issue-9 matcher asks
// «หมายถึง…» more often than it guesses: top-1 is lower, the right entry is shown for ~96%.
describe('blind set floor', () => {
  it('answers the blind set and shows the right entry for nearly all of it', () => {
    expect(questions).toHaveLength(80);
    const report = evaluateMatcher(faqIndexMatcher(index), questions);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.72);
    expect(report.rightAmongChoices).toBeGreaterThanOrEqual(0.93);
  });

  it('gives no topic for at least 70% of its out-of-scope questions', () => {
    const outOfScope = questions.filter((question) => question.id === null);
    const silent = outOfScope.filter((question) => matchQuestion(index, question.q).decision === 'none');
    expect(silent.length / outOfScope.length).toBeGreaterThanOrEqual(0.7);
  });
});
