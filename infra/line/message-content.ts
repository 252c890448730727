import type { Readable } from 'node:stream';
import type { LineClients } from './line-clients.ts';
import { MAX_PHOTO_BYTES } from '../../domain/forms/case-forms.ts';
import { PhotoRejectedError } from '../../domain/media/photo-store.ts';
import { readLimited } from '../read-limited.ts';

/** What a user sent (a photo), from LINE's content endpoint, read within the size limit. */
export function createContentFetcher(clients: LineClients): (messageId: string) => Promise<Buffer> {
  return async (messageId) => {
    const stream: Readable = await clients.blob.getMessageContent(messageId);
    return readLimited(stream, MAX_PHOTO_BYTES, () => new PhotoRejectedError('too_large'));
  };
}
