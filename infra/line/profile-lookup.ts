import type { messagingApi } from '@line/bot-sdk';
import type { Logger } from '../logger.ts';
import type { ProfileLookup } from '../../domain/users/line-user-directory.ts';

/** A missing profile (404 for non-friends, LINE unavailable) must not stop the event from being handled. */
export function createProfileLookup(client: messagingApi.MessagingApiClient, logger: Logger): ProfileLookup {
  return async (lineUserId) => {
    try {
      const profile = await client.getProfile(lineUserId);
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
