import express, { type Express, type Router } from 'express';
import type { EmulatorState } from './emulator-state.ts';
import { contentRoutes } from './routes/content-routes.ts';
import {
  assignRequestId,
  lineErrorHandler,
  logRequests,
  requireChannelToken,
  sendLineError,
} from './routes/line-http.ts';
import { messageRoutes } from './routes/message-routes.ts';
import { oauthRoutes } from './routes/oauth-routes.ts';
import { profileRoutes } from './routes/profile-routes.ts';
import { richMenuRoutes } from './routes/rich-menu-routes.ts';

/** LINE's request size limit for the Messaging API. */
const LINE_BODY_LIMIT = '2mb';

/**
 * api.line.me and api-data.line.me on one origin, served at the root because the SDK resolves
 * request paths with `new URL('/v2/...', baseURL)`.
 */
export function createEmulatorApp(state: EmulatorState, control: Router): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use('/__emulator', control);
  app.use(assignRequestId, logRequests(state));
  app.use(oauthRoutes(state));
  app.use('/v2/bot', requireChannelToken(state), express.json({ limit: LINE_BODY_LIMIT }));
  app.use(messageRoutes(state), profileRoutes(state), contentRoutes(state), richMenuRoutes(state));
  app.use((_req, res) => sendLineError(res, 404, 'Not found'));
  app.use(lineErrorHandler(state));
  return app;
}
