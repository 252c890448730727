import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../helpers/bot-harness.ts';
import { buildLiff } from '../../scripts/build-liff.ts';
import { LIFF_DIST } from '../../scripts/build-liff-freshness.ts';
import { VILLAGER_BUDGET_BYTES, measurePages } from '../../scripts/build-liff-report.ts';

describe('LIFF pages served in production mode', () => {
  const harness = useBotHarness({ LIFF_ID: '1234567890-AbCdEfGh', LIFF_MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png' });

  it('when config.json is read, then it carries the LIFF ID and the tile URL, and no local-mode API', async () => {
    await buildLiff({ ifStale: true, quiet: true });
    const response = await fetch(`${harness().bot.url}/liff/config.json`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ mode: 'production', liffId: '1234567890-AbCdEfGh', mapTileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png', localApiBase: null });
  });

  it('when a page path is opened, then the app is served uncached with the tile origin in img-src', async () => {
    const response = await fetch(`${harness().bot.url}/liff/cases/new`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<div id="app">');
    expect(response.headers.get('content-security-policy')).toContain("img-src 'self' data: blob: https://tiles.example.org");
  });

  it('when /liff has no slash, a missing asset or a hashed asset is asked for, then 308, 404 and a year of caching', async () => {
    const bare = await fetch(`${harness().bot.url}/liff?x=1`, { redirect: 'manual' });
    expect(bare.status).toBe(308);
    expect(bare.headers.get('location')).toBe('/liff/?x=1');
    expect((await fetch(`${harness().bot.url}/liff/assets/nope.js`)).status).toBe(404);
    expect((await fetch(`${harness().bot.url}/liff/favicon.png`)).status).toBe(404);
    const html = await (await fetch(`${harness().bot.url}/liff/`)).text();
    const script = /src="(\/liff\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const asset = await fetch(`${harness().bot.url}${script}`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('when the app is built, then every villager page’s initial JavaScript, LIFF SDK included, is within 80 kB gzip', () => {
    const pages = measurePages(LIFF_DIST);
    expect(pages.map((page) => page.page)).toContain('new-case-page');
    for (const page of pages.filter((candidate) => candidate.villager)) expect(page.gzipBytes, page.page).toBeLessThanOrEqual(VILLAGER_BUDGET_BYTES);
  });
});
