import type { FieldErrors } from './api-client.ts';

type Issue = { path: readonly PropertyKey[]; message: string };

/** The first message per field path ("links.0.url"), as the API's 400 `fields` has them. */
export function issuesToFields(issues: readonly Issue[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) fields[issue.path.map(String).join('.') || '_'] ??= issue.message;
  return fields;
}

/** The first error under a path prefix ("variants" covers "variants.2"). */
export function errorUnder(fields: FieldErrors, prefix: string): string | undefined {
  return fields[prefix] ?? Object.entries(fields).find(([path]) => path.startsWith(`${prefix}.`))?.[1];
}
