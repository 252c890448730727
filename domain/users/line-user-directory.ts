import { LineUserModel, type UserRole } from '../../models/line-user.ts';
import { createBatchedLookup } from '../../infra/workers/batched-lookup.ts';
import { createBulkWriter } from '../../infra/workers/bulk-writer.ts';
import { timestampedUpsert } from '../../infra/workers/timestamped-update.ts';

export type LineProfile = { displayName: string; pictureUrl?: string; language?: string };
export type ProfileLookup = (lineUserId: string) => Promise<LineProfile | null>;

export async function recordFollow(lineUserId: string, profile: LineProfile | null, at: Date): Promise<void> {
  await LineUserModel.updateOne(
    { lineUserId },
    {
      $set: { active: true, followedAt: at, lastSeenAt: at, ...(profile ?? {}) },
      $unset: { unfollowedAt: 1 },
      $setOnInsert: { role: 'villager' },
    },
    { upsert: true },
  );
}

/** Blocked or removed: keep the record (open cases still belong to them) but stop sending. */
export async function recordUnfollow(lineUserId: string, at: Date): Promise<void> {
  await LineUserModel.updateOne(
    { lineUserId },
    { $set: { active: false, unfollowedAt: at }, $setOnInsert: { role: 'villager' } },
    { upsert: true },
  );
}

/** Every message records its sender: the senders of the events processed at once share one read and one write. */
const knownUsers = createBatchedLookup<{ lineUserId: string; displayName?: string }>(LineUserModel, 'lineUserId', { displayName: 1 });
const contacts = createBulkWriter(() => LineUserModel.collection);

const definedFields = (profile: LineProfile) => Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== undefined));

/**
 * Notes that a user talked to the bot. The profile is fetched from LINE only the first time,
 * so an active chat does not cost a profile call per message.
 */
export async function recordContact(lineUserId: string, at: Date, lookupProfile: ProfileLookup): Promise<void> {
  const existing = await knownUsers.get(lineUserId);
  const profile = existing?.displayName ? null : await lookupProfile(lineUserId);
  // The schema defaults mongoose would add on insert, since the group-committed write goes past it.
  const update = timestampedUpsert({ lastSeenAt: at, ...(profile ? definedFields(profile) : {}) }, { role: 'villager', active: true });
  await contacts.write({ updateOne: { filter: { lineUserId }, update, upsert: !existing?.displayName } });
}

export async function findUserRole(lineUserId: string): Promise<{ role: UserRole; officeCode?: string } | null> {
  const user = await LineUserModel.findOne({ lineUserId }, { role: 1, officeCode: 1 }).lean();
  if (!user) return null;
  return { role: user.role, ...(user.officeCode ? { officeCode: user.officeCode } : {}) };
}

/** Who someone is to the cases: role, office and the name others see in a case's history. */
export async function findCaseActor(lineUserId: string): Promise<{ lineUserId: string; role: UserRole; officeCode: string | undefined; name: string | undefined }> {
  const user = await LineUserModel.findOne({ lineUserId }, { role: 1, officeCode: 1, displayName: 1 }).lean();
  return { lineUserId, role: user?.role ?? 'villager', officeCode: user?.officeCode ?? undefined, name: user?.displayName ?? undefined };
}
