const timeFormat = new Intl.DateTimeFormat('th-TH', { timeZone: 'Asia/Bangkok', hour: '2-digit', minute: '2-digit' });
const fullFormat = new Intl.DateTimeFormat('th-TH', {
  timeZone: 'Asia/Bangkok',
  dateStyle: 'long',
  timeStyle: 'medium',
});

/** "14:05 น." for the bubble; the full Thai date (Buddhist year) goes in the tooltip. */
export function shortTime(ms) {
  return `${timeFormat.format(ms)} น.`;
}

export function fullTime(ms) {
  return fullFormat.format(ms);
}

export const ROLE_LABELS = {
  villager: 'ชาวบ้าน',
  officer: 'เจ้าหน้าที่ อปท.',
  staff: 'เจ้าหน้าที่ อบจ.',
};

export const VIA_LABELS = {
  reply: 'ตอบกลับ (reply)',
  push: 'ส่งตรง (push)',
  multicast: 'ส่งหลายคน (multicast)',
  broadcast: 'ประกาศ (broadcast)',
};

/** How the bot answered a webhook, in words a tester understands at a glance. */
export function describeWebhookResult(entry) {
  if (entry.status === null) return { ok: false, text: `ติดต่อบอทไม่ได้ (${entry.error ?? 'ไม่ทราบสาเหตุ'})` };
  if (!entry.ok) return { ok: false, text: `บอทตอบกลับ HTTP ${entry.status}` };
  return { ok: true, text: `บอทรับแล้ว (HTTP ${entry.status}, ${entry.durationMs} มิลลิวินาที)` };
}
