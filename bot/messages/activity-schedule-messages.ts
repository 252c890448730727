import type { messagingApi } from '@line/bot-sdk';
import type { ActivityView } from '../../domain/activities/activity-view.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { activityBubble, moreBubble, type CardLinks } from './activity-card.ts';
import { flexMessage } from './flex.ts';
import { messageAction, postbackAction, textMessage } from './quick-reply.ts';
import { FEATURE_NAMES as F } from './feature-names.ts';
import { formatThaiMonth } from '../../domain/time/thai-time.ts';

/** A carousel holds 12 cards; with more, 11 and a «ดูทั้งหมด» card to the LIFF list. */
const MAX_CARDS = 12;

export type ScheduleOptions = CardLinks & {
  /** The LIFF list of all activities; without it a long schedule is cut at 12 cards. */
  listUrl?: string | undefined;
  registeredIds?: ReadonlySet<string>;
  visitIds?: ReadonlySet<string>;
};

function carousel(views: ActivityView[], altText: string, options: ScheduleOptions, actions?: messagingApi.Action[]): messagingApi.FlexMessage {
  const overflow = views.length > MAX_CARDS && options.listUrl !== undefined;
  const shown = overflow ? views.slice(0, MAX_CARDS - 1) : views.slice(0, MAX_CARDS);
  const bubbles = shown.map((view) => activityBubble(view, { ...options, registered: options.registeredIds?.has(view.id), visitActions: options.visitIds?.has(view.id) }));
  if (overflow) bubbles.push(moreBubble(views.length - shown.length, options.listUrl!));
  return flexMessage(altText, { type: 'carousel', contents: bubbles }, actions);
}

/** The monthly push: one carousel of what a segment is to be told of next month. */
export function buildMonthlySchedule(month: string, views: ActivityView[], options: ScheduleOptions): messagingApi.Message[] {
  if (views.length === 0) return [];
  const titles = views.slice(0, 3).map((view) => view.title).join(', ');
  return [carousel(views, `ตารางกิจกรรม ${formatThaiMonth(month)}: ${views.length} กิจกรรม เช่น ${titles}`, options)];
}

/** «ตารางกิจกรรม» in chat: this month's and next month's activities near the person. */
export function buildScheduleReply(months: string[], views: ActivityView[], options: ScheduleOptions & { placeName: string | null }): messagingApi.Message[] {
  const span = months.map(formatThaiMonth).join(' และ ');
  const where = options.placeName ? `ใกล้${options.placeName}` : 'ทั้งจังหวัด';
  const news = postbackAction(F.news, POSTBACK_ACTIONS.newsStart, {}, 'รับข่าวกิจกรรม');
  if (views.length === 0) {
    return [textMessage(`ตารางกิจกรรม${span}: ยังไม่มีกิจกรรม${where}ค่ะ\nกด «รับข่าวกิจกรรม» เพื่อรับข่าวเมื่อมีกิจกรรมใหม่`, [news, messageAction(F.menu)])];
  }
  const hint = options.placeName ? '' : '\nยังไม่ทราบพื้นที่ของคุณ จึงแสดงทั้งจังหวัด: กด «รับข่าวกิจกรรม» เพื่อเลือกอำเภอ/ตำบล';
  return [
    textMessage(`ตารางกิจกรรม${span} ${where} ${views.length} กิจกรรมค่ะ${hint}`),
    carousel(views, `ตารางกิจกรรม${span}: ${views.length} กิจกรรม`, options, [news, messageAction(F.menu)]),
  ];
}
