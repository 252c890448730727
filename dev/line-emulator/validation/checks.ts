/** One entry of LINE's `details` array: what is wrong and where (JSON path of the request body). */
export interface ValidationDetail {
  message: string;
  property: string;
}

export type Issues = ValidationDetail[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function report(issues: Issues, property: string, message: string): void {
  issues.push({ message, property });
}

interface StringRule {
  max: number;
  required?: boolean;
  min?: number;
}

/** Lengths are counted in UTF-16 code units, as LINE counts characters. */
export function checkString(issues: Issues, value: unknown, property: string, rule: StringRule): value is string {
  if (value === undefined || value === null) {
    if (rule.required ?? true) report(issues, property, 'must be specified');
    return false;
  }
  if (typeof value !== 'string') {
    report(issues, property, 'must be a string');
    return false;
  }
  const min = rule.min ?? ((rule.required ?? true) ? 1 : 0);
  if (value.length < min || value.length > rule.max) {
    report(issues, property, `Length must be between ${min} and ${rule.max}`);
    return false;
  }
  return true;
}

export function checkArray(
  issues: Issues,
  value: unknown,
  property: string,
  size: { min: number; max: number },
): unknown[] | undefined {
  if (!Array.isArray(value)) {
    report(issues, property, 'must be specified');
    return undefined;
  }
  if (value.length < size.min || value.length > size.max) {
    report(issues, property, `Size must be between ${size.min} and ${size.max}`);
    return undefined;
  }
  return value;
}

export function checkObject(issues: Issues, value: unknown, property: string): value is Record<string, unknown> {
  if (isRecord(value)) return true;
  report(issues, property, 'must be specified');
  return false;
}

export function checkEnum(
  issues: Issues,
  value: unknown,
  property: string,
  allowed: readonly string[],
  required = true,
): boolean {
  if (value === undefined && !required) return true;
  if (typeof value === 'string' && allowed.includes(value)) return true;
  report(issues, property, `must be one of the following values: [${allowed.join(', ')}]`);
  return false;
}

export function checkNumber(issues: Issues, value: unknown, property: string, range?: { min: number; max: number }): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    report(issues, property, 'must be specified');
    return false;
  }
  if (range && (value < range.min || value > range.max)) {
    report(issues, property, `must be between ${range.min} and ${range.max}`);
    return false;
  }
  return true;
}

export function checkHttpsUrl(issues: Issues, value: unknown, property: string, required = true, max = 2000): void {
  if (!checkString(issues, value, property, { max, required })) return;
  if (!/^https:\/\/[^\s]+$/.test(value)) report(issues, property, 'must be HTTPS URL');
}

export function checkBoolean(issues: Issues, value: unknown, property: string): void {
  if (value !== undefined && typeof value !== 'boolean') report(issues, property, 'must be a boolean');
}
