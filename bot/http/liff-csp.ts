import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * The LINE origins the pluggable LIFF SDK (the modules liff/src/lib/liff-session.ts uses) talks to,
 * read from the SDK's own source (@liff/server-api, @liff/extensions, @liff/permission):
 * - api.line.me: token exchange and certificates in liff.init, liff.sendMessages (message/v3/share);
 * - liff.line.me: the permission check liff.sendMessages makes first;
 * - static.line-scdn.net: the client extension script liff.init loads inside the LINE app.
 * Login is a top-level navigation to access.line.me, which CSP does not govern.
 */
export const LIFF_SDK_ORIGINS = {
  connect: ['https://api.line.me', 'https://liff.line.me'],
  script: ['https://static.line-scdn.net'],
} as const;

/** Helmet's defaults with exactly what the LIFF pages need added: the SDK, photo previews, map tiles. */
export function liffSecurityHeaders(options: { mapTileUrl: string | null }): RequestHandler {
  const tileOrigin = options.mapTileUrl ? [new URL(options.mapTileUrl.replace(/\{[a-z]\}/g, 'a')).origin] : [];
  return helmet({
    contentSecurityPolicy: {
      directives: {
        // As for the rest of the app: TLS ends at the proxy, and the local console is plain http.
        upgradeInsecureRequests: null,
        scriptSrc: ["'self'", ...LIFF_SDK_ORIGINS.script],
        connectSrc: ["'self'", ...LIFF_SDK_ORIGINS.connect],
        // blob: previews a photo before it is uploaded.
        imgSrc: ["'self'", 'data:', 'blob:', ...tileOrigin],
      },
    },
  });
}
