import type { messagingApi } from '@line/bot-sdk';
import { RICH_MENU_ACTIONS, type RichMenuAction } from './rich-menu-actions.ts';
import { encodePostbackData } from '../postback/postback-data.ts';
import { RICH_MENU_SIZE, RICH_MENU_TILES, tileBounds, type RichMenuTile } from './rich-menu-layout.ts';

/** Every version of the default menu shares this prefix, so setup can find and delete the older ones. */
export const RICH_MENU_NAME_PREFIX = 'clinic-center-default';
export const RICH_MENU_NAME = `${RICH_MENU_NAME_PREFIX}-v1`;
export const RICH_MENU_CHAT_BAR_TEXT = 'เมนูบริการ';

/** What the user appears to say when they tap a tile, so the chat history reads naturally. */
const DISPLAY_TEXT: Record<RichMenuAction, string> = {
  [RICH_MENU_ACTIONS.faqAsk]: 'ขอถามคำถามค่ะ',
  [RICH_MENU_ACTIONS.caseNew]: 'ขอแจ้งเรื่องค่ะ',
  [RICH_MENU_ACTIONS.caseList]: 'ขอดูเรื่องที่แจ้งไว้ค่ะ',
  [RICH_MENU_ACTIONS.scheduleMonth]: 'ขอดูตารางกิจกรรมค่ะ',
  [RICH_MENU_ACTIONS.forms]: 'ขอกรอกแบบฟอร์มค่ะ',
  [RICH_MENU_ACTIONS.contact]: 'ขอช่องทางติดต่อศูนย์ค่ะ',
};

export type RichMenuOptions = {
  /** LIFF URL for the forms tile; without it the tile falls back to a postback. */
  liffUrl?: string;
};

export function buildDefaultRichMenu(options: RichMenuOptions): messagingApi.RichMenuRequest {
  const liffUrl = options.liffUrl === undefined ? undefined : requireHttpsUrl(options.liffUrl);
  return {
    size: { ...RICH_MENU_SIZE },
    selected: true,
    name: RICH_MENU_NAME,
    chatBarText: RICH_MENU_CHAT_BAR_TEXT,
    areas: RICH_MENU_TILES.map((tile, index) => ({
      bounds: tileBounds(index),
      action: actionFor(tile, liffUrl),
    })),
  };
}

export function liffUrlFromId(liffId: string): string {
  return `https://liff.line.me/${encodeURIComponent(liffId)}`;
}

function actionFor(tile: RichMenuTile, liffUrl: string | undefined): messagingApi.Action {
  if (tile.action === RICH_MENU_ACTIONS.forms && liffUrl !== undefined) {
    return { type: 'uri', label: tile.accessibilityLabel, uri: liffUrl };
  }
  return {
    type: 'postback',
    label: tile.accessibilityLabel,
    data: encodePostbackData(tile.action),
    displayText: DISPLAY_TEXT[tile.action],
    // Asking a question means typing, so open the keyboard instead of leaving the menu up.
    ...(tile.action === RICH_MENU_ACTIONS.faqAsk ? { inputOption: 'openKeyboard' as const } : {}),
  };
}

function requireHttpsUrl(value: string): string {
  const url = URL.parse(value);
  if (url?.protocol !== 'https:') throw new TypeError(`liffUrl must be an https URL, got "${value}"`);
  return value;
}
