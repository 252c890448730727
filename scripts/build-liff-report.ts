import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[] };
type Manifest = Record<string, ManifestChunk>;

export type PageSize = { page: string; files: string[]; gzipBytes: number; villager: boolean };

/** Pages a villager opens; their initial JavaScript, LIFF SDK included, must stay within budget. */
export const VILLAGER_PAGES = ['home-page', 'new-case-page', 'my-cases-page', 'case-detail-page', 'officer-register-page', 'activities-page', 'activity-visit-page', 'my-data-page'];
export const VILLAGER_BUDGET_BYTES = 80 * 1024;

/**
 * A page's initial JavaScript: the entry chunk and the page's lazy chunk, with every chunk they
 * import statically (all fetched before the page can show). Dynamic imports (the map, liff-mock
 * in local mode) load later and are not counted.
 */
export function measurePages(distDir: string): PageSize[] {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('the Vite manifest has no entry chunk');
  const gzipped = new Map<string, number>();
  const gzipSize = (file: string) => {
    let size = gzipped.get(file);
    if (size === undefined) gzipped.set(file, (size = gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length));
    return size;
  };
  return Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry && chunk.src?.startsWith('src/pages/'))
    .map(([key, chunk]) => {
      const files = [...closure(manifest, [entry, key])];
      const page = chunk.src!.replace(/^src\/pages\//, '').replace(/\.tsx?$/, '');
      return { page, files, gzipBytes: files.reduce((sum, file) => sum + gzipSize(file), 0), villager: VILLAGER_PAGES.includes(page) };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
}

function closure(manifest: Manifest, roots: string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  roots.forEach(visit);
  return files;
}

export function formatReport(pages: PageSize[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const width = Math.max(...pages.map((page) => page.page.length), 4) + 2;
  const lines = [`${'page'.padEnd(width)}initial JS (gzip)`];
  for (const page of pages) {
    const budget = page.villager ? `  villager budget ${kb(VILLAGER_BUDGET_BYTES)}${page.gzipBytes > VILLAGER_BUDGET_BYTES ? ' EXCEEDED' : ''}` : '';
    lines.push(`${page.page.padEnd(width)}${kb(page.gzipBytes).padStart(9)}${budget}`);
  }
  return lines.join('\n');
}
