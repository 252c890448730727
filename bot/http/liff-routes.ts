import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type Request, type Response } from 'express';
import { liffSecurityHeaders } from './liff-csp.ts';
import { IMMUTABLE_MAX_AGE_SECONDS } from './immutable-cache.ts';

export type LiffOptions = {
  mode: 'local' | 'production';
  liffId: string | undefined;
  mapTileUrl: string | null;
  /** Local mode: where the chat console serves the emulator's control API (ID tokens for liff-mock). */
  localApiBase: string | null;
  /** The Vite build; default liff/dist. */
  distDir?: string;
};

const DEFAULT_DIST = new URL('../../liff/dist/', import.meta.url).pathname;

/**
 * `/liff/`: the built LIFF app. Hashed assets are cached for good; every other path is a page of
 * the app, so it gets index.html (the router inside picks the page) and is never cached.
 */
export function createLiffRouter(options: LiffOptions): Router {
  const distDir = options.distDir ?? DEFAULT_DIST;
  const router = Router();
  router.use(liffSecurityHeaders({ mapTileUrl: options.mapTileUrl }));
  router.get('/', redirectToTrailingSlash);
  router.get('/config.json', (_req, res) => {
    res.set('cache-control', 'no-store').json({
      mode: options.mode,
      liffId: options.liffId ?? null,
      mapTileUrl: options.mapTileUrl,
      localApiBase: options.mode === 'local' ? options.localApiBase : null,
    });
  });
  router.use('/assets', express.static(join(distDir, 'assets'), { immutable: true, maxAge: IMMUTABLE_MAX_AGE_SECONDS * 1000, fallthrough: false }));
  router.get('/{*page}', (req, res) => sendApp(distDir, req, res));
  return router;
}

function sendApp(distDir: string, req: Request, res: Response): void {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) {
    res.status(503).type('html').send(NOT_BUILT_PAGE);
    return;
  }
  // A missing file (a typo'd .js or .png) is a 404, not the app.
  if (/\.[a-z0-9]{2,5}$/i.test(req.path)) {
    res.status(404).json({ error: 'not_found', message: 'No such file' });
    return;
  }
  res.set('cache-control', 'no-cache').sendFile(index);
}

function redirectToTrailingSlash(req: Request, res: Response, next: () => void): void {
  const [path = '', query] = req.originalUrl.split('?');
  if (path.endsWith('/')) return next();
  res.redirect(308, `${path}/${query === undefined ? '' : `?${query}`}`);
}

const NOT_BUILT_PAGE = `<!doctype html><html lang="th"><meta charset="utf-8"><title>Clinic Center</title>
<p>ยังไม่ได้สร้างหน้า LIFF ค่ะ รัน <code>npm run build</code> แล้วเปิดใหม่ (the LIFF app is not built: run npm run build)</p></html>`;
