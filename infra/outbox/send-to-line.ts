import type { messagingApi } from '@line/bot-sdk';
import type { OutboxKind } from '../../models/outbox-message.ts';
import type { LineClients } from '../line/line-clients.ts';

export type OutboundRequest = {
  kind: OutboxKind;
  replyToken: string | undefined;
  to: string[];
  messages: messagingApi.Message[];
  retryKey: string;
};

export type SendResult = { lineRequestId: string | undefined };

export class SendTimeoutError extends Error {
  override name = 'SendTimeoutError';
}

/** Performs exactly one Messaging API call; retrying is the caller's decision. */
export async function sendToLine(
  clients: LineClients,
  request: OutboundRequest,
  timeoutMs: number,
): Promise<SendResult> {
  const call = callEndpoint(clients.messaging, request);
  const response = await withTimeout(call, timeoutMs);
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

function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SendTimeoutError(`no answer from LINE in ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
