/** Messaging API request limits (docs/line-platform.md §2–3): the outbox splits what it sends to stay within them. */
export const MAX_MESSAGES_PER_REQUEST = 5;
export const MAX_MULTICAST_RECIPIENTS = 500;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += size) groups.push(items.slice(start, start + size));
  return groups;
}
