import type { Response } from 'express';
import * as z from 'zod/v4/core';

export type FieldErrors = Record<string, string>;

/** One message per field, keyed by its path ("links.0.url"), as a form would show them. */
export function fieldErrors(error: z.$ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    fields[path] ??= issue.message;
  }
  return fields;
}

export function sendFieldErrors(res: Response, fields: FieldErrors): void {
  res.status(400).json({ error: 'validation_failed', message: 'ข้อมูลไม่ครบหรือไม่ถูกต้อง กรุณาตรวจสอบช่องที่ระบุค่ะ', fields });
}

/**
 * Parses or answers 400 with field errors in Thai; returns undefined when it answered. Takes any
 * zod schema (the classic API's, or the zod/mini forms shared with the LIFF pages).
 */
export function parseOr400<T extends z.$ZodType>(schema: T, body: unknown, res: Response): z.output<T> | undefined {
  const parsed = z.safeParse(schema, body);
  if (parsed.success) return parsed.data;
  sendFieldErrors(res, fieldErrors(parsed.error));
  return undefined;
}
