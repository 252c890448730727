import { typeNameOf } from './bson-type.ts';

/** Renders a value the way the mongo shell does in error messages, e.g. `{ email: "a@b.c" }`. */
export function formatValue(value: unknown): string {
  switch (typeNameOf(value)) {
    case 'string':
      return JSON.stringify(value);
    case 'objectId':
      return `ObjectId('${String(value)}')`;
    case 'date':
      return `new Date(${(value as Date).getTime()})`;
    case 'array':
      return `[ ${(value as unknown[]).map(formatValue).join(', ')} ]`;
    case 'object':
      return formatKeyValue(value as Record<string, unknown>);
    case 'null':
      return 'null';
    default:
      return String(value);
  }
}

export function formatKeyValue(doc: Record<string, unknown>): string {
  const entries = Object.entries(doc).map(([key, value]) => `${key}: ${formatValue(value)}`);
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}
