export class TimeLimitError extends Error {
  override name = 'TimeLimitError';
}

/**
 * Rejects with TimeLimitError when `work` has not settled within `ms`. The work itself goes on
 * (a promise cannot be cancelled); pass an AbortSignal to it where it can stop early.
 */
export function withTimeLimit<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeLimitError(message)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}
