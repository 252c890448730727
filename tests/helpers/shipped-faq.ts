import { readFileSync } from 'node:fs';
import { buildFaqIndex, type FaqIndex } from '../../domain/faq/faq-index.ts';
import { parseFaqJson } from '../../domain/faq/kb-file.ts';
import type { FaqEntry } from '../../domain/faq/types.ts';

const SHIPPED_KB = new URL('../../data/faq/kb.th.json', import.meta.url);

/** The knowledge base the product ships (data/faq/kb.th.json), as the matcher tests read it. */
export function shippedFaqEntries(): FaqEntry[] {
  return parseFaqJson(readFileSync(SHIPPED_KB, 'utf8'));
}

/** The matcher's index over the shipped knowledge base. */
export function shippedFaqIndex(): FaqIndex {
  return buildFaqIndex(shippedFaqEntries());
}
