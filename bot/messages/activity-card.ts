import type { messagingApi } from '@line/bot-sdk';
import type { ActivityView } from '../../domain/activities/activity-view.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { BRAND_COLOR, MUTED_COLOR, buttonAction, flexBadge, flexBox, flexButton, flexRow, flexText } from './flex.ts';
import { truncate } from './limits.ts';
import { mapUrl } from './case-card.ts';
import { activityWhen } from './activity-when.ts';

export type CardLinks = {
  /** The activity's `.ics` for the phone's calendar; undefined without a public address. */
  calendarUrl?: ((activityId: string) => string) | undefined;
};

export type CardOptions = CardLinks & {
  /** In a reply the person's own registration is known; a multicast offers «ลงทะเบียน» to all. */
  registered?: boolean | undefined;
  /** A mobile-unit visit in the person's sub-district: questions and cases in advance. */
  visitActions?: boolean | undefined;
};

const TYPE_COLORS: Record<ActivityView['type'], string> = {
  training: '#2563EB',
  forum: '#7C3AED',
  meeting: '#4B5563',
  exhibition: '#B45309',
  'mobile-unit': '#0F6E5A',
};

function seatsText(view: ActivityView): string {
  if (!view.registrationOpen) return 'ไม่ต้องลงทะเบียน';
  if (view.seatsLeft === null) return 'ลงทะเบียนได้ ไม่จำกัดที่นั่ง';
  return view.seatsLeft === 0 ? `เต็มแล้ว (${view.capacity} ที่)` : `เหลือ ${view.seatsLeft} จาก ${view.capacity} ที่`;
}

function buttons(view: ActivityView, options: CardOptions): messagingApi.Action[] {
  const id = { a: view.id };
  const actions: messagingApi.Action[] = [];
  if (view.status === 'published' && view.registrationOpen) {
    actions.push(options.registered
      ? buttonAction('ยกเลิกการลงทะเบียน', POSTBACK_ACTIONS.activityUnregister, id, `ยกเลิกการลงทะเบียน ${truncate(view.title, 40)}`)
      : buttonAction('ลงทะเบียน', POSTBACK_ACTIONS.activityRegister, id, `ลงทะเบียน ${truncate(view.title, 40)}`));
  }
  if (options.visitActions && view.status === 'published') {
    actions.push(buttonAction('ส่งคำถามล่วงหน้า', POSTBACK_ACTIONS.activityAsk, id));
    actions.push(buttonAction('แจ้งเรื่องล่วงหน้า', POSTBACK_ACTIONS.activityCase, id));
  }
  if (view.venueLocation) actions.push({ type: 'uri', label: 'ดูแผนที่', uri: mapUrl(view.venueLocation) });
  const calendar = options.calendarUrl?.(view.id);
  if (calendar && view.status !== 'cancelled') actions.push({ type: 'uri', label: 'เพิ่มลงปฏิทิน', uri: calendar });
  return actions;
}

/** One activity as a card: what and when first, then where, for whom and the seats; buttons to act. */
export function activityBubble(view: ActivityView, options: CardOptions = {}): messagingApi.FlexBubble {
  const badges = [flexBadge(view.typeName, TYPE_COLORS[view.type])];
  if (view.status !== 'published') badges.push(flexBadge(view.statusName, '#B91C1C'));
  const body = [
    flexText(activityWhen(view.startAt, view.endAt), { weight: 'bold', size: 'sm' }),
    flexRow('สถานที่', view.venueName),
    flexRow('พื้นที่', view.areaLabel),
    flexRow('หัวข้อ', view.topicName),
    flexRow('ที่นั่ง', seatsText(view)),
  ];
  if (view.description) body.push(flexText(truncate(view.description, 160), { size: 'xs', color: MUTED_COLOR }));
  const bubble: messagingApi.FlexBubble = {
    type: 'bubble',
    size: 'kilo',
    header: flexBox([flexBox(badges, { layout: 'horizontal', spacing: 'xs' }), flexText(truncate(view.title, 80), { weight: 'bold', color: BRAND_COLOR, size: 'md' })]),
    body: flexBox(body),
  };
  const actions = buttons(view, options);
  if (actions.length > 0) bubble.footer = flexBox(actions.map((action, index) => flexButton(action, index === 0 ? 'primary' : 'secondary')));
  return bubble;
}

/** The last card of a full carousel: the rest are on the LIFF list. */
export function moreBubble(count: number, listUrl: string): messagingApi.FlexBubble {
  return {
    type: 'bubble',
    size: 'kilo',
    body: flexBox([flexText(`ยังมีอีก ${count} กิจกรรม`, { weight: 'bold', size: 'md', color: BRAND_COLOR }), flexText('ดูตารางกิจกรรมทั้งหมด ลงทะเบียน และเพิ่มลงปฏิทินได้ในหน้าเดียวค่ะ', { size: 'sm' })], { justifyContent: 'center' }),
    footer: flexBox([flexButton({ type: 'uri', label: 'ดูทั้งหมด', uri: listUrl }, 'primary')]),
  };
}
