import { HTTPFetchError } from '@line/bot-sdk';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { readLimited } from '../read-limited.ts';
import { TimeLimitError } from '../workers/time-limit.ts';

export type LineSendPath = '/v2/bot/message/reply' | '/v2/bot/message/push' | '/v2/bot/message/multicast' | '/v2/bot/chat/loading/start';

export type LineSendCall = {
  path: LineSendPath;
  /** The request body, JSON text: an outbox entry keeps its messages as the very text LINE is sent. */
  body: string;
  /** X-Line-Retry-Key (push and multicast; LINE refuses it on a reply). */
  retryKey: string | undefined;
  /** The request is cut off (and fails with a TimeLimitError) when LINE has not answered by then. */
  timeoutMs: number;
};

/** A 2xx answer: LINE's x-line-request-id is all the outbox keeps of it. */
export type LineSendAnswer = { requestId: string | undefined };

/** Idle kept-alive connections do not hold the process open (Node unrefs them), so there is no close. */
export type LineSendClient = { post(call: LineSendCall): Promise<LineSendAnswer> };

/** LINE's answers to a send are a few hundred bytes; anything this big is not LINE. */
const MAX_ANSWER_BYTES = 1024 * 1024;
/** Well above the outbox sender's 32 concurrent sends, so it never queues behind this pool. */
const MAX_SOCKETS = 64;

/**
 * The Messaging API calls made for every answer (reply, push, multicast, and the loading
 * animation), over Node's http client with kept-alive connections. The SDK's client goes through
 * Node's fetch, which costs several times the CPU per call of a plain http request
 * (bench/line-send.ts), and these calls come once per answer. Failures come out exactly as the
 * SDK's do (HTTPFetchError with status, headers and body), so the retry policy reads both alike.
 */
export function createLineSendClient(options: { baseURL: string; channelAccessToken: string }): LineSendClient {
  const base = new URL(options.baseURL);
  const transport = base.protocol === 'https:' ? https : http;
  const agent = new transport.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS });
  const authorization = `Bearer ${options.channelAccessToken}`;
  return {
    post: (call) => {
      const payload = Buffer.from(call.body);
      const headers: http.OutgoingHttpHeaders = { authorization, 'content-type': 'application/json', 'content-length': payload.length };
      if (call.retryKey) headers['x-line-retry-key'] = call.retryKey;
      return new Promise((resolve, reject) => {
        const request = transport.request(new URL(call.path, base), { method: 'POST', agent, headers }, (response) => {
          readLimited(response, MAX_ANSWER_BYTES, () => new Error(`LINE's answer is over ${MAX_ANSWER_BYTES} bytes`))
            .then((body) => answerOf(response, body.toString('utf8')))
            .then(resolve, reject);
        });
        const timer = setTimeout(() => request.destroy(new TimeLimitError(`no answer from LINE in ${call.timeoutMs} ms`)), call.timeoutMs);
        request.once('close', () => clearTimeout(timer));
        request.once('error', reject);
        request.end(payload);
      });
    },
  };
}

function answerOf(response: IncomingMessage, body: string): LineSendAnswer {
  const status = response.statusCode ?? 0;
  if (status >= 200 && status < 300) return { requestId: headerValue(response, 'x-line-request-id') };
  const statusText = response.statusMessage ?? '';
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    for (const one of [value ?? []].flat()) headers.append(name, one);
  }
  throw new HTTPFetchError(`${status} - ${statusText}`, { status, statusText, headers, body });
}

function headerValue(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
