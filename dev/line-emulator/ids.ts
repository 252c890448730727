import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const USER_ID_PATTERN = /^U[0-9a-f]{32}$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isLineUserId(value: unknown): value is string {
  return typeof value === 'string' && USER_ID_PATTERN.test(value);
}

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

export function randomUserId(): string {
  return `U${randomBytes(16).toString('hex')}`;
}

/** Stable across restarts so data the bot stored for a persona (e.g. an officer's area) still matches. */
export function userIdFromSeed(seed: string): string {
  return `U${createHash('sha256').update(seed).digest('hex').slice(0, 32)}`;
}

export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

export function newRequestId(): string {
  return randomUUID();
}

export function newRichMenuId(): string {
  return `richmenu-${randomBytes(16).toString('hex')}`;
}

/** LINE message IDs are decimal strings; a time-seeded counter keeps them unique and increasing. */
export function createMessageIdSequence(): () => string {
  let next = BigInt(Date.now()) * 1000n;
  return () => {
    next += 1n;
    return next.toString();
  };
}
