import type { Clause } from './clauses.ts';
import type { Expansion } from './expansion-lexicon.ts';

/** A content word of a text with what it may also stand for. */
export interface AnalyzedUnit {
  word: string;
  clause: number;
  expansions: Expansion[];
  agency: string | undefined;
}

/** A text reduced to what matters for matching. */
export interface AnalyzedText {
  /** Content words in order, duplicates kept. */
  units: AnalyzedUnit[];
  /** What the index stores for the text: each word and its expansions (broader related concepts aside). */
  terms: string[];
  /** Content words joined and stripped of tone marks, for character n-grams. */
  surface: string;
  clauses: Clause[];
}
