import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import { IMMUTABLE_MAX_AGE_SECONDS } from './immutable-cache.ts';

/**
 * Fonts from npm, because Debian's Chromium has none for Thai or emoji: Sarabun (Thai and Latin,
 * regular and bold; the browser fetches only the subsets a page uses) and Twemoji in colour (bots
 * send 🙏 and 👍), limited to emoji code points so it never stands in for letters or digits.
 */
const SARABUN = { fontPackage: '@fontsource/sarabun', weights: [400, 700], keep: /^sarabun-(thai|latin)-\d{3}-normal\.woff2$/ };
const EMOJI_FILE = 'twemoji.woff2';
const EMOJI_FACE = `@font-face {
  font-family: 'Twemoji';
  font-style: normal;
  font-display: swap;
  src: url(fonts/${EMOJI_FILE}) format('woff2');
  unicode-range: U+200D, U+203C, U+2049, U+20E3, U+2122, U+2139, U+2194-21AA, U+231A-23FF, U+24C2, U+25AA-25FE, U+2600-27BF, U+2934-2935, U+2B05-2B55, U+3030, U+303D, U+3297, U+3299, U+FE0F, U+1F000-1FAFF, U+E0020-E007F;
}`;
const FACE = /@font-face\s*\{[^}]*\}/g;
const SOURCES = /url\(\.\/files\/([\w.-]+\.woff2)\) format\('woff2'\)(?:,\s*url\([^)]*\) format\('woff'\))?/;

type FontFaces = { css: string; files: Map<string, string> };

/**
 * `fonts.css` (fontsource's own @font-face rules, unicode ranges included, pointing at woff2 only)
 * and `fonts/<file>.woff2`; only the files those rules name can be fetched.
 */
export function createFontRoutes(): Router {
  const faces = readFontFaces();
  const router = Router();
  router.get('/fonts.css', (_req, res) => {
    res.type('text/css').set('cache-control', 'no-cache').send(faces.css);
  });
  router.get('/fonts/:file', (req, res) => {
    const path = faces.files.get(req.params.file);
    if (!path) return void res.status(404).json({ error: 'not_found', message: 'ไม่พบไฟล์ค่ะ' });
    res.type('font/woff2').set('cache-control', `public, max-age=${IMMUTABLE_MAX_AGE_SECONDS}, immutable`).sendFile(path);
  });
  return router;
}

function readFontFaces(): FontFaces {
  const files = new Map<string, string>();
  const rules: string[] = [];
  const { fontPackage, weights, keep } = SARABUN;
  for (const weight of weights) {
    const css = readFileSync(fileURLToPath(import.meta.resolve(`${fontPackage}/${weight}.css`)), 'utf8');
    for (const [face] of css.matchAll(FACE)) {
      const match = SOURCES.exec(face);
      const file = match?.[1];
      if (!match || !file || !keep.test(file)) continue;
      files.set(file, fileURLToPath(import.meta.resolve(`${fontPackage}/files/${file}`)));
      rules.push(face.replace(match[0], `url(fonts/${file}) format('woff2')`));
    }
  }
  if (!files.has('sarabun-thai-400-normal.woff2')) throw new Error('@fontsource/sarabun: the Thai face was not found');
  files.set(EMOJI_FILE, fileURLToPath(import.meta.resolve(`twemoji-colr-font/${EMOJI_FILE}`)));
  rules.push(EMOJI_FACE);
  return { css: `${rules.join('\n')}\n`, files };
}
