import { useRef, useState } from 'preact/hooks';
import { ApiError } from './api-client.ts';

/**
 * One thing done from a button at a time. A refusal stays beside the button, with what was typed,
 * to try again; a 409 goes to `onRefused` instead, when the page gives one to redraw on it (the
 * consultation chat: someone else took the consultation, or it ended). A second tap before the
 * first answer does nothing (the ref sees it before the disabled button is drawn).
 */
export function useAction(onRefused?: (error: ApiError) => void) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const inFlight = useRef(false);
  const run = async (work: () => Promise<void>): Promise<void> => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 409 && onRefused) onRefused(error);
      else setFailure(error);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  return { busy, failure, setFailure, run };
}
