import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLineEmulator, type RunningEmulator } from '../../dev/line-emulator/index.ts';
import { createLineClients, type LineClients } from '../../infra/line/line-clients.ts';
import { RICH_MENU_NAME_PREFIX, buildDefaultRichMenu, liffUrlFromId } from '../../bot/rich-menu/rich-menu-definition.ts';
import { setupRichMenu } from '../../bot/rich-menu/setup-rich-menu.ts';

let running: RunningEmulator;
let clients: LineClients;

beforeAll(async () => {
  const channelAccessToken = 'rich-menu-test-token';
  const emulator = createLineEmulator({ channelSecret: 's', channelAccessToken, loginChannelId: '1', webhookUrl: 'http://127.0.0.1:1/' });
  running = await emulator.listen(0);
  clients = createLineClients({ channelAccessToken, apiBaseUrl: running.url, dataApiBaseUrl: running.url });
});
afterAll(async () => {
  await running?.close();
});

describe('rich menu setup against the LINE emulator', () => {
  it('when run twice, then the second menu replaces the first as the default and the old one is deleted', async () => {
    const image = await readFile(new URL('../../assets/rich-menu/rich-menu.png', import.meta.url));
    const run = () =>
      setupRichMenu({
        api: clients.messaging,
        blobApi: clients.blob,
        menu: buildDefaultRichMenu({ liffUrl: liffUrlFromId('1234567890-AbCdEfGh') }),
        image,
        namePrefix: RICH_MENU_NAME_PREFIX,
        log: () => undefined,
      });
    const first = await run();
    const second = await run();
    expect(second.deletedRichMenuIds).toEqual([first.richMenuId]);
    expect((await clients.messaging.getDefaultRichMenuId()).richMenuId).toBe(second.richMenuId);
    const { richmenus } = await clients.messaging.getRichMenuList();
    expect(richmenus.map((menu) => menu.richMenuId)).toEqual([second.richMenuId]);
  });
});
