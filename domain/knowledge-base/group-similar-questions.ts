import { charNgrams } from '../faq/char-ngrams.ts';

export type QuestionForGrouping = { id: string; normalizedText: string; text: string; askedAt: Date };

export type QuestionGroup = {
  /** The most recent wording, shown to staff as the group's title. */
  representative: QuestionForGrouping;
  questions: QuestionForGrouping[];
  lastAskedAt: Date;
};

/** Dice similarity of character trigrams: tolerant of Thai's missing spaces and small typos. */
export function questionSimilarity(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [gram, count] of a) {
    shared += Math.min(count, b.get(gram) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

const SAME_QUESTION = 0.55;

/**
 * Groups unanswered questions that ask the same thing, most frequent group first (ties: most
 * recent). Greedy single pass against each group's first member: simple, stable, and fast
 * enough for the few thousand open questions staff would ever review at once.
 */
export function groupSimilarQuestions(questions: QuestionForGrouping[], threshold = SAME_QUESTION): QuestionGroup[] {
  const newestFirst = [...questions].sort((a, b) => b.askedAt.getTime() - a.askedAt.getTime());
  const groups: { grams: Map<string, number>; group: QuestionGroup }[] = [];
  for (const question of newestFirst) {
    const grams = charNgrams(question.normalizedText.replace(/\s+/g, ''));
    const home = groups.find((candidate) => questionSimilarity(candidate.grams, grams) >= threshold);
    if (home) home.group.questions.push(question);
    else groups.push({ grams, group: { representative: question, questions: [question], lastAskedAt: question.askedAt } });
  }
  return groups
    .map(({ group }) => group)
    .sort((a, b) => b.questions.length - a.questions.length || b.lastAskedAt.getTime() - a.lastAskedAt.getTime());
}
