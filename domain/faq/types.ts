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
 * 'answer': confident, reply with `best`.
 * 'clarify': close call, ask "หมายถึงเรื่องนี้ใช่ไหมคะ" with `best` and `alternatives`.
 * 'none': no entry fits well enough; say honestly that the bot does not know.
 */
export type FaqDecision = 'answer' | 'clarify' | 'none';

export interface FaqMatch {
  best: FaqCandidate | null;
  /** At most 3, best first, never including `best`. */
  alternatives: FaqCandidate[];
  decision: FaqDecision;
}
