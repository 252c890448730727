import type { messagingApi } from '@line/bot-sdk';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLineClients } from '../../infra/line/line-clients.ts';
import { decideAfterFailure } from '../../infra/outbox/retry-policy.ts';
import { toSendFailure, type SendFailure } from '../../infra/outbox/send-failure.ts';
import { SendTimeoutError, sendToLine, type OutboundRequest } from '../../infra/outbox/send-to-line.ts';

const API = 'https://api.line.me';
const DATA_API = 'https://api-data.line.me';
const TOKEN = 'test-channel-access-token';
const RETRY_KEY = '123e4567-e89b-12d3-a456-426614174000';
const TIMEOUT_MS = 2_000;

const clients = createLineClients({ channelAccessToken: TOKEN, apiBaseUrl: API, dataApiBaseUrl: DATA_API });
const messages: messagingApi.Message[] = [{ type: 'text', text: 'สวัสดีค่ะ เรื่องของคุณได้รับแล้วค่ะ' }];

type SeenRequest = { path: string; retryKey: string | null; authorization: string | null; body: unknown };

/** Records what actually went over the wire, so tests assert on it rather than on nock matching alone. */
function recordRequests(scope: nock.Scope): SeenRequest[] {
  const seen: SeenRequest[] = [];
  scope.on('request', (request: Request, _interceptor: unknown, body: string) => {
    seen.push({
      path: new URL(request.url).pathname,
      retryKey: request.headers.get('x-line-retry-key'),
      authorization: request.headers.get('authorization'),
      body: JSON.parse(body),
    });
  });
  return seen;
}

function pushRequest(overrides: Partial<OutboundRequest> = {}): OutboundRequest {
  return { kind: 'push', replyToken: undefined, to: ['U1234567890abcdef1234567890abcdef'], messagesJson: JSON.stringify(messages), retryKey: RETRY_KEY, ...overrides };
}

async function failureOf(sending: Promise<unknown>): Promise<SendFailure> {
  return sending.then(
    () => {
      throw new Error('expected the send to fail');
    },
    (error: unknown) => toSendFailure(error),
  );
}

function decide(failure: SendFailure, kind: OutboundRequest['kind'] = 'push') {
  return decideAfterFailure({ kind, failure, attempts: 1, now: 0, giveUpAt: 3_600_000, replyOutcomeUnknown: false, random: () => 0 });
}

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => {
  nock.abortPendingRequests();
  nock.cleanAll();
});
afterAll(() => nock.enableNetConnect());

describe('sendToLine requests', () => {
  it('when pushing, then it sends X-Line-Retry-Key, the exact body, and returns x-line-request-id', async () => {
    const request = pushRequest();
    const scope = nock(API)
      .post('/v2/bot/message/push')
      .reply(200, { sentMessages: [{ id: '1', quoteToken: 'q' }] }, { 'x-line-request-id': 'req-push-1' });
    const seen = recordRequests(scope);

    const result = await sendToLine(clients, request, TIMEOUT_MS);

    expect(result).toEqual({ lineRequestId: 'req-push-1' });
    expect(seen).toEqual([
      { path: '/v2/bot/message/push', retryKey: RETRY_KEY, authorization: `Bearer ${TOKEN}`, body: { to: request.to[0], messages } },
    ]);
    scope.done();
  });

  it('when replying, then it sends the reply token and no retry key', async () => {
    const scope = nock(API).post('/v2/bot/message/reply').reply(200, { sentMessages: [] });
    const seen = recordRequests(scope);

    await sendToLine(clients, pushRequest({ kind: 'reply', replyToken: 'reply-token-1', to: [] }), TIMEOUT_MS);

    expect(seen).toEqual([
      {
        path: '/v2/bot/message/reply',
        retryKey: null,
        authorization: `Bearer ${TOKEN}`,
        body: { replyToken: 'reply-token-1', messages },
      },
    ]);
    scope.done();
  });

  it('when multicasting, then it sends the recipient list and the retry key', async () => {
    const to = ['Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'Ubbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'Ucccccccccccccccccccccccccccccccc'];
    const scope = nock(API).post('/v2/bot/message/multicast').reply(200, {});
    const seen = recordRequests(scope);

    const result = await sendToLine(clients, pushRequest({ kind: 'multicast', to }), TIMEOUT_MS);

    expect(result).toEqual({ lineRequestId: undefined });
    expect(seen).toEqual([
      { path: '/v2/bot/message/multicast', retryKey: RETRY_KEY, authorization: `Bearer ${TOKEN}`, body: { to, messages } },
    ]);
    scope.done();
  });

  it('when a reply has no reply token, then it fails without calling LINE', async () => {
    await expect(sendToLine(clients, pushRequest({ kind: 'reply' }), TIMEOUT_MS)).rejects.toThrow(/reply token/);
  });

  it('when a push has no recipient, then it fails without calling LINE', async () => {
    await expect(sendToLine(clients, pushRequest({ to: [] }), TIMEOUT_MS)).rejects.toThrow(/recipient/);
  });
});

describe('sendToLine failures through the retry policy', () => {
  it('when LINE answers 429 with Retry-After: 7, then the retry waits at least 7 s', async () => {
    nock(API)
      .post('/v2/bot/message/push')
      .reply(429, { message: 'Too Many Requests' }, { 'retry-after': '7', 'x-line-request-id': 'req-429' });

    const failure = await failureOf(sendToLine(clients, pushRequest(), TIMEOUT_MS));

    expect(failure).toMatchObject({ status: 429, retryAfterSeconds: 7, lineRequestId: 'req-429' });
    const decision = decide(failure);
    expect(decision.action).toBe('retry');
    if (decision.action === 'retry') expect(decision.delayMs).toBeGreaterThanOrEqual(7_000);
  });

  it('when LINE answers 409 with x-line-accepted-request-id, then the message counts as sent', async () => {
    nock(API)
      .post('/v2/bot/message/push')
      .reply(409, { message: 'The retry key is already accepted' }, { 'x-line-accepted-request-id': 'accepted-abc' });

    const failure = await failureOf(sendToLine(clients, pushRequest(), TIMEOUT_MS));

    expect(failure).toMatchObject({ status: 409, acceptedRequestId: 'accepted-abc' });
    expect(decide(failure)).toEqual({ action: 'sent', note: expect.stringContaining('accepted-abc') });
  });

  it('when LINE answers 500 and then 200, then both attempts carry the same retry key', async () => {
    const scope = nock(API)
      .post('/v2/bot/message/push')
      .reply(500, { message: 'An error occurred' })
      .post('/v2/bot/message/push')
      .reply(200, { sentMessages: [] }, { 'x-line-request-id': 'req-second' });
    const seen = recordRequests(scope);
    const request = pushRequest();

    const failure = await failureOf(sendToLine(clients, request, TIMEOUT_MS));
    expect(decide(failure).action).toBe('retry');
    const result = await sendToLine(clients, request, TIMEOUT_MS);

    expect(result.lineRequestId).toBe('req-second');
    expect(seen.map((entry) => entry.retryKey)).toEqual([RETRY_KEY, RETRY_KEY]);
    expect(seen[0]?.body).toEqual(seen[1]?.body);
    scope.done();
  });

  it('when LINE answers 400 with a validation error, then the entry is dead with the body as reason', async () => {
    const errorBody = {
      message: 'The request body has 1 error(s)',
      details: [{ message: 'Length must be between 0 and 5000', property: 'messages[0].text' }],
    };
    nock(API).post('/v2/bot/message/push').reply(400, errorBody);

    const failure = await failureOf(sendToLine(clients, pushRequest(), TIMEOUT_MS));

    expect(failure.status).toBe(400);
    expect(JSON.parse(failure.body)).toEqual(errorBody);
    const decision = decide(failure);
    expect(decision.action).toBe('dead');
    if (decision.action === 'dead') {
      expect(decision.reason).toContain('The request body has 1 error(s)');
      expect(decision.reason).toContain('messages[0].text');
    }
  });

  it('when LINE does not answer within the timeout, then it is a SendTimeoutError that gets retried', async () => {
    nock(API).post('/v2/bot/message/push').delay(1_000).reply(200, {});

    const sending = sendToLine(clients, pushRequest(), 50);
    await expect(sending).rejects.toBeInstanceOf(SendTimeoutError);

    const failure = await failureOf(sending);
    expect(failure.status).toBeUndefined();
    expect(decide(failure).action).toBe('retry');
  });
});
