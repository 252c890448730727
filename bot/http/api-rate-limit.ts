import { rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';

/**
 * Requests per minute per client IP on /api (behind the proxy, `trust proxy` makes req.ip the
 * client's). One instance counts its own traffic; behind a balancer each allows this much.
 */
export function createApiRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ error: 'rate_limited', message: 'มีการเรียกใช้งานถี่เกินไป กรุณารอสักครู่แล้วลองใหม่อีกครั้งค่ะ' });
    },
  });
}
