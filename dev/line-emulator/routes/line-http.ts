import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import type { EmulatorState } from '../emulator-state.ts';
import { newRequestId } from '../ids.ts';
import type { FaultEndpoint, FaultSpec } from '../types.ts';
import type { ValidationDetail } from '../validation/checks.ts';

interface LineLocals {
  requestId: string;
  endpoint?: string;
  responseBody?: unknown;
  pendingFault?: FaultSpec;
}

export function lineLocals(res: Response): LineLocals {
  return res.locals as LineLocals;
}

const FAULT_MESSAGES: Record<number, string> = {
  429: 'The API rate limit has been exceeded. Try again later.',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** Sends JSON, unless an "after accept" fault is pending: then the work is done but the caller sees the fault. */
export function sendLineJson(res: Response, status: number, body: unknown): void {
  const fault = lineLocals(res).pendingFault;
  if (fault?.status !== undefined && status < 300) {
    sendFault(res, fault);
    return;
  }
  lineLocals(res).responseBody = body;
  res.status(status).json(body);
}

export function sendLineError(res: Response, status: number, message: string, details?: ValidationDetail[]): void {
  sendLineJson(res, status, details && details.length > 0 ? { message, details } : { message });
}

export function sendValidationErrors(res: Response, details: ValidationDetail[]): void {
  sendLineError(res, 400, `The request body has ${details.length} error(s)`, details);
}

function sendFault(res: Response, fault: FaultSpec): void {
  const status = fault.status ?? 500;
  if (fault.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(fault.retryAfterSeconds));
  const body = { message: fault.message ?? FAULT_MESSAGES[status] ?? 'Error' };
  lineLocals(res).responseBody = body;
  res.status(status).json(body);
}

export const assignRequestId: RequestHandler = (_req, res, next) => {
  const requestId = newRequestId();
  lineLocals(res).requestId = requestId;
  res.setHeader('x-line-request-id', requestId);
  next();
};

export function logRequests(state: EmulatorState): RequestHandler {
  return (req, res, next) => {
    res.on('finish', () => {
      const retryKey = req.get('x-line-retry-key');
      const entry = {
        requestId: lineLocals(res).requestId,
        at: state.config.now(),
        method: req.method,
        path: req.path,
        endpoint: lineLocals(res).endpoint ?? req.path,
        ...(retryKey === undefined ? {} : { retryKey }),
        status: res.statusCode,
        requestBody: Buffer.isBuffer(req.body) ? `<${req.body.length} bytes>` : req.body,
        responseBody: lineLocals(res).responseBody,
      };
      state.logRequest(entry);
      logOutcome(state, entry);
    });
    next();
  };
}

/** In local mode a rejected request is the bot's bug to see at once, so 4xx/5xx are warnings. */
function logOutcome(state: EmulatorState, entry: { endpoint: string; status: number; responseBody: unknown }): void {
  const summary = { endpoint: entry.endpoint, status: entry.status };
  if (entry.status >= 400) state.config.logger?.warn({ ...summary, response: entry.responseBody }, 'line emulator rejected a request');
  else state.config.logger?.debug(summary, 'line emulator request');
}

export function requireChannelToken(state: EmulatorState): RequestHandler {
  return (req, res, next) => {
    const header = req.get('authorization');
    if (!header || !/^Bearer\s+\S+$/i.test(header)) {
      sendLineError(res, 401, "Authorization header required. Must follow the scheme, 'Authorization: Bearer <ACCESS TOKEN>'");
      return;
    }
    if (header.replace(/^Bearer\s+/i, '') !== state.config.channelAccessToken) {
      sendLineError(res, 401, 'Authentication failed. Confirm that the access token in the authorization header is valid.');
      return;
    }
    next();
  };
}

/** Names the endpoint for the log and applies the next matching injected fault. */
export function faultGate(state: EmulatorState, endpoint: Exclude<FaultEndpoint, '*'>): RequestHandler {
  return async (_req: Request, res: Response, next: NextFunction) => {
    lineLocals(res).endpoint = endpoint;
    const fault = state.faults.take(endpoint);
    if (!fault) return next();
    if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault.status === undefined) return next();
    if (fault.afterAccept) {
      lineLocals(res).pendingFault = fault;
      return next();
    }
    sendFault(res, fault);
  };
}

interface HttpError {
  status?: number;
  type?: string;
}

/** Parser errors and anything unexpected become LINE-style JSON; never a stack trace. */
export function lineErrorHandler(state: EmulatorState): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const httpError = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
    if (httpError.type === 'entity.too.large') return sendLineError(res, 413, 'Request Entity Too Large');
    if (httpError.type === 'entity.parse.failed') {
      return sendValidationErrors(res, [{ message: 'The request body could not be parsed as JSON', property: 'body' }]);
    }
    state.config.logger?.error({ err: error }, 'line emulator request failed');
    sendLineError(res, 500, 'Internal server error');
  };
}
