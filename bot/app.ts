import type { IncomingMessage, RequestListener } from 'node:http';
import express, { type Router } from 'express';
import helmet from 'helmet';
import type { Logger } from '../infra/logger.ts';
import { createRequestLogging, trackRequests } from './http/request-logging.ts';
import { createHealthRoutes } from './http/health-routes.ts';
import { createErrorHandler, notFoundHandler } from './http/error-handler.ts';
import { createWebhookHandler } from './webhook/webhook-handler.ts';
import { createApiRateLimit } from './http/api-rate-limit.ts';
import { createLiffRouter, type LiffOptions } from './http/liff-routes.ts';

export type AppOptions = {
  logger: Logger;
  /** Null on worker-only instances, which take no webhook traffic. */
  webhook: { channelSecret: string; bodyLimitBytes: number; onStored: (count: number) => void } | null;
  /** Extra routers by mount path: the REST API, and the chat console in local mode. */
  mounts?: { path: string; router: Router }[];
  /** Requests per minute per IP on /api. */
  apiRateLimitPerMinute?: number;
  /** The LIFF pages at /liff/ (null on worker-only instances). */
  liff?: LiffOptions | null;
};

/**
 * The request listener: `POST /webhook` goes to its own handler on plain Node (the hot path, read
 * only by the LINE platform, not a browser: no express, no helmet), everything else to the express
 * app. It does not listen (see server.ts).
 */
export function createApp(options: AppOptions): RequestListener {
  const app = createExpressApp(options);
  if (!options.webhook) return app;
  const track = trackRequests(options.logger);
  const webhook = createWebhookHandler({ ...options.webhook, logger: options.logger });
  return (req, res) => {
    if (!isWebhookRequest(req)) return app(req, res);
    track(req, res);
    webhook(req, res);
  };
}

function isWebhookRequest(req: IncomingMessage): boolean {
  return req.method === 'POST' && (req.url === '/webhook' || req.url?.startsWith('/webhook?') === true);
}

function createExpressApp(options: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(createRequestLogging(options.logger));
  // Its own helmet: the default CSP with the LINE origins the LIFF SDK needs, for these pages only.
  if (options.liff) app.use('/liff', createLiffRouter(options.liff));
  // TLS ends at the proxy in production; forcing https upgrades would break the plain-http local console.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.use(createHealthRoutes());
  if (options.apiRateLimitPerMinute) app.use('/api', createApiRateLimit(options.apiRateLimitPerMinute));
  for (const mount of options.mounts ?? []) app.use(mount.path, mount.router);
  app.use(notFoundHandler);
  app.use(createErrorHandler(options.logger));
  return app;
}
