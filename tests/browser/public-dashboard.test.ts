import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isChromiumInstalled } from '../helpers/browser.ts';
import { useLiffHarness } from '../helpers/liff-browser.ts';
import { expectNoSidewaysScroll } from '../helpers/liff-a11y.ts';
import { CaseModel } from '../../models/case.ts';

const DAY = 86_400_000;

/** Resolved cases of the last days in two sub-districts, located, so the page has bars and map points. */
async function seedRecentCases(): Promise<void> {
  const now = Date.now();
  const places = [
    { sub: '720101', district: '7201', office: 'MUN-7201', lat: 14.475, long: 100.117, category: 'road' },
    { sub: '720903', district: '7209', office: 'SAO-720903', lat: 14.364, long: 100.019, category: 'streetlight' },
    { sub: '720701', district: '7207', office: 'MUN-7207', lat: 14.2, long: 99.97, category: 'waste' },
  ];
  const documents = places.flatMap((place, p) =>
    [0, 1, 2, 3].map((n) => {
      const created = new Date(now - (6 + n) * DAY);
      return {
        ticket: `CC-2569-7${p}${n}00`, requestKey: `public:${p}:${n}`, kind: 'problem', category: place.category, description: 'ทดสอบ', photoIds: [],
        location: { latitude: place.lat + n * 0.002, longitude: place.long - n * 0.002, address: '' }, area: { districtCode: place.district, subdistrictCode: place.sub },
        officeCode: place.office, officeChain: [place.office], reporterLineUserId: 'Upublicdashboardtest', contact: null, followers: [],
        status: n === 3 ? 'in_progress' : 'resolved', priority: 'normal', dueAt: new Date(created.getTime() + 7 * DAY), acceptedAt: created,
        ...(n === 3 ? {} : { resolvedAt: new Date(created.getTime() + (n + 1) * DAY) }), rating: null, history: [], source: 'chat', version: 1, createdAt: created, updatedAt: created,
      };
    }),
  );
  await CaseModel.collection.insertMany(documents);
}

describe.skipIf(!isChromiumInstalled() && !process.env.CI)('the public dashboard in a phone browser', () => {
  const harness = useLiffHarness();
  beforeAll(seedRecentCases);

  it('when opened at 360 px offline, then it reads in Sarabun with tiles, bars and a sub-district map, and nothing scrolls sideways', async () => {
    const context = await harness().browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 360, height: 740 } });
    const origin = new URL(harness().bot.url).origin;
    await context.route((url) => url.origin !== origin, (route) => route.abort('internetdisconnected'));
    const page = await context.newPage();
    await page.goto(`${harness().bot.url}/public`);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px Sarabun', 'สวัสดี'))).toBe(true);
    expect(await page.locator('.tile').count()).toBe(6);
    expect(await page.locator('.map circle').count()).toBe(3);
    expect(await page.locator('.places li').count()).toBe(3);
    await expectNoSidewaysScroll(page);
    mkdirSync('test-results/public', { recursive: true });
    await page.screenshot({ path: 'test-results/public/public-dashboard.png', fullPage: true });
    await context.close();
  });
});
