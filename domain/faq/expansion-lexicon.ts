import { normalizeText, stripToneMarks } from './normalize.ts';
import { segmentWords } from './segment.ts';
import type { Agency, Concept, Vocabulary } from './vocabulary/vocabulary-schema.ts';

/**
 * What a word may also stand for, beside itself. Synonyms add, never replace: the user's word stays a
 * term, and each expansion is an extra, weaker term (a concept token «#id», or a central Thai word).
 */
export type ExpansionKind = 'translation' | 'concept' | 'implied' | 'component' | 'related';

export interface Expansion {
  token: string;
  strength: number;
  kind: ExpansionKind;
}

/** Query-side strength of each kind of expansion, relative to the user's own word (1). */
export const EXPANSION_STRENGTH: Record<ExpansionKind, number> = {
  translation: 0.9,
  concept: 0.8,
  implied: 0.75,
  component: 0.6,
  related: 0.45,
};

export interface LexiconEntry {
  /** Central Thai words a regional, chat or English form stands for. */
  translations: string[];
  /** Concepts of the thesaurus that list this form. */
  concepts: string[];
}

export interface ExpansionLexicon {
  /** Surface form, normalised without spaces → what it stands for. */
  entries: Map<string, LexiconEntry>;
  /** Keys without tone marks, for users who skip them: only long keys with one meaning. */
  toneless: Map<string, string>;
  /** Every prefix of every key, so a scan stops as soon as no key can match any more. */
  prefixes: Set<string>;
  /** Forms ICU cuts across its word boundaries when they are glued to neighbours, longest first. */
  gluedForms: string[];
  concepts: Map<string, Concept>;
  agencies: Map<string, Agency>;
}

const MIN_TONELESS_KEY = 4;
/**
 * Dotless abbreviations (อบต, ศพด, รพสต): consonants only, and none of อ ร ว ย after the first letter,
 * which would make it an ordinary word written with an inherent vowel (ตรวจ, คลอด, หมอ).
 */
const ABBREVIATION = /^[\u0e01-\u0e2e][\u0e01-\u0e21\u0e24-\u0e26\u0e28-\u0e2c\u0e2e]{2,4}$/;
const THAI_WORD = /^[\u0e01-\u0e4e]{3,}$/;

export function lexiconKey(form: string): string {
  return normalizeText(form).replace(/ /g, '');
}

function entryFor(entries: Map<string, LexiconEntry>, key: string): LexiconEntry {
  let entry = entries.get(key);
  if (!entry) {
    entry = { translations: [], concepts: [] };
    entries.set(key, entry);
  }
  return entry;
}

function addTranslations(entries: Map<string, LexiconEntry>, form: string, central: string): void {
  const key = lexiconKey(form);
  const words = normalizeText(central).split(' ').filter(Boolean);
  if (!key || words.join('') === key) return;
  const entry = entryFor(entries, key);
  for (const word of words) if (!entry.translations.includes(word)) entry.translations.push(word);
  // The central words themselves are keys too, so ที่|ไหน in the knowledge base joins like the user's ไส.
  for (const word of words) entryFor(entries, word);
}

/** A toneless spelling shared by two meanings (ไหม / ไหม้) is ambiguous and never used. */
function tonelessKeys(entries: Map<string, LexiconEntry>): Map<string, string> {
  const owners = new Map<string, string | null>();
  for (const key of entries.keys()) {
    const toneless = stripToneMarks(key);
    if (toneless.length < MIN_TONELESS_KEY || toneless === key) continue;
    const owner = owners.get(toneless);
    owners.set(toneless, owner === undefined || owner === key ? key : null);
  }
  const toneless = new Map<string, string>();
  for (const [form, key] of owners) if (key !== null && !entries.has(form)) toneless.set(form, key);
  return toneless;
}

/** Abbreviations, and Thai forms ICU does not hold as one word (it splits them even standing alone). */
function gluedForms(keys: Iterable<string>): string[] {
  const forms = new Set<string>();
  for (const key of keys) {
    if (ABBREVIATION.test(key) || (THAI_WORD.test(key) && segmentWords(key).length > 1)) forms.add(key);
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

export function buildExpansionLexicon(vocabulary: Vocabulary): ExpansionLexicon {
  const entries = new Map<string, LexiconEntry>();
  for (const concept of vocabulary.concepts) {
    for (const term of concept.terms) {
      const key = lexiconKey(term);
      if (!key) continue;
      const entry = entryFor(entries, key);
      if (!entry.concepts.includes(concept.id)) entry.concepts.push(concept.id);
    }
  }
  for (const pair of vocabulary.regional) addTranslations(entries, pair.form, pair.central);
  for (const pair of vocabulary.codeMix) addTranslations(entries, pair.form, pair.thai);
  const toneless = tonelessKeys(entries);
  const prefixes = new Set<string>();
  for (const key of [...entries.keys(), ...toneless.keys()]) {
    for (let end = 1; end <= key.length; end++) prefixes.add(key.slice(0, end));
  }
  return {
    entries,
    toneless,
    prefixes,
    gluedForms: gluedForms(entries.keys()),
    concepts: new Map(vocabulary.concepts.map((concept) => [concept.id, concept])),
    agencies: new Map(vocabulary.agencies.map((agency) => [agency.id, agency])),
  };
}
