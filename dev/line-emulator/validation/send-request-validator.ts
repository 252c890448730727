import { isLineUserId } from '../ids.ts';
import { checkArray, checkBoolean, checkObject, checkString, report, type Issues } from './checks.ts';
import { validateMessages } from './message-validator.ts';

export type SendKind = 'reply' | 'push' | 'multicast' | 'broadcast';

const RECIPIENT_PATTERN = /^[UCR][0-9a-f]{32}$/;

/** Validates a send request body the way LINE does and returns every problem found. */
export function validateSendRequest(kind: SendKind, body: unknown): Issues {
  const issues: Issues = [];
  if (!checkObject(issues, body, 'body')) return issues;
  if (kind === 'reply') checkString(issues, body.replyToken, 'replyToken', { max: 1000 });
  if (kind === 'push') validatePushRecipient(issues, body.to);
  if (kind === 'multicast') validateMulticastRecipients(issues, body.to);
  validateMessages(issues, body.messages);
  checkBoolean(issues, body.notificationDisabled, 'notificationDisabled');
  if (body.customAggregationUnits !== undefined) {
    checkArray(issues, body.customAggregationUnits, 'customAggregationUnits', { min: 1, max: 1 });
  }
  return issues;
}

function validatePushRecipient(issues: Issues, to: unknown): void {
  if (!checkString(issues, to, 'to', { max: 33 })) return;
  if (!RECIPIENT_PATTERN.test(to)) report(issues, 'to', 'invalid user, group or room ID');
}

function validateMulticastRecipients(issues: Issues, to: unknown): void {
  const ids = checkArray(issues, to, 'to', { min: 1, max: 500 }) ?? [];
  ids.forEach((id, index) => {
    if (!isLineUserId(id)) report(issues, `to[${index}]`, 'invalid user ID');
  });
}
