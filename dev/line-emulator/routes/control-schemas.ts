import { z } from 'zod';
import { USER_ID_PATTERN } from '../ids.ts';
import { PERSONA_ROLES } from '../user-directory.ts';

export const newUserSchema = z.object({
  displayName: z.string().trim().min(1).max(20),
  role: z.enum(PERSONA_ROLES).default('villager'),
  officeCode: z.string().trim().min(1).max(40).optional(),
  pictureUrl: z.url().optional(),
  statusMessage: z.string().max(500).optional(),
  userId: z.string().regex(USER_ID_PATTERN).optional(),
  following: z.boolean().optional(),
});

export const faultSchema = z.object({
  endpoint: z.enum(['reply', 'push', 'multicast', 'broadcast', 'profile', 'content', 'verify', 'richmenu', '*']),
  status: z.number().int().min(100).max(599).optional(),
  times: z.number().int().min(1).max(100_000).optional(),
  durationMs: z.number().int().min(1).max(24 * 60 * 60 * 1000).optional(),
  retryAfterSeconds: z.number().int().min(0).optional(),
  delayMs: z.number().int().min(0).max(120_000).optional(),
  afterAccept: z.boolean().optional(),
  message: z.string().max(500).optional(),
});

export const idTokenRequestSchema = z.object({
  expiresInSeconds: z.number().int().optional(),
  nonce: z.string().max(255).optional(),
});

export const replyTokenRequestSchema = z.object({
  userId: z.string().regex(USER_ID_PATTERN).optional(),
});
