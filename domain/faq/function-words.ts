import { lexiconKey } from './expansion-lexicon.ts';
import { FUNCTION_WORDS } from './vocabulary/shipped-vocabulary.ts';

/** Polite particles, fillers and chat noise that carry no meaning for matching, in any position. */
export const PARTICLES: ReadonlySet<string> = new Set(FUNCTION_WORDS.particles);
/** Particles that are also ordinary words (ค่า = fee) and are only dropped at the very end of a question. */
export const FINAL_ONLY_PARTICLES: ReadonlySet<string> = new Set(FUNCTION_WORDS.finalOnlyParticles);
/** Chat spellings of final particles ICU glues to the previous word; cut off the end of each chunk. */
export const CHUNK_FINAL_PARTICLES: readonly string[] = FUNCTION_WORDS.chunkFinalParticles;
/** Central Thai question words: they fit any entry, and a clause holding one carries the question. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS.questionWords);
/** Isan บ่, northern ก่อ and southern ม้าย ask a yes/no question when they end the sentence. */
export const FINAL_QUESTION_PARTICLES: ReadonlySet<string> = new Set(FUNCTION_WORDS.finalQuestionParticles);
/** Words that open a new clause of a long message (คือ, แล้วก็, แต่ …). */
export const CLAUSE_MARKERS: ReadonlySet<string> = new Set(FUNCTION_WORDS.clauseMarkers);
/** Phrases that introduce the question itself (อยากรู้ว่า …), as normalised keys without spaces. */
export const QUESTION_LEADS: readonly string[] = FUNCTION_WORDS.questionLeads.map(lexiconKey);
/** Phrases asking for a recommendation or a taste (ร้านไหนดี, อร่อยไหม), as normalised keys without spaces. */
const OPINION_CUES: readonly string[] = FUNCTION_WORDS.opinionCues.map(lexiconKey);

/** The question asks which shop, brand or dish is best: never a local office's business. */
export function asksOpinion(text: string): boolean {
  const key = lexiconKey(text);
  return OPINION_CUES.some((cue) => key.includes(cue));
}
