import type { messagingApi } from '@line/bot-sdk';
import { MAX_ALT_TEXT_LENGTH, MAX_FLEX_BUTTON_LABEL_LENGTH, truncate } from './limits.ts';
import { postbackAction, quickReply } from './quick-reply.ts';
import type { PostbackAction } from '../postback/postback-data.ts';

/** Small builders for flex components, so message files read as layouts rather than JSON. */
export const BRAND_COLOR = '#0F6E5A';
export const MUTED_COLOR = '#6B7280';

type TextOptions = Partial<Pick<messagingApi.FlexText, 'size' | 'weight' | 'color' | 'flex' | 'align' | 'maxLines'>>;

export function flexText(text: string, options: TextOptions = {}): messagingApi.FlexText {
  // Flex text may not be empty; a dash reads as "nothing here".
  return { type: 'text', text: text || '-', wrap: true, size: 'sm', ...options };
}

/** A «label: value» row, the label muted and narrow. */
export function flexRow(label: string, value: string): messagingApi.FlexBox {
  return {
    type: 'box',
    layout: 'baseline',
    spacing: 'sm',
    contents: [flexText(label, { color: MUTED_COLOR, flex: 2, size: 'xs' }), flexText(value, { flex: 5, size: 'sm' })],
  };
}

export function flexBox(contents: messagingApi.FlexComponent[], options: Partial<messagingApi.FlexBox> = {}): messagingApi.FlexBox {
  return { type: 'box', layout: 'vertical', spacing: 'sm', contents, ...options };
}

export function flexButton(action: messagingApi.Action, style: 'primary' | 'secondary' | 'link' = 'secondary'): messagingApi.FlexButton {
  return { type: 'button', style, height: 'sm', action, ...(style === 'primary' ? { color: BRAND_COLOR } : {}) };
}

/** A coloured pill with a status label. */
export function flexBadge(label: string, color: string): messagingApi.FlexBox {
  return {
    type: 'box',
    layout: 'baseline',
    contents: [flexText(label, { color: '#FFFFFF', size: 'xs', weight: 'bold', align: 'center' })],
    backgroundColor: color,
    cornerRadius: 'md',
    paddingAll: 'xs',
    paddingStart: 'md',
    paddingEnd: 'md',
    flex: 0,
  };
}

export function flexMessage(altText: string, contents: messagingApi.FlexContainer, actions?: messagingApi.Action[]): messagingApi.FlexMessage {
  const message: messagingApi.FlexMessage = { type: 'flex', altText: truncate(altText, MAX_ALT_TEXT_LENGTH), contents };
  if (actions && actions.length > 0) message.quickReply = quickReply(actions);
  return message;
}

export function flexCarousel(bubbles: messagingApi.FlexBubble[]): messagingApi.FlexCarousel {
  return { type: 'carousel', contents: bubbles.slice(0, 12) };
}

/** A postback for a flex button, whose label may hold 40 characters instead of a quick reply's 20. */
export function buttonAction(label: string, action: PostbackAction, params: Record<string, string>, displayText = label): messagingApi.PostbackAction {
  return postbackAction(label, action, params, displayText, MAX_FLEX_BUTTON_LABEL_LENGTH);
}
