import type { IncomingMessage, ServerResponse } from 'node:http';
import { LINE_SIGNATURE_HTTP_HEADER_NAME, validateSignature, type webhook } from '@line/bot-sdk';
import getRawBody from 'raw-body';
import type { Logger } from '../../infra/logger.ts';
import { HTTP_ERRORS, type HttpErrorBody, type Mapped } from '../http/error-handler.ts';
import { createInboxWriter } from '../inbox/inbox-store.ts';
import { checkWebhookBody } from './validate-webhook-body.ts';

export type WebhookOptions = {
  channelSecret: string;
  bodyLimitBytes: number;
  logger: Logger;
  /** Called after events are stored, so this instance's worker starts at once. */
  onStored: (count: number) => void;
};

const INVALID_BODY: Mapped = { status: 400, body: { error: 'invalid_body', message: 'Expected a LINE webhook body: { destination, events: [event objects] }' } };
const STORAGE_UNAVAILABLE: Mapped = { status: 503, body: { error: 'storage_unavailable', message: 'Events could not be stored; please retry' } };
/** Lets an answer reach the client before a connection whose body was left unread is torn down. */
const CLOSE_DELAY_MS = 200;

/**
 * `POST /webhook`, served on Node's HTTP server without express: LINE is its only caller, and it
 * is the hot path (one request per event, thousands a second in a burst), where express's
 * routing and response helpers cost about a fifth of the request. The steps: refuse a declared
 * oversized body unread, read the raw body (the signature covers the exact bytes), verify the
 * signature, parse, check each event against LINE's schema, and store the valid ones durably
 * before the 200. Processing happens later.
 */
export function createWebhookHandler(options: WebhookOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const inbox = createInboxWriter();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req, res, options.bodyLimitBytes);
    if (!body) return;
    const signature = req.headers[LINE_SIGNATURE_HTTP_HEADER_NAME];
    if (typeof signature !== 'string' || !validateSignature(body, options.channelSecret, signature)) return answer(res, HTTP_ERRORS.invalidSignature);
    const parsed = parseJson(body);
    if (parsed === INVALID_JSON) return answer(res, HTTP_ERRORS.invalidJson);
    const checked = checkWebhookBody(parsed);
    if (!checked.valid) {
      req.log.warn({ problems: checked.problems }, 'webhook body is not a LINE webhook');
      return answer(res, INVALID_BODY);
    }
    // Acknowledged but not stored: LINE would redeliver the same bytes, which would fail the same way.
    for (const refused of checked.refused) req.log.warn(refused, 'webhook event refused: not a valid LINE event');
    await store(req, res, checked.events);
  };
  const store = async (req: IncomingMessage, res: ServerResponse, events: webhook.Event[]) => {
    try {
      const result = await inbox.store(events);
      if (result.duplicates > 0) req.log.info({ duplicates: result.duplicates }, 'ignored redelivered events');
      if (result.refused > 0) req.log.warn({ refused: result.refused }, 'the database refused webhook events; acknowledged without storing');
      if (result.stored > 0) options.onStored(result.stored);
      answer(res, { status: 200, body: {} });
    } catch (error) {
      // Not stored means not acknowledged: LINE redelivers (when enabled) instead of losing it.
      req.log.error({ err: error }, 'could not store webhook events');
      answer(res, STORAGE_UNAVAILABLE);
    }
  };
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      req.log.error({ err: error }, 'webhook request failed');
      if (!res.headersSent) answer(res, HTTP_ERRORS.internalError);
    });
  };
}

/**
 * The raw body, or null once an error was answered. raw-body refuses a declared Content-Length
 * over the limit before reading any of it (reading a 100 MB upload just to refuse it would hold
 * the connection); whatever the client still sends is never read, so the connection closes.
 */
async function readBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<Buffer | null> {
  try {
    return await getRawBody(req, { limit, length: req.headers['content-length'] });
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    answerAndClose(req, res, status === 413 ? HTTP_ERRORS.payloadTooLarge : HTTP_ERRORS.badRequest);
    return null;
  }
}

const INVALID_JSON = Symbol('invalid JSON');

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return INVALID_JSON;
  }
}

function answer(res: ServerResponse, { status, body }: { status: number; body: HttpErrorBody | Record<string, never> }): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) }).end(json);
}

function answerAndClose(req: IncomingMessage, res: ServerResponse, mapped: Mapped): void {
  res.setHeader('connection', 'close');
  answer(res, mapped);
  res.once('finish', () => setTimeout(() => req.socket.destroy(), CLOSE_DELAY_MS).unref());
}
