import { buildExpansionLexicon, type ExpansionLexicon } from './expansion-lexicon.ts';
import { SHIPPED_VOCABULARY } from './vocabulary/shipped-vocabulary.ts';

/** The lexicon built once from the vocabulary in data/faq/. */
export const DEFAULT_LEXICON: ExpansionLexicon = buildExpansionLexicon(SHIPPED_VOCABULARY);
