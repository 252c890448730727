import { fileURLToPath } from 'node:url';
import express, { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import type { LineEmulator } from '../../line-emulator/index.ts';
import type { EmulatorNotice } from '../../line-emulator/types.ts';
import { createFontRoutes } from '../../../bot/http/font-routes.ts';
import { peopleRoutes, type ConsoleRoles } from './people-routes.ts';
import { richMenuRoutes, type DefaultRichMenu } from './rich-menu-routes.ts';

const PUBLIC_DIR = fileURLToPath(new URL('../public/', import.meta.url));
const HEARTBEAT_MS = 20_000;

export interface ChatConsoleOptions {
  /** Local mode: roles are set in the bot itself (without, the emulator's role is only a label). */
  roles?: ConsoleRoles;
  /** The bot's own menu, shown while the emulator has none (as if `richmenu:setup` had run). */
  defaultRichMenu?: DefaultRichMenu;
}

/**
 * The browser chat console: a static page plus `api/` (the emulator's control API, a live event
 * stream, users with roles, rich menus). Mount it anywhere, e.g. `app.use('/dev', createChatConsoleRouter(emulator))`.
 */
export function createChatConsoleRouter(emulator: LineEmulator, options: ChatConsoleOptions = {}): Router {
  const router = Router();
  router.get('/', redirectToTrailingSlash);
  router.get('/api/stream', (req, res) => streamNotices(emulator, req, res));
  router.get('/api/info', (_req, res) => {
    res.json({ botUserId: emulator.botUserId, webhookUrl: emulator.webhookUrl, rolesInBot: options.roles !== undefined });
  });
  router.use('/api', peopleRoutes(emulator, options.roles), richMenuRoutes(emulator, options.defaultRichMenu));
  router.use('/api', emulator.controlRouter);
  router.use('/api', consoleErrorHandler);
  router.use(createFontRoutes());
  router.use(express.static(PUBLIC_DIR, { index: 'index.html', maxAge: 0 }));
  return router;
}

/** The page uses relative URLs, so `/dev` must become `/dev/` to resolve them under the mount path. */
function redirectToTrailingSlash(req: Request, res: Response, next: () => void): void {
  const [path = '', query] = req.originalUrl.split('?');
  if (path.endsWith('/')) return next();
  res.redirect(308, `${path}/${query === undefined ? '' : `?${query}`}`);
}

function streamNotices(emulator: LineEmulator, req: Request, res: Response): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  const send = (notice: EmulatorNotice) => res.write(`event: ${notice.kind}\ndata: ${JSON.stringify(notice)}\n\n`);
  const unsubscribe = emulator.subscribe(send);
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  req.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}

/** The console's own routes answer JSON too when something fails (e.g. the database is down). */
const consoleErrorHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.parse.failed') return void res.status(400).json({ message: 'malformed JSON' });
  if (type === 'entity.too.large') return void res.status(413).json({ message: 'request body too large' });
  res.status(500).json({ message: 'internal error' });
};
