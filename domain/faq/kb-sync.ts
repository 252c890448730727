import { fileURLToPath } from 'node:url';
import { FaqEntryModel } from '../../models/faq-entry.ts';
import { readFaqFile } from './kb-file.ts';
import type { FaqEntry } from './types.ts';

/** The knowledge base shipped with the product, loaded on first start. */
export const SHIPPED_KB_PATH = fileURLToPath(new URL('../../data/faq/kb.th.json', import.meta.url));

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** An entry as the faq_entries collection holds it (`faqId` instead of `id`). */
type StoredFaqFields = Omit<FaqEntry, 'id'> & { faqId: string };

function toStored(entry: FaqEntry): StoredFaqFields {
  const { id, ...rest } = entry;
  return { faqId: id, ...rest, links: rest.links.map(({ label, url }) => ({ label, url })) };
}

export function fromStored(document: StoredFaqFields): FaqEntry {
  return {
    id: document.faqId,
    category: document.category,
    question: document.question,
    variants: [...document.variants],
    keywords: [...document.keywords],
    answer: document.answer,
    links: document.links.map(({ label, url }) => ({ label, url })),
    enabled: document.enabled,
  };
}

function sameContent(stored: StoredFaqFields, entry: FaqEntry): boolean {
  return JSON.stringify(fromStored(stored)) === JSON.stringify(fromStored(toStored(entry)));
}

/**
 * Creates or updates entries by id; running it twice with the same entries changes nothing.
 * Usage (faq_shows, faq_votes) is logged apart and never touched.
 */
export async function importFaqEntries(entries: FaqEntry[]): Promise<ImportCounts> {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  const existing = await FaqEntryModel.find({ faqId: { $in: entries.map((entry) => entry.id) } }).lean();
  const byId = new Map(existing.map((document) => [document.faqId, document]));
  for (const entry of entries) {
    const stored = byId.get(entry.id);
    if (stored && sameContent(stored, entry)) {
      counts.unchanged++;
      continue;
    }
    await FaqEntryModel.updateOne({ faqId: entry.id }, { $set: toStored(entry) }, { upsert: true });
    if (stored) counts.updated++;
    else counts.created++;
  }
  return counts;
}

/** All entries, enabled or not, in a stable order (category, then id). */
export async function exportFaqEntries(): Promise<FaqEntry[]> {
  const documents = await FaqEntryModel.find().sort({ category: 1, faqId: 1 }).lean();
  return documents.map(fromStored);
}

/** On first start (no FAQ entries at all) loads the shipped knowledge base; returns how many were loaded. */
export async function loadShippedKbIfEmpty(path: string = SHIPPED_KB_PATH): Promise<number> {
  if ((await FaqEntryModel.estimatedDocumentCount()) > 0) return 0;
  const counts = await importFaqEntries(await readFaqFile(path));
  return counts.created;
}
