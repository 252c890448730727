import type { Response } from 'express';
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

/** One message per field, keyed by its path ("links.0.url"), as a form would show them. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    fields[path] ??= issue.message;
  }
  return fields;
}

/** Parses or answers 400 with field errors in Thai; returns undefined when it answered. */
export function parseOr400<T extends z.ZodType>(schema: T, body: unknown, res: Response): z.infer<T> | undefined {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  res.status(400).json({ error: 'validation_failed', message: 'ข้อมูลไม่ครบหรือไม่ถูกต้อง กรุณาตรวจสอบช่องที่ระบุค่ะ', fields: fieldErrors(parsed.error) });
  return undefined;
}
