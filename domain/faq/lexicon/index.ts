import { CIVIC_BOT_WORDS } from './civic-bot.ts';
import { DIALECT_WORDS } from './dialect.ts';
import { PEOPLE_WELFARE_WORDS } from './people-welfare.ts';
import { QUESTION_WORDS } from './question-words.ts';
import { SERVICE_WORDS } from './services.ts';
import type { SynonymGroup } from './types.ts';

export { FINAL_QUESTION_PARTICLES, QUESTION_WORDS } from './question-words.ts';
export { CHUNK_FINAL_PARTICLES, FINAL_ONLY_PARTICLES, PARTICLES } from './particles.ts';
export { RELATED_TERMS } from './related.ts';
export type { RelatedTerm, SynonymGroup } from './types.ts';

/** All synonym groups; later groups win when two groups list the same form. */
export const SYNONYM_GROUPS: SynonymGroup[] = [
  ...DIALECT_WORDS,
  ...QUESTION_WORDS,
  ...PEOPLE_WELFARE_WORDS,
  ...SERVICE_WORDS,
  ...CIVIC_BOT_WORDS,
];
