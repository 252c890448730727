import type { messagingApi } from '@line/bot-sdk';
import { MAX_ACTION_LABEL_LENGTH, MAX_QUICK_REPLY_ITEMS, MAX_TEXT_LENGTH, truncate, truncateLabel } from './limits.ts';
import { encodePostbackData, type PostbackAction } from '../postback/postback-data.ts';

export function messageAction(label: string, text = label): messagingApi.MessageAction {
  return { type: 'message', label: truncateLabel(label, MAX_ACTION_LABEL_LENGTH), text };
}

export function postbackAction(
  label: string,
  action: PostbackAction,
  params: Record<string, string> = {},
  displayText: string = label,
  labelMax: number = MAX_ACTION_LABEL_LENGTH,
): messagingApi.PostbackAction {
  return {
    type: 'postback',
    label: truncateLabel(label, labelMax),
    data: encodePostbackData(action, params),
    displayText,
  };
}

/** LINE shows at most 13 quick-reply buttons; extra ones are dropped rather than rejected. */
export function quickReply(actions: messagingApi.Action[]): messagingApi.QuickReply {
  return {
    items: actions.slice(0, MAX_QUICK_REPLY_ITEMS).map((action) => ({ type: 'action', action })),
  };
}

export function textMessage(text: string, actions?: messagingApi.Action[]): messagingApi.TextMessage {
  const message: messagingApi.TextMessage = { type: 'text', text: truncate(text, MAX_TEXT_LENGTH) };
  if (actions && actions.length > 0) message.quickReply = quickReply(actions);
  return message;
}
