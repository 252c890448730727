import { readFileSync } from 'node:fs';
import { z } from 'zod';

const categorySchema = z.object({
  code: z.string().regex(/^[a-z][a-z-]{1,30}$/),
  kind: z.enum(['problem', 'consultation']),
  name: z.string().min(2).max(40),
  /** The button text: LINE cuts action labels at 20 characters. */
  label: z.string().min(2).max(20),
  slaDays: z.number().int().min(1).max(365),
  /** Who takes it: the local office of the area, the อบจ., or Clinic Center staff. */
  route: z.enum(['local', 'pao', 'clinic']),
  priority: z.enum(['normal', 'high', 'urgent']).default('normal'),
  emoji: z.string().max(8).default(''),
});

export type CaseCategory = z.infer<typeof categorySchema>;
export type CaseKind = CaseCategory['kind'];

const CATEGORIES_FILE = new URL('../../data/cases/categories.json', import.meta.url);

/** Categories are data (data/cases/categories.json), checked once when first read. */
function readCategories(): CaseCategory[] {
  const file = z.object({ categories: z.array(categorySchema).min(1) }).parse(JSON.parse(readFileSync(CATEGORIES_FILE, 'utf8')));
  const codes = new Set(file.categories.map((category) => category.code));
  if (codes.size !== file.categories.length) throw new Error('data/cases/categories.json repeats a category code');
  return file.categories;
}

let categories: CaseCategory[] | undefined;

export function caseCategories(kind?: CaseKind): CaseCategory[] {
  categories ??= readCategories();
  return kind ? categories.filter((category) => category.kind === kind) : categories;
}

export function findCategory(code: string): CaseCategory | undefined {
  return caseCategories().find((category) => category.code === code);
}
