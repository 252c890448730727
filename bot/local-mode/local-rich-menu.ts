import { fileURLToPath } from 'node:url';
import type { DefaultRichMenu } from '../../dev/chat-console/index.ts';
import type { AppConfig } from '../../infra/config/load-config.ts';
import { buildDefaultRichMenu, liffUrlFromId } from '../rich-menu/rich-menu-definition.ts';

const IMAGE_FILE = fileURLToPath(new URL('../../assets/rich-menu/rich-menu.png', import.meta.url));

/** The menu `npm run richmenu:setup` would create with this configuration, and its committed artwork. */
export function botRichMenu(config: AppConfig): DefaultRichMenu {
  const liffId = config.liff.liffId;
  return { menu: buildDefaultRichMenu(liffId ? { liffUrl: liffUrlFromId(liffId) } : {}), imageFile: IMAGE_FILE };
}
