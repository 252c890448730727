import type { FaqIndex } from './faq-index.ts';
import { matchQuestion } from './match-question.ts';
import type { FaqDecision, FaqMatch } from './types.ts';

/** One labelled question; `id` null means the right reply is "no answer". */
export interface LabelledQuestion {
  q: string;
  id: string | null;
}

/** What a matcher tells the villager: the decision, the entry answered (or null) and the entries shown. */
export interface MatcherReply {
  decision: FaqDecision;
  faqId: string | null;
  choices: string[];
  score: number;
}

export interface EvaluationMiss {
  q: string;
  expected: string | null;
  got: string | null;
  decision: FaqDecision;
  choices: string[];
  score: number;
}

export interface EvaluationReport {
  total: number;
  answerable: number;
  /** Share answered with the expected id; a null line counts as right when nothing was answered directly. */
  accuracy: number;
  answerableAccuracy: number;
  /** Of the answerable questions, the share whose right entry was among the choices shown. */
  rightAmongChoices: number;
  /** Answerable questions that got a no-answer card with no topic to tap. */
  deadEnds: number;
  /** Of the questions given an honest no-answer (decision 'none'), the share that truly had none. */
  noAnswerPrecision: number;
  /** Of the questions that truly had no answer, the share given decision 'none'. */
  noAnswerRecall: number;
  misses: EvaluationMiss[];
}

export type Matcher = (question: string) => MatcherReply;

/** What a villager is shown for one match, in the terms the evaluation counts. */
export const replyOf = (match: FaqMatch): MatcherReply => ({
  decision: match.decision,
  faqId: match.faqId,
  choices: match.choices.map((choice) => choice.faqId),
  score: match.bestGuess?.score ?? 0,
});

export function faqIndexMatcher(index: FaqIndex): Matcher {
  return (question) => replyOf(matchQuestion(index, question));
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function evaluateMatcher(matcher: Matcher, questions: LabelledQuestion[]): EvaluationReport {
  return evaluateReplies(questions, questions.map(({ q }) => matcher(q)));
}

/** The report for replies already given, one per question in order (calibration scores out-of-fold replies so). */
export function evaluateReplies(questions: readonly LabelledQuestion[], replies: readonly MatcherReply[]): EvaluationReport {
  const misses: EvaluationMiss[] = [];
  const count = { correct: 0, answerableCorrect: 0, among: 0, deadEnds: 0, noneGiven: 0, noneRight: 0 };
  for (const [at, { q, id }] of questions.entries()) {
    const reply = replies[at];
    if (!reply) throw new Error(`no reply for question ${at + 1}`);
    if (reply.faqId === id) count.correct++;
    else misses.push({ q, expected: id, got: reply.faqId, decision: reply.decision, choices: reply.choices, score: reply.score });
    if (id !== null && reply.faqId === id) count.answerableCorrect++;
    if (id !== null && reply.choices.includes(id)) count.among++;
    if (id !== null && reply.choices.length === 0) count.deadEnds++;
    if (reply.decision === 'none') count.noneGiven++;
    if (reply.decision === 'none' && id === null) count.noneRight++;
  }
  const answerable = questions.filter((question) => question.id !== null).length;
  return {
    total: questions.length,
    answerable,
    accuracy: ratio(count.correct, questions.length),
    answerableAccuracy: ratio(count.answerableCorrect, answerable),
    rightAmongChoices: ratio(count.among, answerable),
    deadEnds: count.deadEnds,
    noAnswerPrecision: ratio(count.noneRight, count.noneGiven),
    noAnswerRecall: ratio(count.noneRight, questions.length - answerable),
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
