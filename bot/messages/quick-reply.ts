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
    items: distinctLabels(actions.slice(0, MAX_QUICK_REPLY_ITEMS)).map((action) => ({ type: 'action', action })),
  };
}

/**
 * Two buttons must never read the same: labels cut to 20 characters (องค์การบริหารส่วนตำ…) show the
 * end of their full text instead (…ตำบลเขาดิน), and are numbered if even that is not enough.
 */
export function distinctLabels(actions: messagingApi.Action[]): messagingApi.Action[] {
  // «1. ลงทะเบียนขอรับ…» and «2. ลงทะเบียนขอรับ…» differ only by their number: that is a clash too.
  const seen = (list: messagingApi.Action[]) => list.map((action) => (action.label ?? '').replace(NUMBERED, ''));
  const clashes = (list: messagingApi.Action[]) => seen(list).map((label, index, labels) => label !== '' && labels.indexOf(label) !== labels.lastIndexOf(label));
  if (!clashes(actions).some(Boolean)) return actions;
  const numberOf = (action: messagingApi.Action) => NUMBERED.exec(action.label ?? '')?.[0] ?? '';
  const byTail = actions.map((action, index) =>
    clashes(actions)[index] ? { ...action, label: tailLabel(`${numberOf(action)}${fullTextOf(action).replace(NUMBERED, '')}`) } : action,
  );
  if (!clashes(byTail).some(Boolean)) return byTail;
  return byTail.map((action, index) => (clashes(byTail)[index] ? { ...action, label: truncateLabel(`${index + 1}. ${fullTextOf(action)}`, MAX_ACTION_LABEL_LENGTH) } : action));
}

function fullTextOf(action: messagingApi.Action): string {
  const { displayText, text } = action as { displayText?: string; text?: string };
  return displayText ?? text ?? action.label ?? '';
}

const wordsOf = new Intl.Segmenter('th', { granularity: 'word' });

const NUMBERED = /^\d+\.\s*/;

/** The end of a long text as a label, its number kept in front: «2. …เบี้ยความพิการ». */
function tailLabel(text: string): string {
  if (text.length <= MAX_ACTION_LABEL_LENGTH) return text;
  const number = NUMBERED.exec(text)?.[0] ?? '';
  const words = [...wordsOf.segment(text.slice(number.length))].map((part) => part.segment);
  let tail = '';
  while (words.length > 0 && number.length + tail.length + words.at(-1)!.length <= MAX_ACTION_LABEL_LENGTH - 1) tail = `${words.pop()}${tail}`;
  return `${number}…${tail.trimStart()}`;
}

export function textMessage(text: string, actions?: messagingApi.Action[]): messagingApi.TextMessage {
  const message: messagingApi.TextMessage = { type: 'text', text: truncate(text, MAX_TEXT_LENGTH) };
  if (actions && actions.length > 0) message.quickReply = quickReply(actions);
  return message;
}
