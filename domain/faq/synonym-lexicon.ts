import { normalizeText, stripToneMarks } from './normalize.ts';
import { RELATED_TERMS, SYNONYM_GROUPS, type SynonymGroup } from './lexicon/index.ts';
import { segmentWords } from './segment.ts';

/** Lookup tables built once from the lexicon data: surface form (spaces removed) → canonical words. */
export interface SynonymLexicon {
  exact: Map<string, string[]>;
  /** Same keys without tone marks, for users who skip them; only long, unambiguous keys. */
  toneless: Map<string, string[]>;
  related: Map<string, string>;
  /** Every prefix of every key, so a scan can stop as soon as no key can match any more. */
  prefixes: Set<string>;
  /** Forms ICU cuts across its word boundaries when they are glued to neighbours, longest first. */
  gluedForms: string[];
}

const MIN_TONELESS_KEY = 4;
/**
 * Dotless abbreviations (อบต, ศพด, รพสต): consonants only, and none of อ ร ว ย after the first letter,
 * which would make it an ordinary word written with an inherent vowel (ตรวจ, คลอด, หมอ).
 */
const ABBREVIATION = /^[\u0e01-\u0e2e][\u0e01-\u0e21\u0e24-\u0e26\u0e28-\u0e2c\u0e2e]{2,4}$/;
const THAI_WORD = /^[\u0e01-\u0e4e]{3,}$/;
const AMBIGUOUS = '\u0000';

function lexiconKey(form: string): string {
  return normalizeText(form).replace(/ /g, '');
}

function canonicalWords(canonical: string): string[] {
  return normalizeText(canonical).split(' ').filter(Boolean);
}

function addGroup(lexicon: SynonymLexicon, group: SynonymGroup, tonelessOwner: Map<string, string>): void {
  const words = canonicalWords(group.canonical);
  for (const form of group.forms) {
    const key = lexiconKey(form);
    if (!key) continue;
    lexicon.exact.set(key, words);
    const toneless = stripToneMarks(key);
    if (toneless.length < MIN_TONELESS_KEY) continue;
    const owner = tonelessOwner.get(toneless) ?? group.canonical;
    // A toneless spelling shared by two meanings (ไหม / ไหม้) is ambiguous and never used.
    tonelessOwner.set(toneless, owner === group.canonical ? owner : AMBIGUOUS);
    if (owner === group.canonical) lexicon.toneless.set(toneless, words);
    else lexicon.toneless.delete(toneless);
  }
}

/** Abbreviations, and Thai forms ICU does not hold as one word (it splits them even standing alone). */
function gluedForms(groups: SynonymGroup[]): string[] {
  const forms = new Set<string>();
  for (const group of groups) {
    for (const key of group.forms.map(lexiconKey)) {
      if (ABBREVIATION.test(key) || (THAI_WORD.test(key) && segmentWords(key).length > 1)) forms.add(key);
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

export function buildSynonymLexicon(groups: SynonymGroup[] = SYNONYM_GROUPS): SynonymLexicon {
  const lexicon: SynonymLexicon = {
    exact: new Map(),
    toneless: new Map(),
    related: new Map(),
    prefixes: new Set(),
    gluedForms: gluedForms(groups),
  };
  const tonelessOwner = new Map<string, string>();
  for (const group of groups) addGroup(lexicon, group, tonelessOwner);
  for (const term of RELATED_TERMS) {
    for (const form of term.forms) {
      const key = lexiconKey(form);
      lexicon.related.set(key, lexiconKey(term.related));
      // Keeps multi-word forms (ข้าว|แกง) together as one word so the related concept can be found.
      if (!lexicon.exact.has(key)) lexicon.exact.set(key, [key]);
    }
  }
  for (const key of [...lexicon.exact.keys(), ...lexicon.toneless.keys()]) {
    for (let end = 1; end <= key.length; end++) lexicon.prefixes.add(key.slice(0, end));
  }
  return lexicon;
}

export const DEFAULT_LEXICON: SynonymLexicon = buildSynonymLexicon();
