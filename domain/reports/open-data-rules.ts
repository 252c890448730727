import { readFileSync } from 'node:fs';
import { z } from 'zod';

const rulesSchema = z.object({
  sensitiveCategories: z.array(z.string()),
  decimals: z.number().int().min(1).max(5),
  sensitiveDecimals: z.number().int().min(0).max(3),
  minimumCasesForMapPoint: z.number().int().min(1),
  open311: z.object({ jurisdictionId: z.string().min(1), defaultDays: z.number().int().positive(), maxRequests: z.number().int().positive().max(10_000) }),
});

export type OpenDataRules = z.infer<typeof rulesSchema>;

let rules: OpenDataRules | undefined;

/** What public output may show of a case (data/reports/open-data.json), checked once when first read. */
export function openDataRules(): OpenDataRules {
  rules ??= rulesSchema.parse(JSON.parse(readFileSync(new URL('../../data/reports/open-data.json', import.meta.url), 'utf8')));
  return rules;
}

export function isSensitiveCategory(category: string): boolean {
  return openDataRules().sensitiveCategories.includes(category);
}

/** A position as public output may give it: rounded, more so for a sensitive category. */
export function publicPosition(category: string, location: { latitude?: number | null; longitude?: number | null } | null | undefined): { lat: number; long: number } | null {
  if (typeof location?.latitude !== 'number' || typeof location.longitude !== 'number') return null;
  const decimals = isSensitiveCategory(category) ? openDataRules().sensitiveDecimals : openDataRules().decimals;
  const round = (value: number) => Number(value.toFixed(decimals));
  return { lat: round(location.latitude), long: round(location.longitude) };
}
