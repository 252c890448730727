import { useState } from 'preact/hooks';
import { ApiError, type FieldErrors } from './api-client.ts';
import { issuesToFields } from './form-errors.ts';

type Issue = { path: readonly PropertyKey[]; message: string };
type Schema<T> = { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } } };

/**
 * A form's submit: check with the shared schema (Thai message per field), send, and show the API's
 * refusal: its field errors beside the inputs and its message above the button.
 */
export function useForm<T>(schema: Schema<T>) {
  const [fields, setFields] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (input: unknown, send: (value: T) => Promise<void>, extraCheck?: (value: T) => FieldErrors | null): Promise<void> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return setFields(issuesToFields(parsed.error.issues));
    const extra = extraCheck?.(parsed.data);
    if (extra) return setFields(extra);
    setFields({});
    setFailure(null);
    setBusy(true);
    try {
      await send(parsed.data);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFields(error.fields);
      setFailure(error.message);
    } finally {
      setBusy(false);
    }
  };
  return { fields, failure, busy, submit, setFailure };
}
