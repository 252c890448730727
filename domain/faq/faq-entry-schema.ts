import { z } from 'zod';
import type { FaqEntry } from './types.ts';

const text = z.string().trim();

export const faqLinkSchema = z.object({
  label: text.min(1, 'ต้องมีชื่อลิงก์ (label is required)'),
  url: z.url({ protocol: /^https?$/, error: 'ลิงก์ต้องเป็น URL แบบ http(s) (url must be http or https)' }),
});

/** A knowledge-base entry as stored in kb.th.json; `enabled` defaults to true. */
export const faqEntrySchema = z.object({
  id: text.regex(/^[a-z0-9][a-z0-9-]*$/, 'รหัสต้องเป็น a-z, 0-9 และ - เท่านั้น (id must be kebab-case)'),
  category: text.min(1, 'ต้องระบุหมวดหมู่ (category is required)'),
  question: text.min(1, 'ต้องมีคำถาม (question is required)'),
  variants: z.array(text.min(1)).default([]),
  keywords: z.array(text.min(1)).default([]),
  answer: text.min(1, 'ต้องมีคำตอบ (answer is required)'),
  links: z.array(faqLinkSchema).default([]),
  enabled: z.boolean().default(true),
});

/** Thrown when a knowledge-base file has invalid rows; `problems` name the row (1-based, as a spreadsheet shows it). */
export class FaqFileError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`ไฟล์คำถามที่พบบ่อยไม่ถูกต้อง (invalid FAQ file):\n${problems.join('\n')}`);
    this.name = 'FaqFileError';
    this.problems = problems;
  }
}

function describeIssues(where: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${where}: ${issue.path.join('.') || 'row'}: ${issue.message}`);
}

/** Validates raw rows; `rowLabel(i)` tells where row i came from (e.g. "แถว 3 (row 3)"). */
export function validateFaqRows(rows: unknown[], rowLabel: (index: number) => string): FaqEntry[] {
  const problems: string[] = [];
  const entries: FaqEntry[] = [];
  const seen = new Map<string, string>();
  rows.forEach((row, index) => {
    const parsed = faqEntrySchema.safeParse(row);
    if (!parsed.success) {
      problems.push(...describeIssues(rowLabel(index), parsed.error));
      return;
    }
    const earlier = seen.get(parsed.data.id);
    if (earlier) problems.push(`${rowLabel(index)}: id: รหัส "${parsed.data.id}" ซ้ำกับ${earlier} (duplicate id)`);
    seen.set(parsed.data.id, rowLabel(index));
    entries.push(parsed.data);
  });
  if (problems.length > 0) throw new FaqFileError(problems);
  return entries;
}
