import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { UserRole } from '../../models/line-user.ts';
import { findUserRole } from '../../domain/users/line-user-directory.ts';
import { IdTokenError, verifyIdToken, type VerifiedIdToken } from './verify-id-token.ts';

export type Actor = { lineUserId: string; role: UserRole; officeCode: string | undefined; name: string | undefined };

export type AuthOptions = {
  apiBaseUrl: string;
  channelId: string | undefined;
  /** Failed ID-token checks one IP may cause per hour; each costs a call to LINE's verify endpoint. */
  failuresPerHour?: number;
};

const TOKEN_ERROR_MESSAGES: Record<IdTokenError['reason'], string> = {
  expired: 'การเข้าสู่ระบบหมดอายุแล้ว กรุณาเปิดหน้านี้จาก LINE อีกครั้งค่ะ',
  invalid: 'ไม่สามารถยืนยันตัวตนได้ กรุณาเปิดหน้านี้จาก LINE อีกครั้งค่ะ',
  unavailable: 'ระบบยืนยันตัวตนไม่พร้อมใช้งานชั่วคราว กรุณาลองใหม่อีกครั้งค่ะ',
};

const MAX_CACHED_TOKENS = 1_000;
/** LINE may revoke a token (logout) before it expires: a cached "valid" is trusted for a minute at most. */
const CACHE_TTL_MS = 60_000;
const DEFAULT_FAILURES_PER_HOUR = 30;

/**
 * Authenticates API calls by the LIFF ID token in `Authorization: Bearer …`. Verified tokens
 * are remembered for a minute (never past their `exp`) so a page load does not cost a LINE
 * round trip per request. An IP that keeps presenting bad tokens is refused (429) before its
 * tokens reach LINE's verify endpoint.
 */
export function authenticate(options: AuthOptions): RequestHandler {
  const cache = new Map<string, VerifiedIdToken & { cachedUntil: number }>();
  const failureLimit = limitFailedLogins(options.failuresPerHour ?? DEFAULT_FAILURES_PER_HOUR);
  const verify = async (idToken: string): Promise<VerifiedIdToken> => {
    const key = createHash('sha256').update(idToken).digest('base64url');
    const hit = cache.get(key);
    const now = Date.now();
    if (hit && hit.cachedUntil > now && hit.expiresAt > now) return hit;
    if (hit) cache.delete(key);
    if (!options.channelId) throw new IdTokenError('unavailable', 'LIFF_CHANNEL_ID is not configured');
    const verified = await verifyIdToken({ apiBaseUrl: options.apiBaseUrl, channelId: options.channelId, idToken });
    if (cache.size >= MAX_CACHED_TOKENS) cache.delete(cache.keys().next().value as string);
    cache.set(key, { ...verified, cachedUntil: Math.min(verified.expiresAt, Date.now() + CACHE_TTL_MS) });
    return verified;
  };
  const check = async (req: Request, res: Response, next: NextFunction) => {
    const idToken = /^Bearer (.+)$/i.exec(req.get('authorization') ?? '')?.[1];
    if (!idToken) {
      res.status(401).json({ error: 'unauthenticated', message: 'กรุณาเข้าสู่ระบบผ่าน LINE ก่อนค่ะ' });
      return;
    }
    try {
      const verified = await verify(idToken);
      const known = await findUserRole(verified.lineUserId);
      const actor: Actor = { lineUserId: verified.lineUserId, role: known?.role ?? 'villager', officeCode: known?.officeCode, name: verified.name };
      res.locals.actor = actor;
      next();
    } catch (error) {
      if (!(error instanceof IdTokenError)) return next(error);
      const status = error.reason === 'unavailable' ? 503 : 401;
      if (status === 401) res.locals.authFailed = true;
      res.status(status).json({ error: `token_${error.reason}`, message: TOKEN_ERROR_MESSAGES[error.reason] });
    }
  };
  return (req, res, next) => failureLimit(req, res, () => void check(req, res, next));
}

/** Counts only requests whose token LINE refused: a villager using the pages normally never meets it. */
function limitFailedLogins(perHour: number): RequestHandler {
  return rateLimit({
    windowMs: 60 * 60_000,
    limit: perHour,
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req, res) => res.locals.authFailed !== true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ error: 'too_many_failed_logins', message: 'ยืนยันตัวตนไม่สำเร็จหลายครั้งเกินไป กรุณารอสักครู่แล้วเปิดหน้านี้จาก LINE อีกครั้งค่ะ' });
    },
  });
}

/** Lets the request through only for the given roles; everything else is 403. */
export function requireRole(...roles: UserRole[]): RequestHandler {
  return (_req, res, next) => {
    const actor = res.locals.actor as Actor | undefined;
    if (!actor || !roles.includes(actor.role)) {
      res.status(403).json({ error: 'forbidden', message: 'บัญชีนี้ไม่มีสิทธิ์ใช้งานส่วนนี้ค่ะ' });
      return;
    }
    next();
  };
}

export function actorOf(res: Response): Actor {
  return res.locals.actor as Actor;
}
