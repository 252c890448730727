import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../../infra/logger.ts';
import { loggerOf } from './request-logging.ts';

export type HttpErrorBody = { error: string; message: string };

export type Mapped = { status: number; body: HttpErrorBody };

/** The answers the webhook gives too (it is served without express: webhook-handler.ts). */
export const HTTP_ERRORS = {
  invalidSignature: { status: 401, body: { error: 'invalid_signature', message: 'Missing or invalid X-Line-Signature' } },
  invalidJson: { status: 400, body: { error: 'invalid_json', message: 'Request body is not valid JSON' } },
  payloadTooLarge: { status: 413, body: { error: 'payload_too_large', message: 'Request body is too large' } },
  badRequest: { status: 400, body: { error: 'bad_request', message: 'The request could not be understood' } },
  internalError: { status: 500, body: { error: 'internal_error', message: 'Something went wrong; please try again' } },
} as const satisfies Record<string, Mapped>;

/** Body-parser errors carry `status` and `type`; ours may carry `status` too. */
function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const value = status ?? statusCode;
  return typeof value === 'number' && value >= 400 && value < 600 ? value : undefined;
}

export function mapError(error: unknown): Mapped {
  const status = httpStatusOf(error);
  if (status === 413) return HTTP_ERRORS.payloadTooLarge;
  if (status !== undefined && status < 500) return { status, body: HTTP_ERRORS.badRequest.body };
  return HTTP_ERRORS.internalError;
}

/** The one place HTTP errors become responses: JSON, never a stack trace. */
export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const mapped = mapError(error);
    const log = loggerOf(req, logger);
    if (mapped.status >= 500) log.error({ err: error }, 'request failed');
    else log.warn({ status: mapped.status, errorType: mapped.body.error }, 'request rejected');
    if (res.headersSent) return;
    res.status(mapped.status).json(mapped.body);
  };
}

export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json({ error: 'not_found', message: 'No such route' });
};
