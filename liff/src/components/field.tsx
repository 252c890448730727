import type { ComponentChildren } from 'preact';

/**
 * A labelled field with its hint and its Thai error. The input inside gets `id`, and should point
 * `aria-describedby` at `describedBy(id)` and set `aria-invalid` from the error.
 */
export function Field(props: { id: string; label: string; hint?: string; error?: string | undefined; optional?: boolean; children: ComponentChildren }) {
  return (
    <div class={props.error ? 'field field-invalid' : 'field'}>
      <label for={props.id}>
        {props.label}
        {props.optional && <span class="optional"> (ไม่บังคับ)</span>}
      </label>
      {props.hint && <p class="hint" id={`${props.id}-hint`}>{props.hint}</p>}
      {props.children}
      {props.error && (
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** The ids an input inside <Field> is described by: its hint and its error, when shown. */
export function describedBy(id: string, options: { hint?: boolean; error?: string | undefined }): string | undefined {
  const ids = [options.hint ? `${id}-hint` : '', options.error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
