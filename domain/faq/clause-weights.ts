import type { AnalyzedText, AnalyzedUnit } from './analyzed-text.ts';
import { QUESTION_WORDS } from './function-words.ts';

/** Words in the story around the question count this much against words in the clause that asks. */
export const NARRATIVE_WEIGHT = 0.5;
/**
 * The asking clauses need this many words of their own (question words aside) for the story around them
 * to count less, and FOCUS_VIEW_WORDS to be ranked alone as well: two words (แจ้ง|ใครได้บ้าง) seldom
 * name the topic by themselves, and their own ranking would outvote the story that does.
 */
const MIN_FOCUS_WORDS = 2;
const FOCUS_VIEW_WORDS = 3;

export const isQuestionWord = (unit: AnalyzedUnit): boolean =>
  QUESTION_WORDS.has(unit.word) || unit.expansions.some((expansion) => expansion.kind === 'translation' && QUESTION_WORDS.has(expansion.token));

/**
 * Which clauses count fully: the ones that ask, when the message has several and they say enough on
 * their own. «ไฟถนนหน้าบ้านดับ แจ้งที่ไหน» keeps its first clause at full weight: the asking clause
 * (แจ้งที่ไหน) names no topic. With `focusOnly` the other clauses count nothing (the asking clauses alone).
 */
export function clauseWeights(query: AnalyzedText, focusOnly = false): number[] {
  const own = query.units.filter((unit) => query.clauses[unit.clause]?.question && !isQuestionWord(unit)).length;
  if (query.clauses.length <= 1 || own < (focusOnly ? FOCUS_VIEW_WORDS : MIN_FOCUS_WORDS)) return query.clauses.map(() => (focusOnly ? 0 : 1));
  return query.clauses.map((clause) => (clause.question ? 1 : focusOnly ? 0 : NARRATIVE_WEIGHT));
}

