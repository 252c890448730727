import type { messagingApi } from '@line/bot-sdk';
import type { Logger } from '../logger.ts';
import type { ProfileLookup } from '../../domain/users/line-user-directory.ts';
import { withTimeLimit } from '../workers/time-limit.ts';

/** A profile is a nicety (a display name); an event waits for it this long at most. */
const PROFILE_TIME_LIMIT_MS = 3_000;

/** A missing profile (404 for non-friends, LINE slow or unavailable) must not stop the event from being handled. */
export function createProfileLookup(client: messagingApi.MessagingApiClient, logger: Logger, timeLimitMs = PROFILE_TIME_LIMIT_MS): ProfileLookup {
  return async (lineUserId) => {
    try {
      const profile = await withTimeLimit(client.getProfile(lineUserId), timeLimitMs, `no LINE profile within ${timeLimitMs} ms`);
      return {
        displayName: profile.displayName,
        ...(profile.pictureUrl ? { pictureUrl: profile.pictureUrl } : {}),
        ...(profile.language ? { language: profile.language } : {}),
      };
    } catch (error) {
      logger.warn({ err: error }, 'could not fetch LINE profile');
      return null;
    }
  };
}
