import { readFile } from 'node:fs/promises';
import { loadConfig } from '../infra/config/load-config.ts';
import { loadDotEnv } from '../infra/config/load-dotenv.ts';
import { createLineClients } from '../infra/line/line-clients.ts';
import {
  RICH_MENU_NAME_PREFIX,
  buildDefaultRichMenu,
  liffUrlFromId,
} from '../bot/rich-menu/rich-menu-definition.ts';
import { setupRichMenu } from '../bot/rich-menu/setup-rich-menu.ts';

const IMAGE_PATH = new URL('../assets/rich-menu/rich-menu.png', import.meta.url);

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  if (!config.lineCredentials) {
    throw new Error(
      'ยังไม่ได้ตั้ง LINE_CHANNEL_SECRET และ LINE_CHANNEL_ACCESS_TOKEN ของ LINE Official Account ก่อนรันคำสั่งนี้ ' +
        '(set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN)',
    );
  }
  const liffId = config.liff.liffId;
  const clients = createLineClients({
    channelAccessToken: config.lineCredentials.channelAccessToken,
    apiBaseUrl: config.lineApiBaseUrl,
    dataApiBaseUrl: config.lineDataApiBaseUrl,
  });
  console.log(liffId ? `ปุ่มแบบฟอร์มจะเปิด LIFF ${liffId}` : 'ไม่ได้ตั้ง LIFF_ID: ปุ่มแบบฟอร์มจะส่ง postback แทน');
  const { richMenuId } = await setupRichMenu({
    api: clients.messaging,
    blobApi: clients.blob,
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
