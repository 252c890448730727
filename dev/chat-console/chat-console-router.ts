import { fileURLToPath } from 'node:url';
import express, { Router, type Request, type Response } from 'express';
import type { LineEmulator } from '../line-emulator/index.ts';
import type { EmulatorNotice } from '../line-emulator/types.ts';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const HEARTBEAT_MS = 20_000;

/**
 * The browser chat console: a static page plus `api/` (the emulator's control API and a live
 * event stream). Mount it anywhere, e.g. `app.use('/dev', createChatConsoleRouter(emulator))`.
 */
export function createChatConsoleRouter(emulator: LineEmulator): Router {
  const router = Router();
  router.get('/', redirectToTrailingSlash);
  router.get('/api/stream', (req, res) => streamNotices(emulator, req, res));
  router.get('/api/info', (_req, res) => {
    res.json({ botUserId: emulator.botUserId, webhookUrl: emulator.webhookUrl });
  });
  router.use('/api', emulator.controlRouter);
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
