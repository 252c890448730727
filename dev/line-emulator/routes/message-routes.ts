import { Router, type Request, type Response } from 'express';
import type { EmulatorState } from '../emulator-state.ts';
import { isUuid } from '../ids.ts';
import { validateMessages } from '../validation/message-validator.ts';
import { validateSendRequest, type SendKind } from '../validation/send-request-validator.ts';
import type { Issues } from '../validation/checks.ts';
import { faultGate, lineLocals, sendLineError, sendLineJson, sendValidationErrors } from './line-http.ts';

type Body = Record<string, unknown>;
type Messages = Record<string, unknown>[];

export function messageRoutes(state: EmulatorState): Router {
  const router = Router();
  router.post('/v2/bot/message/reply', faultGate(state, 'reply'), (req, res) => reply(state, req, res));
  for (const kind of ['push', 'multicast', 'broadcast'] as const) {
    router.post(`/v2/bot/message/${kind}`, faultGate(state, kind), (req, res) => sendWithRetryKey(state, kind, req, res));
  }
  router.post('/v2/bot/message/validate/:kind', (req, res) => validateOnly(req, res));
  return router;
}

function reply(state: EmulatorState, req: Request, res: Response): void {
  if (req.get('x-line-retry-key') !== undefined) {
    return sendLineError(res, 400, 'X-Line-Retry-Key header is not supported by this endpoint');
  }
  const issues = validateSendRequest('reply', req.body);
  if (issues.length > 0) return sendValidationErrors(res, issues);
  const body = req.body as Body;
  const token = state.replyTokens.consume(body.replyToken as string, state.config.now());
  if (!token.valid) return sendLineError(res, 400, 'Invalid reply token');
  const sentMessages = state.deliver({
    recipients: [token.userId],
    messages: body.messages as Messages,
    via: 'reply',
    requestId: lineLocals(res).requestId,
  });
  sendLineJson(res, 200, { sentMessages });
}

function sendWithRetryKey(state: EmulatorState, kind: Exclude<SendKind, 'reply'>, req: Request, res: Response): void {
  const retryKey = req.get('x-line-retry-key');
  if (retryKey !== undefined && !isUuid(retryKey)) {
    return sendLineError(res, 400, 'The value of the X-Line-Retry-Key header is invalid');
  }
  const accepted = retryKey === undefined ? undefined : state.retryKeys.find(retryKey, state.config.now());
  if (accepted) {
    res.setHeader('x-line-accepted-request-id', accepted.requestId);
    const body = { message: 'The retry key is already accepted' };
    return sendLineJson(res, 409, kind === 'push' ? { ...body, sentMessages: accepted.sentMessages } : body);
  }
  const issues = validateSendRequest(kind, req.body);
  if (issues.length > 0) return sendValidationErrors(res, issues);
  const body = req.body as Body;
  const recipients = resolveRecipients(state, kind, body.to);
  if (recipients === undefined) return sendLineError(res, 400, 'Failed to send messages');
  const messages = body.messages as Messages;
  if (exceedsQuota(state, messages.length * recipients.length)) {
    return sendLineError(res, 429, 'You have reached your monthly limit.');
  }
  const requestId = lineLocals(res).requestId;
  const sentMessages = state.deliver({ recipients, messages, via: kind, requestId, ...(retryKey ? { retryKey } : {}) });
  if (retryKey !== undefined) {
    state.retryKeys.remember(retryKey, { requestId, acceptedAt: state.config.now(), sentMessages });
  }
  sendLineJson(res, 200, kind === 'push' ? { sentMessages } : {});
}

/**
 * Push to an ID the channel has never seen fails like on LINE; multicast silently skips unknown
 * IDs. Blocked users get nothing but the request still succeeds.
 */
function resolveRecipients(state: EmulatorState, kind: Exclude<SendKind, 'reply'>, to: unknown): string[] | undefined {
  const following = (userId: string) => state.users.get(userId)?.following === true;
  if (kind === 'broadcast') return state.users.list().filter((user) => user.following).map((user) => user.userId);
  if (kind === 'multicast') return [...new Set(to as string[])].filter(following);
  const userId = to as string;
  if (!userId.startsWith('U')) return [userId];
  if (!state.users.get(userId)) return undefined;
  return following(userId) ? [userId] : [];
}

function exceedsQuota(state: EmulatorState, charge: number): boolean {
  const quota = state.config.monthlyMessageQuota;
  return quota !== undefined && state.chargedMessages + charge > quota;
}

function validateOnly(req: Request, res: Response): void {
  const issues: Issues = [];
  validateMessages(issues, (req.body as Body | undefined)?.messages);
  if (issues.length > 0) return sendValidationErrors(res, issues);
  sendLineJson(res, 200, {});
}
