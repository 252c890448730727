import type { messagingApi } from '@line/bot-sdk';
import type { CaseView } from '../../domain/cases/case-view.ts';
import { PRIORITY_LABELS } from '../../domain/cases/case-statuses.ts';
import { formatThaiDate } from '../../domain/time/thai-time.ts';
import { BRAND_COLOR, flexBadge, flexBox, flexButton, flexRow, flexText } from './flex.ts';
import { truncate } from './limits.ts';

export type PhotoUrl = (photoId: string) => string | undefined;

/** Where it is, in words: «ต.ท่าพี่เลี้ยง อ.เมืองสุพรรณบุรี», or the address LINE gave. */
export function placeText(view: Pick<CaseView, 'area' | 'location'>): string {
  if (view.area) return `ต.${view.area.subdistrictName} อ.${view.area.districtName}`;
  return view.location?.address ?? 'ไม่ระบุพื้นที่';
}

export function mapUrl(location: { latitude: number; longitude: number }): string {
  return `https://www.google.com/maps/search/?api=1&query=${location.latitude},${location.longitude}`;
}

/**
 * One case as a card: ticket and status first, then what, where, who and by when; the caller
 * chooses the buttons (officer actions, villager actions, none).
 */
export function caseBubble(
  view: CaseView,
  options: { photoUrl?: PhotoUrl | undefined; buttons?: messagingApi.Action[]; title?: string; extra?: messagingApi.FlexComponent[]; othersCase?: boolean },
): messagingApi.FlexBubble {
  // Someone else's case (offered as a likely duplicate) shows what and where, never their words or photos.
  const hero = view.photoIds[0] && !options.othersCase ? options.photoUrl?.(view.photoIds[0]) : undefined;
  const rows = [
    flexRow('เรื่อง', view.categoryName),
    flexRow('พื้นที่', placeText(view)),
    flexRow('ผู้รับผิดชอบ', view.assignee && !options.othersCase ? `${view.officeName} (${view.assignee.name})` : view.officeName),
    flexRow('กำหนดเสร็จ', `${formatThaiDate(new Date(view.dueAt))}${view.overdue ? ' (เกินกำหนด)' : ''}`),
  ];
  if (view.priority !== 'normal') rows.push(flexRow('ความเร่งด่วน', PRIORITY_LABELS[view.priority]));
  const bubble: messagingApi.FlexBubble = {
    type: 'bubble',
    size: 'kilo',
    header: flexBox([
      flexText(options.title ?? view.ticket, { weight: 'bold', color: BRAND_COLOR, size: 'md' }),
      flexBox([flexBadge(view.statusLabel, view.statusColor)], { layout: 'horizontal' }),
    ]),
    body: flexBox([...(options.othersCase ? [] : [flexText(truncate(view.description, 300), { size: 'sm' })]), ...rows, ...(options.extra ?? [])], { spacing: 'sm' }),
  };
  if (hero) bubble.hero = { type: 'image', url: hero, size: 'full', aspectRatio: '20:13', aspectMode: 'cover' };
  const buttons = [...(options.buttons ?? [])];
  if (view.location) buttons.push({ type: 'uri', label: 'ดูแผนที่', uri: mapUrl(view.location) });
  if (buttons.length > 0) bubble.footer = flexBox(buttons.map((action, index) => flexButton(action, index === 0 ? 'primary' : 'secondary')));
  return bubble;
}

/** The last few steps of the audit trail, for the villager's «ติดตามเรื่อง». */
export function timelineBox(steps: { at: string; label: string }[]): messagingApi.FlexBox {
  return flexBox(
    steps.map((step) => flexRow(formatThaiDate(new Date(step.at)), step.label)),
    { spacing: 'xs', paddingTop: 'md', borderColor: '#E5E7EB', borderWidth: 'light', cornerRadius: 'md', paddingAll: 'sm' },
  );
}

