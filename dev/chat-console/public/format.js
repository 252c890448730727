const timeFormat = new Intl.DateTimeFormat('th-TH', { timeZone: 'Asia/Bangkok', hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat('th-TH', { timeZone: 'Asia/Bangkok', weekday: 'short', day: 'numeric', month: 'short' });
const dateKey = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit' });
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

/** The chip between days, as LINE shows it: «วันนี้», «เมื่อวาน» or «จ. 1 ธ.ค.». */
export function dayLabel(ms, now = Date.now()) {
  if (sameDay(ms, now)) return 'วันนี้';
  if (sameDay(ms, now - 24 * 60 * 60 * 1000)) return 'เมื่อวาน';
  return dayFormat.format(ms);
}

export function sameDay(a, b) {
  return dateKey.format(a) === dateKey.format(b);
}

export const ROLE_LABELS = {
  villager: 'ชาวบ้าน',
  officer: 'เจ้าหน้าที่ อปท.',
  staff: 'เจ้าหน้าที่ อบจ.',
};

/** Only messages that are not replies are marked: they cost quota and arrive without the user asking. */
export const VIA_LABELS = {
  push: 'push',
  multicast: 'multicast',
  broadcast: 'broadcast',
};

/** How the bot answered a webhook, in words a tester understands at a glance. */
export function describeWebhookResult(entry) {
  if (entry.status === null) return { ok: false, text: `ติดต่อบอทไม่ได้ (${entry.error ?? 'ไม่ทราบสาเหตุ'})` };
  if (!entry.ok) return { ok: false, text: `บอทตอบกลับ HTTP ${entry.status}` };
  return { ok: true, text: `บอทรับแล้ว (HTTP ${entry.status}, ${entry.durationMs} มิลลิวินาที)` };
}
