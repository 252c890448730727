/** One question-and-answer entry of the FAQ knowledge base. */
export interface FaqLink {
  label: string;
  url: string;
}

export interface FaqEntry {
  id: string;
  category: string;
  question: string;
  variants: string[];
  keywords: string[];
  answer: string;
  links: FaqLink[];
  enabled: boolean;
}

/** A candidate answer with a confidence score in 0..1. */
export interface FaqCandidate {
  faqId: string;
  score: number;
}

/**
 * 'answer': confident, reply with the entry.
 * 'clarify': a plausible topic, ask «หมายถึงเรื่องนี้ใช่ไหมคะ» with up to 3 choices.
 * 'none': out of scope; say so honestly, with the closest topics when there are any.
 */
export type FaqDecision = 'answer' | 'clarify' | 'none';

/** Another agency, when the question is its business and the vocabulary knows it. */
export interface OtherAgency {
  id: string;
  name: string;
  contact: string | undefined;
}

export interface FaqMatch {
  decision: FaqDecision;
  /** The entry answered directly (decision 'answer'), else null. */
  faqId: string | null;
  /** What the villager is shown, in order: the answer, the «หมายถึง…» options, or the closest topics. */
  choices: FaqCandidate[];
  /** The best-ranked entry even when it is not shown (for staff), or null when nothing matched at all. */
  bestGuess: FaqCandidate | null;
  /** The decision model's probability that the best-ranked entry is right. */
  confidence: number;
  otherAgency: OtherAgency | null;
}
