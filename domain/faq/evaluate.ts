import type { FaqIndex } from './faq-index.ts';
import { matchQuestion } from './match-question.ts';

/** One labelled question; `id` null means the right reply is "no answer". */
export interface LabelledQuestion {
  q: string;
  id: string | null;
}

export interface EvaluationMiss {
  q: string;
  expected: string | null;
  got: string | null;
  score: number;
}

export interface EvaluationReport {
  total: number;
  /** Share of questions answered with the expected id, "no answer" counting as right for null lines. */
  accuracy: number;
  answerableAccuracy: number;
  /** Of the questions given no answer, the share that truly had none. */
  noAnswerPrecision: number;
  /** Of the questions that truly had no answer, the share given none. */
  noAnswerRecall: number;
  misses: EvaluationMiss[];
}

/** A matcher maps a question to an answer id, or null for "no answer". */
export type Matcher = (question: string) => { faqId: string | null; score: number };

export function faqIndexMatcher(index: FaqIndex): Matcher {
  return (question) => {
    const match = matchQuestion(index, question);
    return { faqId: match.decision === 'answer' ? (match.best?.faqId ?? null) : null, score: match.best?.score ?? 0 };
  };
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function evaluateMatcher(matcher: Matcher, questions: LabelledQuestion[]): EvaluationReport {
  const misses: EvaluationMiss[] = [];
  let correct = 0;
  let answerableCorrect = 0;
  let noneGiven = 0;
  let noneRight = 0;
  for (const { q, id } of questions) {
    const { faqId, score } = matcher(q);
    if (faqId === id) correct++;
    else misses.push({ q, expected: id, got: faqId, score });
    if (id !== null && faqId === id) answerableCorrect++;
    if (faqId === null) noneGiven++;
    if (faqId === null && id === null) noneRight++;
  }
  const answerable = questions.filter((question) => question.id !== null).length;
  return {
    total: questions.length,
    accuracy: ratio(correct, questions.length),
    answerableAccuracy: ratio(answerableCorrect, answerable),
    noAnswerPrecision: ratio(noneRight, noneGiven),
    noAnswerRecall: ratio(noneRight, questions.length - answerable),
    misses,
  };
}

/** Parses a JSON-lines file of `{"q": "...", "id": "..." | null}`. */
export function parseLabelledQuestions(text: string): LabelledQuestion[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line, index) => {
      const parsed: unknown = JSON.parse(line);
      const { q, id } = (parsed ?? {}) as { q?: unknown; id?: unknown };
      if (typeof q !== 'string' || !(typeof id === 'string' || id === null)) {
        throw new Error(`line ${index + 1}: expected {"q": string, "id": string | null}`);
      }
      return { q, id };
    });
}
