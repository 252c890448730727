import type { messagingApi } from '@line/bot-sdk';
import type { ClinicContact } from '../../domain/office-hours/clinic-contact.ts';
import { isOpen, nextOpening, type OfficeHours } from '../../domain/office-hours/office-hours.ts';
import { formatThaiDate, formatThaiTime, formatThaiWeekday } from '../../domain/time/thai-time.ts';
import { BRAND_COLOR, MUTED_COLOR, buttonAction, flexBox, flexButton, flexMessage, flexRow, flexText } from './flex.ts';
import { FEATURE_NAMES } from './feature-names.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { mainFeatureActions } from './main-features.ts';
import { textMessage } from './quick-reply.ts';

const DAY_NAMES = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'];
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`;

/** «จันทร์–ศุกร์ 08.30–16.30 น. (ปิดวันหยุดราชการ)», or «ทุกวัน ตลอด 24 ชั่วโมง». */
export function describeOfficeHours(hours: OfficeHours): string {
  if (hours.alwaysOpen) return 'ทุกวัน ตลอด 24 ชั่วโมง';
  const parts = hours.spans.map((span) => {
    const days = [...span.days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
    const named = days.length > 2 ? `${DAY_NAMES[days[0]!]}–${DAY_NAMES[days.at(-1)!]}` : days.map((day) => DAY_NAMES[day]).join(' ');
    return `${named} ${clock(span.from)}–${clock(span.to)} น.`;
  });
  return `${[...new Set(parts)].join(', ')} (ปิดวันหยุดราชการ)`;
}

/** «วันอังคารที่ 8 ธ.ค. 2569 เวลา 08:30 น.» */
export function describeOpening(at: Date): string {
  return `${formatThaiWeekday(at)}ที่ ${formatThaiDate(at)} เวลา ${formatThaiTime(at)}`;
}

export const EMERGENCY_LINE = 'เหตุฉุกเฉินโทรได้ตลอด 24 ชั่วโมง: 1669 เจ็บป่วยฉุกเฉิน, 191 เหตุด่วนเหตุร้าย, 199 ไฟไหม้';

/** «ติดต่อศูนย์»: a real card: who, where, when (open now or not), a tap-to-call button and a map. */
export function buildContactCard(contact: ClinicContact, hours: OfficeHours, now: Date): messagingApi.Message[] {
  const open = isOpen(hours, now);
  const opening = open ? null : nextOpening(hours, now);
  const status = open ? 'ตอนนี้เปิดทำการ' : opening ? `ตอนนี้ปิด เปิดอีกครั้ง${describeOpening(opening)}` : 'ตอนนี้ปิดทำการ';
  const card: messagingApi.FlexBubble = {
    type: 'bubble',
    header: flexBox([flexText(contact.name, { weight: 'bold', color: BRAND_COLOR, size: 'md' })]),
    body: flexBox([
      flexRow('เวลาทำการ', describeOfficeHours(hours)),
      flexText(status, { weight: 'bold', color: open ? '#15803D' : '#B45309' }),
      flexRow('โทร', contact.phone),
      flexRow('ที่อยู่', contact.address),
      flexText(EMERGENCY_LINE, { size: 'xs', color: MUTED_COLOR }),
      ...(contact.sample ? [flexText('(ข้อมูลติดต่อตัวอย่าง รอศูนย์ฯ ยืนยัน)', { size: 'xs', color: MUTED_COLOR })] : []),
    ]),
    footer: flexBox([
      flexButton({ type: 'uri', label: `โทร ${contact.phone}`, uri: `tel:${contact.phone.replace(/[^\d+]/g, '')}` }, 'primary'),
      flexButton(buttonAction(FEATURE_NAMES.talk, POSTBACK_ACTIONS.consultStart, {}, 'ขอคุยกับเจ้าหน้าที่ค่ะ')),
      flexButton({ type: 'uri', label: 'ดูแผนที่', uri: contact.mapUrl }),
    ]),
  };
  return [flexMessage(`ติดต่อ${contact.name} โทร ${contact.phone} ${describeOfficeHours(hours)}`, card, mainFeatureActions())];
}

/** Given at once, before anything else, whatever the person was doing. */
export function buildEmergencyMessages(): messagingApi.Message[] {
  return [
    textMessage(`ถ้าเป็นเหตุฉุกเฉิน โทรทันทีเลยนะคะ\n🚑 1669 เจ็บป่วยฉุกเฉิน\n👮 191 เหตุด่วนเหตุร้าย\n🚒 199 ไฟไหม้ ดับเพลิง`, [
      { type: 'uri', label: 'โทร 1669', uri: 'tel:1669' },
      { type: 'uri', label: 'โทร 191', uri: 'tel:191' },
      { type: 'uri', label: 'โทร 199', uri: 'tel:199' },
    ]),
  ];
}
