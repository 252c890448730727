import type { OutboxKind } from '../../models/outbox-message.ts';
import type { LineClients } from '../line/line-clients.ts';
import type { LineSendCall } from '../line/line-send-client.ts';
import { TimeLimitError } from '../workers/time-limit.ts';

export type OutboundRequest = {
  kind: OutboxKind;
  replyToken: string | undefined;
  to: string[];
  /** The messages as JSON text (models/outbox-message.ts: messagesJsonOf), spliced into the body unparsed. */
  messagesJson: string;
  retryKey: string;
};

export type SendResult = { lineRequestId: string | undefined };

export class SendTimeoutError extends TimeLimitError {
  override name = 'SendTimeoutError';
}

/** Performs exactly one Messaging API call; retrying is the caller's decision. */
export async function sendToLine(clients: LineClients, request: OutboundRequest, timeoutMs: number): Promise<SendResult> {
  const call = { ...endpointCall(request), timeoutMs };
  const answer = await clients.send.post(call).catch((error: unknown) => {
    throw error instanceof TimeLimitError ? new SendTimeoutError(error.message) : error;
  });
  return { lineRequestId: answer.requestId };
}

function endpointCall(request: OutboundRequest): Omit<LineSendCall, 'timeoutMs'> {
  const body = (fields: Record<string, unknown>) => withMessages(fields, request.messagesJson);
  if (request.kind === 'reply') {
    if (!request.replyToken) throw new Error('reply without a reply token');
    return { path: '/v2/bot/message/reply', body: body({ replyToken: request.replyToken }), retryKey: undefined };
  }
  if (request.kind === 'push') {
    const to = request.to[0];
    if (!to) throw new Error('push without a recipient');
    return { path: '/v2/bot/message/push', body: body({ to }), retryKey: request.retryKey };
  }
  return { path: '/v2/bot/message/multicast', body: body({ to: request.to }), retryKey: request.retryKey };
}

/** `{...fields, "messages": <messagesJson>}` as JSON text; `fields` is never empty. */
function withMessages(fields: Record<string, unknown>, messagesJson: string): string {
  return `${JSON.stringify(fields).slice(0, -1)},"messages":${messagesJson}}`;
}
