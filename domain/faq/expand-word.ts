import { EXPANSION_STRENGTH, type Expansion, type ExpansionKind, type ExpansionLexicon } from './expansion-lexicon.ts';
import { isFunctionWord } from './stopwords.ts';

export interface ExpandedWord {
  expansions: Expansion[];
  /** Another agency handles what this word names (thesaurus `agency`). */
  agency: string | undefined;
  /** A regional or chat form of a function word only (เฮ็ด → ทำ): it carries nothing to match. */
  functionOnly: boolean;
}

export const conceptToken = (id: string): string => `#${id}`;

class ExpansionSet {
  readonly byToken = new Map<string, Expansion>();
  agency: string | undefined;

  add(token: string, strength: number, kind: ExpansionKind): void {
    const known = this.byToken.get(token);
    if (!known || known.strength < strength) this.byToken.set(token, { token, strength, kind });
  }
}

/** A concept, what it implies (full strength, two levels) and its broader related concepts (weak). */
function addConcept(lexicon: ExpansionLexicon, set: ExpansionSet, id: string, scale: number, depth = 0): void {
  const concept = lexicon.concepts.get(id);
  if (!concept) return;
  const kind: ExpansionKind = depth === 0 ? 'concept' : 'implied';
  set.add(conceptToken(id), EXPANSION_STRENGTH[kind] * scale, kind);
  set.agency ??= concept.agency;
  if (depth < 2) for (const implied of concept.implies ?? []) addConcept(lexicon, set, implied, scale, depth + 1);
  for (const related of concept.related ?? []) set.add(conceptToken(related), EXPANSION_STRENGTH.related * scale, 'related');
}

/**
 * Lexicon forms made of several of a compound's pieces (ศูนย์|เด็ก|เล็ก holds เด็กเล็ก), so a question that
 * was joined the other way (เข้าศูนย์|เด็กเล็ก) still meets the entry's compound.
 */
function innerForms(lexicon: ExpansionLexicon, pieces: readonly string[]): string[] {
  const forms: string[] = [];
  for (let from = 0; from < pieces.length; from++) {
    for (let to = from + 2; to <= pieces.length; to++) {
      const form = pieces.slice(from, to).join('');
      if ((from > 0 || to < pieces.length) && lexicon.entries.has(form) && !isFunctionWord(form)) forms.push(form);
    }
  }
  return forms;
}

/**
 * Expansions of one word (a lexicon key, possibly joined from several ICU pieces): its translations and
 * their concepts, its own concepts, and the pieces it was joined from.
 */
export function expandWord(lexicon: ExpansionLexicon, word: string, pieces: readonly string[]): ExpandedWord {
  const set = new ExpansionSet();
  const entry = lexicon.entries.get(word);
  const translations = entry?.translations ?? [];
  for (const translation of translations) {
    if (isFunctionWord(translation)) continue;
    set.add(translation, EXPANSION_STRENGTH.translation, 'translation');
    for (const id of lexicon.entries.get(translation)?.concepts ?? []) addConcept(lexicon, set, id, EXPANSION_STRENGTH.translation);
  }
  for (const id of entry?.concepts ?? []) addConcept(lexicon, set, id, 1);
  // A regional function word (ม้าย = ไหม) is not the pieces ICU cut it into (ม้า|ย).
  const functionWordForm = translations.length > 0 && translations.every(isFunctionWord) && !entry?.concepts.length;
  if (pieces.length > 1 && !functionWordForm) {
    for (const piece of pieces) if (!isFunctionWord(piece) && piece !== word) set.add(piece, EXPANSION_STRENGTH.component, 'component');
    for (const inner of innerForms(lexicon, pieces)) set.add(inner, EXPANSION_STRENGTH.component, 'component');
  }
  const functionOnly = translations.length > 0 && set.byToken.size === 0;
  return { expansions: [...set.byToken.values()], agency: set.agency, functionOnly };
}
