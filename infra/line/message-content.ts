import type { Readable } from 'node:stream';
import type { LineClients } from './line-clients.ts';
import { readLimited } from '../read-limited.ts';

/** The most a fetched message's content may be, and the error to fail with past it (the caller's rule). */
export type ContentLimit = { maxBytes: number; tooLarge: () => Error };

/** What a user sent (a photo), from LINE's content endpoint, read within the size limit. */
export function createContentFetcher(clients: LineClients, limit: ContentLimit): (messageId: string) => Promise<Buffer> {
  return async (messageId) => {
    const stream: Readable = await clients.blob.getMessageContent(messageId);
    return readLimited(stream, limit.maxBytes, limit.tooLarge);
  };
}
