/**
 * Free text that reaches a report (an officer's reason, a villager's unanswered question) may hold
 * a phone number or a LINE id; those are masked. Names cannot be told from other words, which is
 * why public output carries no free text at all.
 */
const PHONE = /(?:\+66|0)(?:[\s-]?\d){8,9}/g;
const LINE_ID = /\bU[0-9a-f]{32}\b/g;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/g;

export function redactContacts(text: string): string {
  return text.replace(LINE_ID, '[LINE id]').replace(EMAIL, '[อีเมล]').replace(PHONE, '[เบอร์โทร]');
}
