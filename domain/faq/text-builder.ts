import type { AnalyzedText, AnalyzedUnit } from './analyzed-text.ts';
import { isClauseMarker, questionLeadLength, settleClauses, type ClauseDraft } from './clauses.ts';
import { expandWord } from './expand-word.ts';
import type { Expansion, ExpansionLexicon } from './expansion-lexicon.ts';
import { QUESTION_WORDS } from './function-words.ts';
import { MESSAGE_BUDGET } from './message-budget.ts';
import { stripToneMarks } from './normalize.ts';
import type { JoinedWord } from './rewrite.ts';
import type { SentenceWords } from './sentence-words.ts';
import { isFunctionWord } from './stopwords.ts';

/** A consonant left alone after abbreviations were merged is a segmentation crumb (ชื่อออก → ออ|ก), not a word. */
const LONE_LETTER = /^[\u0e01-\u0e2e]$/;

function isQuestionWord(lexicon: ExpansionLexicon, word: string): boolean {
  return QUESTION_WORDS.has(word) || (lexicon.entries.get(word)?.translations.some((t) => QUESTION_WORDS.has(t)) ?? false);
}

/** Builds one text's analysis sentence by sentence: its content words, grouped into clauses. */
export class TextBuilder {
  private readonly units: AnalyzedUnit[] = [];
  private readonly drafts: ClauseDraft[] = [];
  private current: ClauseDraft = { question: false, lead: false, units: [] };

  private readonly lexicon: ExpansionLexicon;

  constructor(lexicon: ExpansionLexicon) {
    this.lexicon = lexicon;
  }

  /** Closes the clause at a boundary, unless it is still too short to stand alone. */
  private boundary(force: boolean): void {
    if (this.current.units.length < 2 && !force) return;
    if (this.current.units.length > 0 || this.current.lead) this.drafts.push(this.current);
    this.current = { question: false, lead: false, units: [] };
  }

  addSentence({ joined, breaks, extra, ranges }: SentenceWords): void {
    this.boundary(false);
    const words = joined.map((word) => word.word);
    let leadLeft = 0;
    joined.forEach((word, at) => {
      const lead = leadLeft === 0 ? questionLeadLength(words, at) : 0;
      if (at > 0 && (breaks[at] || isClauseMarker(word.word))) this.boundary(false);
      if (lead > 0) {
        this.boundary(this.current.units.length > 0);
        this.current.lead = true;
        leadLeft = lead;
      }
      if (isQuestionWord(this.lexicon, word.word)) this.current.question = true;
      // The lead's own words (อยาก|รู้|ว่า) only mark where the question starts.
      if (leadLeft > 0) leadLeft--;
      else this.addWord(word, extra.get(at) ?? []);
    });
    for (const range of ranges) this.addUnit({ word: range, clause: 0, expansions: [], agency: undefined });
  }

  private addUnit(unit: AnalyzedUnit): void {
    this.current.units.push(this.units.length);
    this.units.push(unit);
  }

  private addWord({ word, pieces }: JoinedWord, phraseExpansions: Expansion[]): void {
    if (isFunctionWord(word) || LONE_LETTER.test(word)) return;
    const expanded = expandWord(this.lexicon, word, pieces);
    if (expanded.functionOnly && phraseExpansions.length === 0) return;
    this.addUnit({ word, clause: 0, expansions: [...expanded.expansions, ...phraseExpansions], agency: expanded.agency });
  }

  finish(): AnalyzedText {
    this.boundary(true);
    const { clauses, unitClause } = settleClauses(this.drafts);
    this.units.forEach((unit, at) => (unit.clause = unitClause.get(at) ?? 0));
    const terms = this.units.flatMap((unit) => [unit.word, ...unit.expansions.filter((e) => e.kind !== 'related').map((e) => e.token)]);
    const surface = stripToneMarks(this.units.map((unit) => (unit.word.startsWith('#') ? '' : unit.word)).join('')).slice(0, MESSAGE_BUDGET.maxSurfaceChars);
    return { units: this.units, terms, surface, clauses };
  }
}
