import { randomInt } from 'node:crypto';
import { isDuplicateKeyError } from '../../db/is-duplicate-key-error.ts';
import { InviteModel } from '../../models/invite.ts';
import { addDays } from '../time/thai-time.ts';
import { assignRole } from './assign-role.ts';

export const INVITE_VALID_DAYS = 7;
export const INVITE_ROLES = ['officer', 'office-admin', 'staff'] as const;
export type InviteRole = (typeof INVITE_ROLES)[number];

export type Invite = { code: string; officeCode: string; role: InviteRole; expiresAt: Date; usedBy: string | null; usedAt: Date | null };

/** A fresh six-digit code; a collision with a stored one simply draws again. */
export async function createInvite(input: { officeCode: string; role: InviteRole; createdBy: string | undefined; now: Date }): Promise<Invite> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    try {
      const created = await InviteModel.create({ code, officeCode: input.officeCode, role: input.role, createdBy: input.createdBy, expiresAt: addDays(input.now, INVITE_VALID_DAYS) });
      return toInvite(created.toObject());
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
  throw new Error('could not draw a free invite code');
}

export type RedeemResult = { ok: true; invite: Invite } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

/** Binds the person to the invite's office and role; the code works once (an atomic claim). */
export async function redeemInvite(code: string, lineUserId: string, now: Date): Promise<RedeemResult> {
  const claimed = await InviteModel.findOneAndUpdate(
    { code, usedBy: null, expiresAt: { $gt: now } },
    { $set: { usedBy: lineUserId, usedAt: now } },
    { returnDocument: 'after' },
  ).lean();
  if (!claimed) {
    const existing = await InviteModel.findOne({ code }).lean();
    if (existing?.usedBy === lineUserId) return { ok: true, invite: toInvite(existing) };
    return { ok: false, reason: !existing ? 'unknown' : existing.usedBy ? 'used' : 'expired' };
  }
  await assignRole(lineUserId, claimed.role, claimed.officeCode);
  return { ok: true, invite: toInvite(claimed) };
}

export async function listInvites(filter: { officeCode?: string | undefined }): Promise<Invite[]> {
  const invites = await InviteModel.find(filter.officeCode ? { officeCode: filter.officeCode } : {}).sort({ createdAt: -1 }).limit(200).lean();
  return invites.map(toInvite);
}

function toInvite(stored: { code: string; officeCode: string; role: string; expiresAt: Date; usedBy?: string | null; usedAt?: Date | null }): Invite {
  return { code: stored.code, officeCode: stored.officeCode, role: stored.role as InviteRole, expiresAt: stored.expiresAt, usedBy: stored.usedBy ?? null, usedAt: stored.usedAt ?? null };
}
