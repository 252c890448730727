import type { Logger } from '../logger.ts';
import { RateLimiter } from '../outbox/rate-limiter.ts';
import type { LineSendClient } from './line-send-client.ts';

export type LoadingIndicator = { show(chatId: string): void };

/** LINE allows 100 loading-animation calls a second per channel. */
const LOADING_CALLS_PER_SECOND = 100;
/** Shown until the answer arrives, or this long (LINE takes 5–60, in steps of 5). */
const LOADING_SECONDS = 20;
const CALL_TIME_LIMIT_MS = 2_000;

/**
 * LINE's loading animation (POST /v2/bot/chat/loading/start), for a 1:1 chat whose answer takes
 * more than a moment. Best effort: it is not a message, so it goes straight to LINE rather than
 * through the outbox, and is dropped when over LINE's rate limit or when LINE does not answer.
 */
export function createLoadingIndicator(client: LineSendClient, logger: Logger): LoadingIndicator {
  const limiter = new RateLimiter(LOADING_CALLS_PER_SECOND);
  return {
    show(chatId) {
      if (limiter.tryTake() > 0) return;
      const call = { path: '/v2/bot/chat/loading/start', body: JSON.stringify({ chatId, loadingSeconds: LOADING_SECONDS }), retryKey: undefined, timeoutMs: CALL_TIME_LIMIT_MS } as const;
      client.post(call).catch((error: unknown) => {
        logger.debug({ err: error }, 'could not show the loading animation');
      });
    },
  };
}
