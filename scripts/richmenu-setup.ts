import { readFile } from 'node:fs/promises';
import { messagingApi } from '@line/bot-sdk';
import {
  RICH_MENU_NAME_PREFIX,
  buildDefaultRichMenu,
  liffUrlFromId,
} from '../bot/rich-menu/rich-menu-definition.ts';
import { setupRichMenu } from '../bot/rich-menu/setup-rich-menu.ts';

const IMAGE_PATH = new URL('../assets/rich-menu/rich-menu.png', import.meta.url);

async function main(): Promise<void> {
  const channelAccessToken = process.env.LINE_CHANNEL_ACCESS_TOKEN?.trim();
  if (!channelAccessToken) {
    throw new Error(
      'ยังไม่ได้ตั้ง LINE_CHANNEL_ACCESS_TOKEN: ใส่ channel access token ของ LINE Official Account ก่อนรันคำสั่งนี้ ' +
        '(set LINE_CHANNEL_ACCESS_TOKEN)',
    );
  }
  const liffId = process.env.LIFF_ID?.trim();
  const api = new messagingApi.MessagingApiClient({
    channelAccessToken,
    baseURL: process.env.LINE_API_BASE_URL || 'https://api.line.me',
  });
  const blobApi = new messagingApi.MessagingApiBlobClient({
    channelAccessToken,
    baseURL: process.env.LINE_DATA_API_BASE_URL || 'https://api-data.line.me',
  });
  console.log(liffId ? `ปุ่มแบบฟอร์มจะเปิด LIFF ${liffId}` : 'ไม่ได้ตั้ง LIFF_ID: ปุ่มแบบฟอร์มจะส่ง postback แทน');
  const { richMenuId } = await setupRichMenu({
    api,
    blobApi,
    menu: buildDefaultRichMenu(liffId ? { liffUrl: liffUrlFromId(liffId) } : {}),
    image: await readFile(IMAGE_PATH),
    namePrefix: RICH_MENU_NAME_PREFIX,
    log: (line) => console.log(line),
  });
  console.log(`เสร็จแล้ว: เมนู ${richMenuId} เป็นเมนูเริ่มต้นของผู้ใช้ทุกคน`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
