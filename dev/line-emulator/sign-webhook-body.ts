import { createHmac } from 'node:crypto';

/**
 * The value LINE puts in `x-line-signature`: base64(HMAC-SHA256(channel secret, raw body bytes)).
 * Sign the exact bytes you send; re-serialising the JSON changes them and breaks the signature.
 */
export function signWebhookBody(channelSecret: string, rawBody: string | Buffer): string {
  return createHmac('sha256', channelSecret).update(rawBody).digest('base64');
}
