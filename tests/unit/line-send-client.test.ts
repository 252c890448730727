import { HTTPFetchError } from '@line/bot-sdk';
import { once } from 'node:events';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createLineSendClient, type LineSendCall } from '../../infra/line/line-send-client.ts';
import { TimeLimitError } from '../../infra/workers/time-limit.ts';

type Seen = { method: string; path: string; headers: http.IncomingHttpHeaders; body: string; socket: unknown };
type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** A real HTTP server standing in for LINE: what went over the wire, and which connection it used. */
async function fakeLine(handler: Handler): Promise<{ url: string; seen: Seen[]; closedRequests: () => number }> {
  const seen: Seen[] = [];
  let closed = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      seen.push({ method: request.method!, path: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), socket: request.socket });
      handler(request, response);
    });
    response.on('close', () => {
      if (!response.writableFinished) closed += 1;
    });
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, closedRequests: () => closed };
}

const json = (status: number, body: unknown, headers: Record<string, string | string[]> = {}): Handler => (_request, response) => {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
};

const push = (overrides: Partial<LineSendCall> = {}): LineSendCall => ({
  path: '/v2/bot/message/push',
  body: JSON.stringify({ to: 'U1', messages: [{ type: 'text', text: 'เรื่องของคุณได้รับแล้วค่ะ 🙏' }] }),
  retryKey: '123e4567-e89b-12d3-a456-426614174000',
  timeoutMs: 2_000,
  ...overrides,
});

describe('LINE send client', () => {
  it('when it posts, then LINE gets the token, the retry key and the exact UTF-8 body, and the request id comes back', async () => {
    const line = await fakeLine(json(200, { sentMessages: [] }, { 'x-line-request-id': 'req-1' }));
    const client = createLineSendClient({ baseURL: line.url, channelAccessToken: 'token-1' });

    const answer = await client.post(push());

    expect(answer).toEqual({ requestId: 'req-1' });
    const [request] = line.seen;
    expect(request).toMatchObject({ method: 'POST', path: '/v2/bot/message/push' });
    expect(request!.headers).toMatchObject({ authorization: 'Bearer token-1', 'content-type': 'application/json', 'x-line-retry-key': push().retryKey });
    expect(Number(request!.headers['content-length'])).toBe(Buffer.byteLength(request!.body));
    expect(request!.body).toBe(push().body);
  });

  it('when a call has no retry key (a reply), then no X-Line-Retry-Key header is sent', async () => {
    const line = await fakeLine(json(200, {}));
    const client = createLineSendClient({ baseURL: line.url, channelAccessToken: 't' });

    await client.post(push({ path: '/v2/bot/message/reply', retryKey: undefined }));

    expect(line.seen[0]!.headers['x-line-retry-key']).toBeUndefined();
  });

  it('when calls follow one another, then they share one kept-alive connection', async () => {
    const line = await fakeLine(json(200, {}));
    const client = createLineSendClient({ baseURL: line.url, channelAccessToken: 't' });

    for (let call = 0; call < 5; call += 1) await client.post(push());

    expect(new Set(line.seen.map((request) => request.socket)).size).toBe(1);
  });

  it('when LINE refuses, then it is the SDK’s HTTPFetchError with status, every header and the body', async () => {
    const line = await fakeLine(json(429, { message: 'Too Many Requests' }, { 'retry-after': '7', 'set-cookie': ['a=1', 'b=2'] }));
    const client = createLineSendClient({ baseURL: line.url, channelAccessToken: 't' });

    const error = await client.post(push()).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(HTTPFetchError);
    const refused = error as HTTPFetchError;
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('7');
    expect(refused.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(JSON.parse(refused.body)).toEqual({ message: 'Too Many Requests' });
  });

  it('when LINE does not answer in time, then the request is cut off and fails with TimeLimitError', async () => {
    const line = await fakeLine(() => undefined);
    const client = createLineSendClient({ baseURL: line.url, channelAccessToken: 't' });
    const started = Date.now();

    await expect(client.post(push({ timeoutMs: 100 }))).rejects.toBeInstanceOf(TimeLimitError);

    expect(Date.now() - started).toBeLessThan(1_000);
    await expect.poll(line.closedRequests).toBe(1);
  });

  it('when the answer is cut mid-body or is far too big, then the call fails instead of hanging or filling memory', async () => {
    const cut = await fakeLine((_request, response) => {
      response.writeHead(200, { 'content-length': '100' });
      response.write('{"sent');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const huge = await fakeLine((_request, response) => {
      response.writeHead(200);
      response.end(Buffer.alloc(2 * 1024 * 1024, 'a'));
    });

    await expect(createLineSendClient({ baseURL: cut.url, channelAccessToken: 't' }).post(push())).rejects.toThrow();
    await expect(createLineSendClient({ baseURL: huge.url, channelAccessToken: 't' }).post(push())).rejects.toThrow(/over/);
  });

  it('when nothing listens, then the connection error comes back (the outbox retries it)', async () => {
    const line = await fakeLine(json(200, {}));
    servers.pop()!.close();
    await new Promise((resolve) => setTimeout(resolve, 20));

    await expect(createLineSendClient({ baseURL: line.url, channelAccessToken: 't' }).post(push())).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
