import type { FaqIndex } from './faq-index.ts';
import type { QueryTerm } from './query-terms.ts';
import type { RankedCandidate } from './rank-question.ts';
import { strengthIn } from './unexplained-share.ts';

/**
 * Entries of one topic (the child centre's age, documents and fees) share most of a question's words,
 * so the word that asks for one aspect (จ่ายตัง: fees) is drowned by the shared ones. Among the
 * candidates close to the best, each also gets credit for the question's weight it explains beyond the
 * weakest of them: the words that tell the siblings apart decide between them.
 */
const SIBLING_SHARE = 0.75;
const MAX_SIBLINGS = 4;
const SIBLING_BONUS = 0.3;

/** How strongly the entry stands for the term: its best match, at full strength in a phrasing. */
function termStrength(index: FaqIndex, term: QueryTerm, entry: number): number {
  let best = 0;
  for (const match of term.matches) best = Math.max(best, match.strength * Math.min(1, strengthIn(index, match.id, entry)));
  return best;
}

export function rerankSiblings(index: FaqIndex, terms: QueryTerm[], candidates: RankedCandidate[]): RankedCandidate[] {
  const best = candidates[0]?.score ?? 0;
  const siblings = candidates.slice(0, MAX_SIBLINGS).filter((candidate) => candidate.score >= best * SIBLING_SHARE);
  if (siblings.length < 2) return candidates;
  const total = terms.reduce((sum, term) => sum + term.weight, 0);
  const distinct = siblings.map(() => 0);
  for (const term of terms) {
    if (term.facet || !term.known) continue;
    const strengths = siblings.map((candidate) => termStrength(index, term, candidate.signals.entry));
    const weakest = Math.min(...strengths);
    strengths.forEach((strength, at) => (distinct[at] = (distinct[at] ?? 0) + (term.weight * (strength - weakest)) / total));
  }
  const rescored = siblings.map((candidate, at) => ({ ...candidate, score: candidate.score + SIBLING_BONUS * (distinct[at] ?? 0) }));
  return [...rescored.sort((a, b) => b.score - a.score), ...candidates.slice(siblings.length)];
}
