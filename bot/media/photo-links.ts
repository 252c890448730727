import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PhotoUrl } from '../messages/case-card.ts';

/**
 * LINE shows a flex image only from a public HTTPS URL it fetches itself, so a case photo gets a
 * capability link: its id and an HMAC of it. The link serves the copy without EXIF, never the original.
 */
export type PhotoLinks = { url: PhotoUrl | undefined; verify(photoId: string, signature: string): boolean };

export function createPhotoLinks(options: { publicBaseUrl: string | undefined; secret: string }): PhotoLinks {
  const sign = (photoId: string) => createHmac('sha256', `photo-link:${options.secret}`).update(photoId).digest('base64url').slice(0, 32);
  const base = options.publicBaseUrl?.replace(/\/+$/, '');
  return {
    url: base?.startsWith('https://') ? (photoId) => `${base}/media/photos/${photoId}.jpg?sig=${sign(photoId)}` : undefined,
    verify(photoId, signature) {
      const expected = Buffer.from(sign(photoId));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}
