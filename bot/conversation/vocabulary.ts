import type { ChatContext } from './responder.ts';
import { showCase, showMyCases, showOfficerQueue, startCaseIntake } from '../postback/case-postbacks.ts';
import { registerOfficer } from '../postback/registration.ts';
import { showSchedule } from '../postback/activity-postbacks.ts';
import { startNews, stopNews } from '../postback/activity-news.ts';
import { startConsultation } from '../postback/consultation-postbacks.ts';
import { requestAccess, requestErasure } from '../postback/privacy-postbacks.ts';
import { openCaseForm } from '../postback/case-form.ts';
import { postbackRoutes } from '../postback/postback-routes.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { FEATURE_NAMES as F } from '../messages/feature-names.ts';
import { typedKey } from '../../domain/conversation/typed-key.ts';

/**
 * The words people type for a feature, beside its button: typing the label does exactly what
 * tapping it does. Each list starts with the feature's one name (FEATURE_NAMES). Keys are compared
 * without spaces, punctuation or polite particles.
 */
type Command = { words: string[]; run(context: ChatContext): Promise<void> };

export const COMMANDS: Command[] = [
  { words: [F.report, 'แจ้งปัญหา', 'แจ้งเหตุ', 'ร้องเรียน', 'ขอแจ้งเรื่อง', 'ขอแจ้งปัญหา'], run: (context) => startCaseIntake(context, { k: 'problem' }) },
  { words: [F.consult, 'ปรึกษา', 'ขอปรึกษา'], run: (context) => startCaseIntake(context, { k: 'consultation' }) },
  { words: ['แจ้งปัญหาปรึกษา', 'แจ้งปัญหาขอคำปรึกษา'], run: (context) => startCaseIntake(context, {}) },
  { words: [F.forms, 'แบบฟอร์ม', 'กรอกแบบฟอร์ม'], run: (context) => openCaseForm(context, {}) },
  { words: [F.track, 'เรื่องของฉัน', 'ติดตามเรื่องของฉัน', 'สถานะเรื่อง', 'เรื่องที่แจ้งไว้'], run: (context) => showMyCases(context, {}) },
  { words: [F.myWork, 'งานค้าง', 'เรื่องค้าง'], run: (context) => showOfficerQueue(context, {}) },
  { words: [F.schedule, 'กิจกรรมเดือนนี้', 'กิจกรรม', 'ตารางกิจกรรมเดือนนี้', 'มีกิจกรรมอะไรบ้าง'], run: (context) => showSchedule(context, {}) },
  { words: [F.news, 'สมัครรับข่าว', 'รับข่าว', 'ตั้งค่าข่าวกิจกรรม'], run: (context) => startNews(context, {}) },
  { words: [F.newsStop, 'เลิกรับข่าวกิจกรรม', 'ยกเลิกรับข่าว', 'หยุดรับข่าว'], run: (context) => stopNews(context, {}) },
  { words: [F.myData, 'ดูข้อมูลของฉัน', 'ข้อมูลของฉัน', 'ขอดูข้อมูลส่วนตัว', 'คำขอข้อมูลส่วนบุคคล'], run: (context) => requestAccess(context, {}) },
  { words: [F.eraseData, 'ลบข้อมูลของฉัน', 'ขอลบข้อมูลส่วนตัว', 'ขอลบข้อมูลส่วนตัวของฉัน', 'ลบข้อมูลส่วนตัว'], run: (context) => requestErasure(context, {}) },
  { words: [F.talk, 'ติดต่อเจ้าหน้าที่', 'คุยกับคน', 'ขอคุยกับคน', 'ขอสายเจ้าหน้าที่', 'แอดมิน', 'admin'], run: (context) => startConsultation(context, {}) },
  { words: [F.contact, 'ติดต่อเรา', 'ช่องทางติดต่อ', 'ขอช่องทางติดต่อศูนย์'], run: (context) => postbackRoutes[POSTBACK_ACTIONS.contact]!(context, {}) },
  { words: [F.ask, 'ขอถามคำถาม'], run: (context) => postbackRoutes[POSTBACK_ACTIONS.faqAsk]!(context, {}) },
];

const byWord = new Map(COMMANDS.flatMap((command) => command.words.map((word) => [typedKey(word), command] as const)));

export function findCommand(text: string): Command | undefined {
  return byWord.get(typedKey(text));
}

const TICKET = /^\s*(CC-\d{4}-\d{5,})\s*$/i;
const REGISTER = /^\s*ลงทะเบียน(?:เจ้าหน้าที่)?\s*(\d{6})?\s*$/u;

/**
 * Asking for a person, however it is put: «ขอคุยกับเจ้าหน้าที่ตัวจริงได้ไหม», «แอดมินอยู่ไหม»,
 * «ขอสายเจ้าหน้าที่หน่อย». Short messages only: a long one that mentions staff is a question for the FAQ.
 */
const WANTS_PERSON = /^(ขอ|อยาก|ต้องการ)?\s*(คุย|พูด|ติดต่อ|สาย|ปรึกษา)(กับ|ด้วย)?\s*(เจ้าหน้าที่|จนท\.?|คน(จริง)?|แอดมิน|admin|พนักงาน|ผู้ดูแล)|^(แอดมิน|admin|เจ้าหน้าที่|จนท)\s*(อยู่|ตอบ|ช่วย)/iu;

export function asksForPerson(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 60 && WANTS_PERSON.test(trimmed);
}

/** Typed forms with a value: a ticket number opens that case; «ลงทะเบียน 483920» registers an officer. */
export async function runPatternCommand(context: ChatContext, text: string): Promise<boolean> {
  if (asksForPerson(text)) {
    await startConsultation(context, {});
    return true;
  }
  const ticket = TICKET.exec(text)?.[1];
  if (ticket) {
    await showCase(context, { t: ticket.toUpperCase() });
    return true;
  }
  const register = REGISTER.exec(text);
  if (register) {
    await registerOfficer(context, { code: register[1] ?? '' });
    return true;
  }
  return false;
}

