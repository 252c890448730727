/** A case's status in the colour the API gives it (statuses are data on the server). */
export function StatusBadge({ label, color }: { label: string; color: string }) {
  return (
    <span class="status-badge" style={{ borderColor: color, color }}>
      {label}
    </span>
  );
}
