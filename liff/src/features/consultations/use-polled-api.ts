import { useEffect } from 'preact/hooks';
import { useApi, type Loaded } from '../../lib/use-api.ts';

/** Refusals a poll cannot fix: stop asking until the person acts. */
const FINAL_STATUSES = new Set([401, 403, 404]);

/**
 * `useApi` that asks again `everyMs` after each answer, only while the page is visible (a phone
 * in a pocket costs no data), and at once when it becomes visible again. The next poll waits for
 * the previous answer, so a slow connection is never flooded or aborted.
 */
export function usePolledApi<T>(path: string, everyMs: number): Loaded<T> {
  const loaded = useApi<T>(path);
  const { loading, error, reload } = loaded;
  useEffect(() => {
    if (loading || (error && FINAL_STATUSES.has(error.status))) return;
    const timer = setTimeout(() => document.visibilityState === 'visible' && reload(), everyMs);
    return () => clearTimeout(timer);
  }, [loading, error, reload, everyMs]);
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);
  return loaded;
}
