import { statusName } from '../cases/case-types.ts';
import { ROLE_LABELS, type Role } from '../../lib/session.ts';
import { thaiDate, thaiDateTime, formatThaiMonth } from '../../lib/thai-date.ts';
import { isMonth } from '../../../../domain/activities/activity-time.ts';
import { KIND_LABELS, type RequestKind, type Retention } from './privacy-api.ts';

/** One stored record as a person reads it: a title and a few labelled fields, never raw ids. */
export type Line = { label: string; value: string };
export type Item = { title: string; lines: Line[] };
type Doc = Record<string, unknown>;
/** Names of the codes a record holds, which the page loads (case categories). */
export type RecordNames = { category(code: string): string };

const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const when = (value: unknown): string => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? thaiDateTime(value) : '');
const day = (value: unknown): string => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? thaiDate(value) : '');
const sub = (doc: Doc, key: string): Doc => (doc[key] && typeof doc[key] === 'object' ? (doc[key] as Doc) : {});
const item = (title: string, lines: [string, string][]): Item => ({ title, lines: lines.filter(([, value]) => value !== '').map(([label, value]) => ({ label, value })) });

const EVENT_NAMES: Record<string, string> = { message: 'ข้อความ', postback: 'กดปุ่ม', follow: 'เพิ่มเพื่อน', unfollow: 'บล็อก', unsend: 'ยกเลิกข้อความ' };
const MESSAGE_NAMES: Record<string, string> = { image: 'รูปภาพ', location: 'ตำแหน่ง', sticker: 'สติกเกอร์', audio: 'เสียง', video: 'วิดีโอ', file: 'ไฟล์' };

function inboxEvent(doc: Doc): Item {
  const message = sub(sub(doc, 'payload'), 'message');
  const title = text(message.text) || MESSAGE_NAMES[text(message.type)] || EVENT_NAMES[text(doc.type)] || 'เหตุการณ์ในแชต';
  return item(title, [['เมื่อ', when(doc.eventTimestamp)]]);
}

function outboxMessage(doc: Doc): Item {
  const first = (Array.isArray(doc.messages) ? (doc.messages[0] as Doc | undefined) : undefined) ?? {};
  return item(text(first.text) || text(first.altText) || 'ข้อความจากบอท', [['ส่งเมื่อ', when(doc.sentAt) || when(doc.createdAt)]]);
}

function caseRecord(doc: Doc, names: RecordNames): Item {
  const contact = sub(doc, 'contact');
  return item(`เรื่อง ${text(doc.ticket)}`, [
    ['ประเภท', names.category(text(doc.category))],
    ['รายละเอียด', text(doc.description)],
    ['สถานะ', statusName(text(doc.status))],
    ['ชื่อผู้ติดต่อ', text(contact.name)],
    ['เบอร์โทร', text(contact.phone)],
    ['ตำแหน่ง', text(sub(doc, 'location').address)],
    ['แจ้งเมื่อ', when(doc.createdAt)],
  ]);
}

/** A push about activities: the monthly schedule names its month and a reminder its day (the job's period key, never shown raw). */
function activitySend(doc: Doc): Item {
  const period = text(doc.period);
  if (doc.job === 'monthly-schedule') return item('ตารางกิจกรรมประจำเดือน', [['เดือน', isMonth(period) ? formatThaiMonth(period) : '']]);
  if (doc.job === 'activity-reminders') return item('การแจ้งเตือนกิจกรรม', [['วันที่', day(period)]]);
  return item('แจ้งการเปลี่ยนแปลงกิจกรรม', []);
}

/** What each collection's records show; a collection missing here still shows its label and count. */
const DESCRIBE: Record<string, (doc: Doc, names: RecordNames) => Item> = {
  line_users: (doc) => item('โปรไฟล์ LINE', [['ชื่อที่แสดง', text(doc.displayName)], ['บทบาท', ROLE_LABELS[text(doc.role) as Role] ?? ''], ['เป็นเพื่อนเมื่อ', when(doc.followedAt)], ['ใช้งานล่าสุด', when(doc.lastSeenAt)]]),
  flow_states: (doc) => item('ขั้นตอนที่ทำค้างไว้', [['หมดเวลา', when(doc.expiresAt)]]),
  conversation_states: (doc) => item('คำถามที่บอทกำลังคุยกับคุณ', [['หมดเวลา', when(doc.expiresAt)]]),
  unanswered_questions: (doc) => item(text(doc.text), [['ถามเมื่อ', when(doc.askedAt)]]),
  inbox_events: inboxEvent,
  outbox_messages: outboxMessage,
  photos: (doc) => item(doc.caseTicket ? `รูปในเรื่อง ${text(doc.caseTicket)}` : 'รูปที่ส่งมา', [['ขนาด', doc.width ? `${text(doc.width)}×${text(doc.height)} พิกเซล` : ''], ['ส่งเมื่อ', when(doc.createdAt)]]),
  cases: caseRecord,
  consultations: (doc) => item(`การปรึกษา ${text(doc.ticket)}`, [['เรื่อง', text(doc.topic)], ['เริ่มเมื่อ', when(doc.openedAt)], ['จบเมื่อ', when(doc.endedAt)]]),
  invites: (doc) => item(`รหัสเชิญ ${text(doc.code)}`, [['บทบาท', ROLE_LABELS[text(doc.role) as Role] ?? ''], ['ใช้เมื่อ', when(doc.usedAt)]]),
  subscriptions: (doc) => item('การรับข่าวกิจกรรม', [['สถานะ', doc.status === 'active' ? 'รับข่าวอยู่' : 'หยุดรับแล้ว'], ['เริ่มเมื่อ', when(doc.startedAt)]]),
  activities: (doc) => item(text(doc.title), [['วันที่', day(doc.startAt)]]),
  activity_ratings: (doc) => item(`ให้คะแนน ${text(doc.score)} จาก 5`, [['กิจกรรมวันที่', day(doc.activityEndAt)]]),
  activity_questions: (doc) => item(text(doc.text), [['ส่งเมื่อ', when(doc.createdAt)]]),
  activity_sends: activitySend,
  privacy_requests: (doc) => item(`คำขอ ${text(doc.number)}`, [['เรื่อง', KIND_LABELS[text(doc.kind) as RequestKind] ?? ''], ['สถานะ', doc.status === 'open' ? 'กำลังดำเนินการ' : 'ดำเนินการแล้ว'], ['ยื่นเมื่อ', when(doc.requestedAt)], ['กำหนดเสร็จ', day(doc.dueAt)]]),
};

export function describeRecord(collection: string, doc: Doc, names: RecordNames): Item | null {
  return DESCRIBE[collection]?.(doc, names) ?? null;
}

/** How long a kind of record is kept: the periods the privacy notice at /privacy states. */
export function keptFor(collection: string, retention: Retention): string {
  if (collection === 'inbox_events') return `ประมาณ ${retention.messagesDays} วัน แล้วระบบลบเอง`;
  if (collection === 'outbox_messages') return `ประมาณ ${retention.repliesDays} วัน แล้วระบบลบเอง`;
  if (collection === 'flow_states' || collection === 'conversation_states') return 'ระบบลบเองเมื่อหมดเวลาของขั้นตอน';
  if (collection === 'cases') return `ตัวเรื่องเก็บเป็นหลักฐานการให้บริการ ชื่อและเบอร์โทรลบหลังปิดเรื่อง ${retention.contactDays} วัน`;
  return 'จนกว่าคุณจะขอลบ';
}
