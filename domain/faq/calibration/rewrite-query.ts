import { DEFAULT_LEXICON } from '../shipped-lexicon.ts';
import { normalizeText, stripToneMarks } from '../normalize.ts';
import { joinLexiconWords } from '../rewrite.ts';
import { segmentWords } from '../segment.ts';
import type { Vocabulary } from '../vocabulary/vocabulary-schema.ts';
import { pick } from './seeded-random.ts';

/**
 * Rewrites a knowledge-base phrasing the way villagers vary it, for calibration: regional speech,
 * English mixed in, other everyday words of the same concept, typos, and a story around the question.
 */
export type Rewrite = 'plain' | 'regional' | 'code-mix' | 'synonym' | 'typo' | 'story' | 'regional-story' | 'keyword';
export const REWRITES: readonly Rewrite[] = ['plain', 'regional', 'code-mix', 'synonym', 'typo', 'story', 'regional-story'];

export interface RewriteTables {
  regional: Map<string, string[]>;
  codeMix: Map<string, string[]>;
  synonyms: Map<string, string[]>;
  openers: string[];
  leads: string[];
}

function addTo(table: Map<string, string[]>, key: string, value: string): void {
  if (key && value && key !== value) table.set(key, [...(table.get(key) ?? []), value]);
}

export function buildRewriteTables(vocabulary: Vocabulary, openers: string[]): RewriteTables {
  const regional = new Map<string, string[]>();
  for (const pair of vocabulary.regional) if (pair.region !== 'chat' && !pair.central.includes(' ')) addTo(regional, pair.central, pair.form);
  const codeMix = new Map<string, string[]>();
  for (const pair of vocabulary.codeMix) if (/^[a-z]/.test(pair.form) && !pair.thai.includes(' ')) addTo(codeMix, pair.thai, pair.form);
  const synonyms = new Map<string, string[]>();
  for (const concept of vocabulary.concepts) {
    const terms = concept.terms.map((term) => normalizeText(term).replace(/ /g, ''));
    for (const term of terms) for (const other of terms) addTo(synonyms, term, other);
  }
  const leads = ['เลยอยากถามว่า', 'อยากรู้ว่า', 'ขอถามหน่อยว่า', 'สงสัยว่า', ''];
  return { regional, codeMix, synonyms, openers, leads };
}

function words(text: string): string[] {
  return joinLexiconWords(segmentWords(normalizeText(text)), DEFAULT_LEXICON).map((word) => word.word);
}

/** Replaces words that have another form, each with probability `rate`; undefined when nothing changed. */
function swapWords(random: () => number, text: string, table: Map<string, string[]>, rate: number): string | undefined {
  let changed = false;
  const out = words(text).map((word) => {
    const forms = table.get(word);
    if (!forms || random() >= rate) return word;
    changed = true;
    return pick(random, forms) ?? word;
  });
  return changed ? out.join(' ').replace(/(?<=[\u0e00-\u0e7f]) (?=[\u0e00-\u0e7f])/g, '') : undefined;
}

function typo(random: () => number, text: string): string {
  const chars = [...text];
  const thai = chars.map((char, at) => (/[\u0e01-\u0e4e]/.test(char) ? at : -1)).filter((at) => at >= 0);
  const edits = 1 + Math.floor(random() * 2);
  for (let edit = 0; edit < edits && thai.length > 0; edit++) {
    const at = pick(random, thai) ?? 0;
    const kind = random();
    if (kind < 0.35) return stripToneMarks(chars.join(''));
    if (kind < 0.65) chars.splice(at, 1);
    else if (kind < 0.85) chars.splice(at, 0, chars[at] ?? '');
    else [chars[at], chars[at + 1]] = [chars[at + 1] ?? '', chars[at] ?? ''];
  }
  return chars.join('');
}

function story(random: () => number, tables: RewriteTables, text: string): string {
  const count = 1 + Math.floor(random() * 3);
  const openers = Array.from({ length: count }, () => pick(random, tables.openers) ?? '');
  return [...openers, `${pick(random, tables.leads) ?? ''}${text}`].join(' ');
}

export function rewriteQuery(random: () => number, tables: RewriteTables, text: string, rewrite: Rewrite): string | undefined {
  switch (rewrite) {
    case 'plain':
      return text;
    case 'regional':
      return swapWords(random, text, tables.regional, 0.7);
    case 'code-mix':
      return swapWords(random, text, tables.codeMix, 0.6);
    case 'synonym':
      return swapWords(random, text, tables.synonyms, 0.6);
    case 'typo':
      return typo(random, text);
    case 'story':
      return story(random, tables, text);
    case 'regional-story': {
      const regional = swapWords(random, text, tables.regional, 0.7);
      return regional && story(random, tables, regional);
    }
  }
}

const AGENCY_TEMPLATES = ['{t}ที่ไหน', '{t}ต้องใช้เอกสารอะไรบ้าง', 'อยากสอบถามเรื่อง{t}ค่ะ', '{t}ทำยังไง', 'เรื่อง{t}ติดต่อใคร', '{t}ใช้เวลากี่วัน'];

/**
 * Questions about other agencies' business, generated from the thesaurus concepts that name an agency:
 * on-topic-looking words the local office cannot answer (its own knowledge base may share some of them).
 */
export function agencyQuestions(vocabulary: Vocabulary, random: () => number, perConcept = 4): string[] {
  return vocabulary.concepts
    .filter((concept) => concept.agency && concept.domain === 'other')
    .flatMap((concept) =>
      Array.from({ length: perConcept }, () => (pick(random, AGENCY_TEMPLATES) ?? '{t}').replace('{t}', pick(random, concept.terms) ?? '')),
    );
}
