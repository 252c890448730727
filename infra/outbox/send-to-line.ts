import type { messagingApi } from '@line/bot-sdk';
import type { OutboxKind } from '../../models/outbox-message.ts';
import type { LineClients } from '../line/line-clients.ts';
import { TimeLimitError, withTimeLimit } from '../workers/time-limit.ts';

export type OutboundRequest = {
  kind: OutboxKind;
  replyToken: string | undefined;
  to: string[];
  messages: messagingApi.Message[];
  retryKey: string;
};

export type SendResult = { lineRequestId: string | undefined };

export class SendTimeoutError extends TimeLimitError {
  override name = 'SendTimeoutError';
}

/** Performs exactly one Messaging API call; retrying is the caller's decision. */
export async function sendToLine(
  clients: LineClients,
  request: OutboundRequest,
  timeoutMs: number,
): Promise<SendResult> {
  const call = callEndpoint(clients.messaging, request);
  const response = await withTimeLimit(call, timeoutMs, `no answer from LINE in ${timeoutMs} ms`).catch((error: unknown) => {
    throw error instanceof TimeLimitError ? new SendTimeoutError(error.message) : error;
  });
  return { lineRequestId: response.httpResponse.headers.get('x-line-request-id') ?? undefined };
}

function callEndpoint(client: messagingApi.MessagingApiClient, request: OutboundRequest) {
  const { messages } = request;
  if (request.kind === 'reply') {
    if (!request.replyToken) throw new Error('reply without a reply token');
    return client.replyMessageWithHttpInfo({ replyToken: request.replyToken, messages });
  }
  if (request.kind === 'push') {
    const to = request.to[0];
    if (!to) throw new Error('push without a recipient');
    return client.pushMessageWithHttpInfo({ to, messages }, request.retryKey);
  }
  return client.multicastWithHttpInfo({ to: request.to, messages }, request.retryKey);
}
