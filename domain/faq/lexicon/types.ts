/**
 * Every form in `forms` is rewritten to `canonical` (one or more words separated by spaces) before
 * matching, in questions and in the knowledge base alike. Forms are matched on whole segmented words.
 */
export interface SynonymGroup {
  canonical: string;
  forms: string[];
}

/** A query word that hints at a broader concept without meaning exactly the same (ยาย → ผู้สูงอายุ). */
export interface RelatedTerm {
  forms: string[];
  related: string;
}
