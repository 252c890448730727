import { createHmac } from 'node:crypto';
import mongoose from 'mongoose';

/**
 * Where a person's data lives, collection by collection, and what erasing it means there: remove
 * the document, take the id out of a list, or replace the person by a pseudonym so statistics
 * (a case's category and dates, a rating) stay. New features that store a LINE id add a line here;
 * tests/integration/privacy scans every collection after an erase to catch one that did not.
 */
export type Erasure =
  | { kind: 'delete' }
  | { kind: 'pull'; field: string }
  | { kind: 'pseudonymise'; field: string };

/**
 * How long what the person sees is kept (the figures the privacy notice at /privacy states):
 * their messages to the bot, the bot's messages to them, a closed case's name and phone.
 */
export type Retention = { messagesDays: number; repliesDays: number; contactDays: number };

export type PersonalDataHolder = { collection: string; field: string; erasure: Erasure; label: string };

export const PERSONAL_DATA: PersonalDataHolder[] = [
  { collection: 'line_users', field: 'lineUserId', erasure: { kind: 'delete' }, label: 'บัญชีและโปรไฟล์ LINE' },
  { collection: 'flow_states', field: 'lineUserId', erasure: { kind: 'delete' }, label: 'ขั้นตอนที่ค้างอยู่ในแชต' },
  { collection: 'conversation_states', field: 'lineUserId', erasure: { kind: 'delete' }, label: 'คำถามล่าสุดที่บอทจำไว้' },
  { collection: 'unanswered_questions', field: 'lineUserId', erasure: { kind: 'delete' }, label: 'คำถามที่บอทยังตอบไม่ได้' },
  { collection: 'inbox_events', field: 'lineUserId', erasure: { kind: 'delete' }, label: 'ข้อความที่ส่งถึงบอท' },
  { collection: 'outbox_messages', field: 'to', erasure: { kind: 'delete' }, label: 'ข้อความที่บอทส่งถึงคุณ' },
  { collection: 'photos', field: 'ownerLineUserId', erasure: { kind: 'delete' }, label: 'รูปที่ส่งมา' },
  { collection: 'cases', field: 'reporterLineUserId', erasure: { kind: 'pseudonymise', field: 'reporterLineUserId' }, label: 'เรื่องที่แจ้ง' },
  { collection: 'cases', field: 'followers', erasure: { kind: 'pull', field: 'followers' }, label: 'เรื่องที่ติดตาม' },
  { collection: 'cases', field: 'assignee.lineUserId', erasure: { kind: 'pseudonymise', field: 'assignee.lineUserId' }, label: 'เรื่องที่ดูแล (เจ้าหน้าที่)' },
  { collection: 'consultations', field: 'villagerLineUserId', erasure: { kind: 'pseudonymise', field: 'villagerLineUserId' }, label: 'การปรึกษาเจ้าหน้าที่' },
  { collection: 'consultations', field: 'staff.lineUserId', erasure: { kind: 'pseudonymise', field: 'staff.lineUserId' }, label: 'การปรึกษาที่ตอบ (เจ้าหน้าที่)' },
  { collection: 'invites', field: 'usedBy', erasure: { kind: 'pseudonymise', field: 'usedBy' }, label: 'รหัสเชิญที่ใช้' },
  { collection: 'invites', field: 'createdBy', erasure: { kind: 'pseudonymise', field: 'createdBy' }, label: 'รหัสเชิญที่สร้าง' },
  { collection: 'subscriptions', field: 'lineUserId', erasure: { kind: 'delete' }, label: 'การรับข่าวกิจกรรม' },
  { collection: 'activities', field: 'registrants', erasure: { kind: 'pull', field: 'registrants' }, label: 'การลงทะเบียนกิจกรรม' },
  { collection: 'activity_ratings', field: 'lineUserId', erasure: { kind: 'pseudonymise', field: 'lineUserId' }, label: 'คะแนนกิจกรรม' },
  { collection: 'activity_questions', field: 'lineUserId', erasure: { kind: 'delete' }, label: 'คำถามถึงหน่วยเคลื่อนที่' },
  { collection: 'activity_sends', field: 'recipients', erasure: { kind: 'pull', field: 'recipients' }, label: 'ข่าวกิจกรรมที่ส่งถึง' },
  { collection: 'privacy_requests', field: 'lineUserId', erasure: { kind: 'pseudonymise', field: 'lineUserId' }, label: 'คำขอข้อมูลส่วนบุคคล' },
];

const PSEUDONYM_PREFIX = 'erased:';

/** A record whose person was erased holds a pseudonym where their LINE id was. */
export function isPseudonym(lineUserId: string): boolean {
  return lineUserId.startsWith(PSEUDONYM_PREFIX);
}

/** The same person always maps to the same pseudonym (statistics stay linkable), which reveals nothing. */
export function pseudonymOf(lineUserId: string, secret: string): string {
  return `${PSEUDONYM_PREFIX}${createHmac('sha256', `pdpa:${secret}`).update(lineUserId).digest('hex').slice(0, 16)}`;
}

export function collection(name: string) {
  const db = mongoose.connection.db;
  if (!db) throw new Error('the database is not connected');
  return db.collection(name);
}
