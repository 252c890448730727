import { HTTPFetchError } from '@line/bot-sdk';

/** Names the setup step that failed and, for LINE API errors, what LINE said was wrong. */
export class RichMenuSetupError extends Error {
  override name = 'RichMenuSetupError';
  readonly step: string;
  readonly status: number | undefined;

  constructor(step: string, cause: unknown) {
    super(`${step} ไม่สำเร็จ: ${describeCause(cause)}`, { cause });
    this.step = step;
    this.status = cause instanceof HTTPFetchError ? cause.status : undefined;
  }
}

type LineErrorBody = { message?: unknown; details?: unknown };

function describeCause(cause: unknown): string {
  if (cause instanceof HTTPFetchError) {
    return `LINE API ตอบกลับ HTTP ${cause.status} ${cause.statusText}${describeLineBody(cause.body)}`.trim();
  }
  return cause instanceof Error ? cause.message : String(cause);
}

function describeLineBody(body: string): string {
  const parsed = parseJson(body);
  if (parsed === undefined) return body ? ` — ${body}` : '';
  const details = Array.isArray(parsed.details) ? parsed.details.map(describeDetail) : [];
  const message = typeof parsed.message === 'string' ? ` — ${parsed.message}` : '';
  return [message, ...details.map((detail) => `\n  - ${detail}`)].join('');
}

function describeDetail(detail: unknown): string {
  if (typeof detail !== 'object' || detail === null) return String(detail);
  const { property, message } = detail as { property?: unknown; message?: unknown };
  return [property, message].filter((part) => typeof part === 'string').join(': ');
}

function parseJson(body: string): LineErrorBody | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null ? (value as LineErrorBody) : undefined;
  } catch {
    return undefined;
  }
}
