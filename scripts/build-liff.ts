import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LIFF_DIST, REPO_ROOT, staleReason, withBuildLock } from './build-liff-freshness.ts';
import { formatReport, measurePages } from './build-liff-report.ts';

/**
 * `npm run build`: builds the LIFF app into liff/dist and prints each page's initial JavaScript,
 * gzipped. `--if-stale` (npm's prestart) builds only when the build is missing or older than its
 * sources, so `npm start` on a fresh clone always serves a built app.
 */
export async function buildLiff(options: { ifStale?: boolean; quiet?: boolean } = {}): Promise<void> {
  await withBuildLock(async () => {
    const reason = staleReason();
    if (options.ifStale && reason === null) return;
    if (!options.quiet) console.log(`Building the LIFF app${reason && options.ifStale ? `: ${reason}` : ''}…`);
    const vite = await importVite();
    await vite.build({ configFile: join(REPO_ROOT, 'liff/vite.config.ts'), logLevel: 'warn' });
    if (!options.quiet) console.log(`${formatReport(measurePages(LIFF_DIST))}\n(liff/dist, served at /liff/)`);
  });
}

/**
 * Vite is a devDependency: the bundle is all the server needs, so a production image builds it
 * (npm ci && npm run build) and may then prune dev packages. Without Vite, say what to do.
 */
async function importVite(): Promise<typeof import('vite')> {
  try {
    return await import('vite');
  } catch {
    throw new Error(
      'สร้างหน้า LIFF ไม่ได้เพราะไม่มี Vite (devDependencies): รัน npm install แล้ว npm run build ' +
        '(Vite is a devDependency: install with dev packages, then npm run build)',
    );
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const ifStale = process.argv.includes('--if-stale');
  buildLiff({ ifStale }).catch((error: Error) => {
    // A start with an older build still serves it rather than not starting at all.
    if (ifStale && existsSync(join(LIFF_DIST, 'index.html'))) {
      console.warn(`${error.message}\nใช้ build เดิมใน liff/dist ต่อไป (serving the existing, older build)`);
      return;
    }
    console.error(error.message);
    process.exitCode = 1;
  });
}
