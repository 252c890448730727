import { HTTPFetchError } from '@line/bot-sdk';

/** What went wrong with one Messaging API request, reduced to what the retry policy needs. */
export type SendFailure = {
  /** HTTP status, or undefined when no response arrived (timeout, connection reset). */
  status: number | undefined;
  retryAfterSeconds: number | undefined;
  /** Set on 409: LINE already accepted a request with this retry key. */
  acceptedRequestId: string | undefined;
  lineRequestId: string | undefined;
  body: string;
};

export function toSendFailure(error: unknown): SendFailure {
  if (error instanceof HTTPFetchError) {
    return {
      status: error.status,
      retryAfterSeconds: parseRetryAfter(error.headers.get('retry-after')),
      acceptedRequestId: error.headers.get('x-line-accepted-request-id') ?? undefined,
      lineRequestId: error.headers.get('x-line-request-id') ?? undefined,
      body: error.body,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: undefined,
    retryAfterSeconds: undefined,
    acceptedRequestId: undefined,
    lineRequestId: undefined,
    body: message,
  };
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, (date - now) / 1000);
}

/** LINE failing (5xx, timeout, no answer), as opposed to refusing this request: what the circuit breaker counts. */
export function isLineUnavailable(failure: SendFailure): boolean {
  return failure.status === undefined || failure.status >= 500;
}
