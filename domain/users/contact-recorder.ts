import { recordContact, type ProfileLookup } from './line-user-directory.ts';

export type ContactRecorder = (lineUserId: string, at: Date) => Promise<void>;

/**
 * Records contacts, but writes `lastSeenAt` for a user at most once per interval on this
 * instance: a villager typing ten messages in a minute costs one database write, not ten.
 * lastSeenAt is for reports and clean-up, so minutes of staleness do not matter.
 */
export function createContactRecorder(options: {
  lookupProfile: ProfileLookup;
  minIntervalMs?: number;
  maxRemembered?: number;
}): ContactRecorder {
  const minIntervalMs = options.minIntervalMs ?? 5 * 60_000;
  const maxRemembered = options.maxRemembered ?? 10_000;
  const writtenAt = new Map<string, number>();
  return async (lineUserId, at) => {
    const last = writtenAt.get(lineUserId);
    if (last !== undefined && at.getTime() - last < minIntervalMs) return;
    await recordContact(lineUserId, at, options.lookupProfile);
    writtenAt.delete(lineUserId);
    if (writtenAt.size >= maxRemembered) writtenAt.delete(writtenAt.keys().next().value as string);
    writtenAt.set(lineUserId, at.getTime());
  };
}
