import { FaqEntryModel } from '../../models/faq-entry.ts';
import { isDuplicateKeyError } from '../../db/is-duplicate-key-error.ts';
import type { FaqEntry } from '../faq/types.ts';
import { fromStored } from '../faq/kb-sync.ts';
import { countFaqUsage, type FaqUsage } from './faq-usage.ts';

export type FaqSummary = FaqEntry & FaqUsage & { updatedAt: Date | undefined };
export type FaqPatch = Partial<Omit<FaqEntry, 'id'>>;

export class FaqNotFoundError extends Error {
  override name = 'FaqNotFoundError';
}
export class FaqIdTakenError extends Error {
  override name = 'FaqIdTakenError';
}

type StoredFaq = Awaited<ReturnType<typeof findFaqDocuments>>[number];

function findFaqDocuments(filter: Record<string, unknown>) {
  return FaqEntryModel.find(filter).sort({ category: 1, faqId: 1 }).lean();
}

async function toSummary(document: StoredFaq): Promise<FaqSummary> {
  return { ...fromStored(document), ...(await countFaqUsage(document.faqId)), updatedAt: document.updatedAt };
}

export async function listFaqs(filter: { category?: string; enabled?: boolean }): Promise<FaqSummary[]> {
  const query: Record<string, unknown> = {};
  if (filter.category) query.category = filter.category;
  if (filter.enabled !== undefined) query.enabled = filter.enabled;
  return Promise.all((await findFaqDocuments(query)).map(toSummary));
}

export async function createFaq(entry: FaqEntry): Promise<FaqSummary> {
  const { id, ...fields } = entry;
  try {
    const created = await FaqEntryModel.create({ faqId: id, ...fields });
    return toSummary(created.toObject());
  } catch (error) {
    if (isDuplicateKeyError(error)) throw new FaqIdTakenError(id);
    throw error;
  }
}

export async function updateFaq(faqId: string, patch: FaqPatch): Promise<FaqSummary> {
  const updated = await FaqEntryModel.findOneAndUpdate({ faqId }, { $set: patch }, { returnDocument: 'after' }).lean();
  if (!updated) throw new FaqNotFoundError(faqId);
  return toSummary(updated);
}

/** Adds a wording to an entry's variants so the matcher learns it (every instance picks it up on its next poll). */
export async function addVariant(faqId: string, wording: string): Promise<FaqSummary> {
  const updated = await FaqEntryModel.findOneAndUpdate({ faqId }, { $addToSet: { variants: wording.trim() } }, { returnDocument: 'after' }).lean();
  if (!updated) throw new FaqNotFoundError(faqId);
  return toSummary(updated);
}
