/** A polite live status with a spinner; `block` reserves room so the page does not jump. */
export function Loading({ label = 'กำลังโหลด…', block = false }: { label?: string; block?: boolean }) {
  return (
    <p class={block ? 'loading loading-block' : 'loading'} role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
