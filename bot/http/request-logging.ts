import { randomUUID } from 'node:crypto';
import { IncomingMessage, type ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from '../../infra/logger.ts';

const BASE_LOGGER = Symbol('base logger');
const CHILD_LOGGER = Symbol('request logger');

declare module 'node:http' {
  interface IncomingMessage {
    id: string;
    /** This request's logger: carries the request id. Made on first use. */
    readonly log: Logger;
    [BASE_LOGGER]?: Logger;
    [CHILD_LOGGER]?: Logger;
  }
}

// One getter on the prototype: a getter defined on each request cost about 4 µs, and turned the
// request object into a slow dictionary for everything that reads it afterwards.
Object.defineProperty(IncomingMessage.prototype, 'log', {
  configurable: true,
  get(this: IncomingMessage): Logger {
    const base = this[BASE_LOGGER];
    if (!base) throw new Error('request logging is not set up for this request');
    return (this[CHILD_LOGGER] ??= base.child({ reqId: this.id }));
  },
});

/** The request's logger, or `fallback` for a request that never went through the tracking below. */
export function loggerOf(req: IncomingMessage, fallback: Logger): Logger {
  return req[BASE_LOGGER] ? req.log : fallback;
}

const VALID_REQUEST_ID = /^[\w.-]{1,128}$/;
const UNLOGGED_PATHS = new Set(['/healthz', '/readyz']);
/**
 * LINE's webhook: one request per event, hundreds a second in a burst, and each event is kept in
 * the inbox anyway; its successes log at debug so the log (and its cost) does not grow with chat.
 */
const QUIET_SUCCESS_PATHS = new Set(['/webhook']);

/**
 * Request ids come from `X-Request-Id` when a proxy set one, otherwise they are made here; the
 * id goes back in the response so a user's report can be matched to a log line. Only method,
 * path and status are logged: bodies and query strings may hold personal data.
 *
 * Written by hand instead of pino-http: that builds two child loggers per request (running the
 * redaction rules over the request each time), a noticeable share of a webhook's cost. Here the
 * child logger is made only when a handler logs, and the completion line only when it is enabled.
 */
export function createRequestLogging(logger: Logger): RequestHandler {
  const track = trackRequests(logger);
  return (req, res, next) => {
    track(req, res);
    next();
  };
}

/** The same for a plain Node handler (the webhook, served without express). */
export function trackRequests(logger: Logger): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && VALID_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const started = performance.now();
    req.id = id;
    req[BASE_LOGGER] = logger;
    res.setHeader('x-request-id', id);
    const path = req.url?.split('?')[0] ?? '';
    if (!UNLOGGED_PATHS.has(path)) res.once('finish', () => logCompletion(logger, { id, method: req.method ?? '', path }, res.statusCode, started));
  };
}

function logCompletion(logger: Logger, req: { id: string; method: string; path: string }, statusCode: number, started: number): void {
  const level = levelFor(statusCode, req.path);
  if (!logger.isLevelEnabled(level)) return;
  const responseTime = Math.round(performance.now() - started);
  logger[level]({ req, res: { statusCode }, responseTime }, 'request completed');
}

function levelFor(statusCode: number, path: string): 'error' | 'warn' | 'info' | 'debug' {
  if (statusCode >= 500) return 'error';
  if (statusCode >= 400) return 'warn';
  return QUIET_SUCCESS_PATHS.has(path) ? 'debug' : 'info';
}
