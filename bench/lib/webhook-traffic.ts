import { randomBytes } from 'node:crypto';
import { monotonicFactory } from 'ulid';
import type { Request } from 'autocannon';
import { signWebhookBody } from '../../dev/line-emulator/sign-webhook-body.ts';

/** What villagers typically send: a menu command, greetings and questions the bot answers with its fallback. */
const MESSAGE_TEXTS = [
  'เมนู',
  'สวัสดีค่ะ',
  'Clinic Center ของ อบจ. คืออะไรคะ',
  'สำนักงานศูนย์เปิดกี่โมงถึงกี่โมงคะ',
  'จะแจ้งปัญหาในหมู่บ้านผ่านไลน์ทำยังไงครับ',
  'เรื่องที่แจ้งไว้เมื่อวานถึงไหนแล้วครับ',
] as const;

const DESTINATION = `U${'0'.repeat(32)}`;

export type TrafficSource = {
  channelSecret: string;
  userIds: readonly string[];
  /** Tokens the emulator issued, so the bot's replies are accepted: token k belongs to `userForRequest(userIds, k)`. */
  replyTokens: readonly string[];
};

/** Request k comes from this user; reply tokens are issued by the same rule so each matches its sender. */
export function userForRequest(userIds: readonly string[], k: number): string {
  return userIds[k % userIds.length] ?? DESTINATION;
}

export type TrafficStats = {
  built: number;
  replyTokensMissing: number;
  /** webhookEventIds the server answered 2xx: each must be in the inbox afterwards. */
  acceptedEventIds: string[];
};

/** autocannon keeps one context per connection; with no pipelining it ties a response to its request. */
type ConnectionContext = { eventId?: string };

/** Builds one text-message webhook body per call, each with its own webhookEventId and reply token. */
export function createWebhookTraffic(source: TrafficSource) {
  const nextEventId = monotonicFactory();
  const stats: TrafficStats = { built: 0, replyTokensMissing: 0, acceptedEventIds: [] };

  const nextReplyToken = (): string => {
    const issued = source.replyTokens[stats.built];
    if (issued) return issued;
    stats.replyTokensMissing++;
    return randomBytes(16).toString('hex');
  };

  const nextBody = (eventId: string): string => {
    const index = stats.built;
    const userId = userForRequest(source.userIds, index);
    const text = MESSAGE_TEXTS[index % MESSAGE_TEXTS.length] ?? 'เมนู';
    const now = Date.now();
    const event = {
      type: 'message',
      mode: 'active',
      timestamp: now,
      webhookEventId: eventId,
      deliveryContext: { isRedelivery: false },
      source: { type: 'user', userId },
      replyToken: nextReplyToken(),
      message: { type: 'text', id: String(now) + String(index), quoteToken: randomBytes(8).toString('hex'), text },
    };
    stats.built++;
    return JSON.stringify({ destination: DESTINATION, events: [event] });
  };

  /** autocannon `setupRequest`: the signature covers exactly the bytes that are sent. */
  const setupRequest = (request: Request, context: object): Request => {
    const eventId = nextEventId();
    (context as ConnectionContext).eventId = eventId;
    const body = Buffer.from(nextBody(eventId));
    return {
      ...request,
      method: 'POST',
      path: '/webhook',
      body,
      headers: {
        ...request.headers,
        'content-type': 'application/json',
        'x-line-signature': signWebhookBody(source.channelSecret, body),
      },
    };
  };

  const onResponse = (status: number, _body: string, context: object): void => {
    const { eventId } = context as ConnectionContext;
    if (status >= 200 && status < 300 && eventId) stats.acceptedEventIds.push(eventId);
  };

  return { setupRequest, onResponse, stats };
}
