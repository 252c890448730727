import type { RankedQuery } from '../rank-question.ts';

/** What the decision model reads from a ranking, in the order of its weights. */
export const FEATURE_NAMES = [
  'score',
  'margin',
  'secondScore',
  'coverage',
  'phrasing',
  'spelling',
  'keyword',
  'unknownShare',
  'unexplainedShare',
  'knownCoverage',
  'logTerms',
  'multiClause',
  'focusAgrees',
  'underspecified',
  'coverageMargin',
  'phrasingMargin',
  'keywordMargin',
  'spellingMargin',
  'topUnknown',
  'agencyUnexplained',
  'agencyShare',
  'asksOpinion',
] as const;

/** A bare topic ("ภาษีที่ดิน") that several entries cover completely does not say which one is meant. */
export function isUnderspecified(ranked: RankedQuery): boolean {
  const [first, second] = ranked.candidates;
  return ranked.knownTerms <= 1 && !!first && !!second && second.signals.coverage >= first.signals.coverage - 0.05;
}

/** The weight share of the heaviest word nothing in the knowledge base stands for (จองโต๊ะ beside ร้านอาหาร). */
function largestUnknownShare(ranked: RankedQuery): number {
  const total = ranked.terms.reduce((sum, term) => sum + term.weight, 0);
  const largest = Math.max(0, ...ranked.terms.filter((term) => !term.known).map((term) => term.weight));
  return total > 0 ? largest / total : 0;
}

export function decisionFeatures(ranked: RankedQuery): number[] {
  const [first, second] = ranked.candidates;
  const score = first?.score ?? 0;
  const coverage = first?.signals.coverage ?? 0;
  const known = 1 - ranked.unknownShare;
  const values: Record<(typeof FEATURE_NAMES)[number], number> = {
    score,
    margin: score - (second?.score ?? 0),
    secondScore: second?.score ?? 0,
    coverage,
    phrasing: first?.signals.phrasing ?? 0,
    spelling: first?.signals.spelling ?? 0,
    keyword: first?.signals.keyword ?? 0,
    unknownShare: ranked.unknownShare,
    unexplainedShare: ranked.unexplainedShare,
    knownCoverage: known > 0 ? Math.min(1, coverage / known) : 0,
    logTerms: Math.log1p(ranked.terms.filter((term) => !term.facet).length),
    multiClause: ranked.clauseCount > 1 ? 1 : 0,
    focusAgrees: ranked.focusAgrees ? 1 : 0,
    underspecified: isUnderspecified(ranked) ? 1 : 0,
    coverageMargin: coverage - (second?.signals.coverage ?? 0),
    phrasingMargin: (first?.signals.phrasing ?? 0) - (second?.signals.phrasing ?? 0),
    keywordMargin: (first?.signals.keyword ?? 0) - (second?.signals.keyword ?? 0),
    spellingMargin: (first?.signals.spelling ?? 0) - (second?.signals.spelling ?? 0),
    topUnknown: largestUnknownShare(ranked),
    agencyUnexplained: ranked.agencyUnexplained,
    // Another agency's business named at all, even where an entry's answer mentions it (แจ้งความ in fire relief).
    agencyShare: ranked.agencyShare,
    asksOpinion: ranked.asksOpinion ? 1 : 0,
  };
  return FEATURE_NAMES.map((name) => values[name]);
}
