/**
 * Remembers each key's value for `ttlMs` on this instance, and shares one computation among the
 * requests that arrive while it runs: a report over every case is worth computing once a minute,
 * not once a tap. A failed computation is forgotten at once.
 */
export function recentCache<T>(ttlMs: number, compute: (key: string) => Promise<T>, now: () => number = Date.now): (key: string) => Promise<T> {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return (key) => {
    const entry = entries.get(key);
    if (entry && now() - entry.at < ttlMs) return entry.value;
    const value = compute(key);
    entries.set(key, { at: now(), value });
    value.catch(() => entries.delete(key));
    if (entries.size > 50) entries.delete(entries.keys().next().value as string);
    return value;
  };
}
