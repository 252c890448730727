import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../../lib/api-client.ts';

/**
 * One thing staff do to a consultation at a time. A 409 (someone else has it, or it ended) goes
 * to `onRefused`, for the page to say so and show the conversation as it is now; any other
 * refusal stays beside the button, with what was typed, to try again. A second tap before the
 * first answer does nothing (the ref sees it before the disabled button is drawn).
 */
export function useStaffAction(onRefused: (error: ApiError) => void) {
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
      if (error.status === 409) onRefused(error);
      else setFailure(error);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  return { busy, failure, setFailure, run };
}
