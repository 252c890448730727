import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildRichMenuHtml, type EmbeddedFont } from '../bot/rich-menu/artwork/rich-menu-html.ts';
import { RICH_MENU_SIZE } from '../bot/rich-menu/rich-menu-layout.ts';
import { MAX_RICH_MENU_IMAGE_BYTES } from '../bot/rich-menu/setup-rich-menu.ts';

/**
 * Developer tool: renders assets/rich-menu/rich-menu.png once; the file is committed and the bot only
 * reads it. Needs Debian's Chromium (`apt-get install -y chromium`); fonts come from @fontsource/sarabun.
 */
const OUTPUT = new URL('../assets/rich-menu/rich-menu.png', import.meta.url);
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FONT_FILES = [
  { weight: 500, subsets: ['thai', 'latin'] },
  { weight: 700, subsets: ['thai', 'latin'] },
];

async function loadFonts(): Promise<EmbeddedFont[]> {
  const requests = FONT_FILES.flatMap(({ weight, subsets }) =>
    subsets.map(async (subset) => {
      const url = import.meta.resolve(`@fontsource/sarabun/files/sarabun-${subset}-${weight}-normal.woff2`);
      const bytes = await readFile(fileURLToPath(url));
      return { family: 'Sarabun', weight, dataUrl: `data:font/woff2;base64,${bytes.toString('base64')}` };
    }),
  );
  return Promise.all(requests);
}

async function renderPng(html: string): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { ...RICH_MENU_SIZE }, deviceScaleFactor: 1 });
    await page.setContent(html, { waitUntil: 'load' });
    const fontReady = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check("700 118px 'Sarabun'", 'ถามคำถาม');
    });
    if (!fontReady) throw new Error('ฟอนต์ Sarabun ไม่ถูกโหลด: รูปจะออกมาเป็นฟอนต์สำรอง จึงหยุดไว้ก่อน');
    return await page.screenshot({ type: 'png', omitBackground: false });
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const png = await renderPng(buildRichMenuHtml(await loadFonts()));
  if (png.byteLength > MAX_RICH_MENU_IMAGE_BYTES) {
    throw new Error(`รูปมีขนาด ${png.byteLength} ไบต์ เกิน 1 MB ที่ LINE รับได้: ลดรายละเอียดหรือสีในรูปก่อน`);
  }
  await writeFile(OUTPUT, png);
  console.log(`บันทึก ${fileURLToPath(OUTPUT)} แล้ว (${RICH_MENU_SIZE.width}×${RICH_MENU_SIZE.height}, ${png.byteLength} ไบต์)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
