import { CLAUSE_MARKERS, QUESTION_LEADS } from './function-words.ts';

/** Sentence ends, line breaks and list punctuation always separate clauses; they are cut before normalising. */
const SENTENCE_BREAK = /[\r\n]+|[.!?。;…]+(?=\s|$)|[!?;…]+|\s[-–•]\s|,(?!\d)\s*/u;

export function splitSentences(text: string): string[] {
  return text.split(SENTENCE_BREAK).map((part) => part.trim()).filter(Boolean);
}

/**
 * For each word of a normalised sentence, whether a space came before it. Words keep the sentence's
 * characters in order (abbreviations may have been merged across spaces), so they are aligned on the
 * sentence without spaces.
 */
export function markSpaceBreaks(normalized: string, words: readonly string[]): boolean[] {
  const spaceAt = new Set<number>();
  let compact = '';
  for (const char of normalized) {
    if (char === ' ') spaceAt.add(compact.length);
    else compact += char;
  }
  let offset = 0;
  return words.map((word) => {
    const at = compact.indexOf(word, offset);
    if (at < 0) return false;
    let spaced = false;
    for (let position = offset; position <= at && !spaced; position++) spaced = spaceAt.has(position);
    offset = at + word.length;
    return spaced && at > 0;
  });
}

/** How many words from `start` form a question lead (อยาก|รู้|ว่า), or 0. */
export function questionLeadLength(words: readonly string[], start: number): number {
  let key = '';
  for (let end = start; end < Math.min(words.length, start + 5); end++) {
    key += words[end];
    if (QUESTION_LEADS.includes(key)) return end - start + 1;
  }
  return 0;
}

export const isClauseMarker = (word: string): boolean => CLAUSE_MARKERS.has(word);

/** A clause of a message and whether it carries the question. */
export interface Clause {
  question: boolean;
  /** Content words in it. */
  size: number;
}

export interface ClauseDraft {
  question: boolean;
  lead: boolean;
  units: number[];
}

/** A clause this short (content words) does not stand alone: it joins its neighbour. */
export const MIN_CLAUSE_WORDS = 2;

/**
 * Which clauses carry the question: from the last «อยากถามว่า…» on, else the clauses with a question
 * word, else the last clause. A message of one clause has nothing to weigh.
 */
export function settleClauses(drafts: ClauseDraft[]): { clauses: Clause[]; unitClause: Map<number, number> } {
  const merged: ClauseDraft[] = [];
  for (const draft of drafts) {
    const last = merged.at(-1);
    if (last && draft.units.length < MIN_CLAUSE_WORDS && !draft.lead) {
      last.units.push(...draft.units);
      last.question ||= draft.question;
    } else merged.push({ ...draft, units: [...draft.units] });
  }
  const leadAt = merged.findLastIndex((draft) => draft.lead);
  const anyQuestion = merged.some((draft) => draft.question);
  const clauses = merged.map((draft, at) => ({
    question: leadAt >= 0 ? at >= leadAt : anyQuestion ? draft.question : at === merged.length - 1,
    size: draft.units.length,
  }));
  const unitClause = new Map<number, number>();
  merged.forEach((draft, at) => draft.units.forEach((unit) => unitClause.set(unit, at)));
  return { clauses, unitClause };
}
