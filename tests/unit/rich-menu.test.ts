import { readFileSync, statSync } from 'node:fs';
import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { buildRichMenuHtml } from '../../bot/rich-menu/artwork/rich-menu-html.ts';
import { readPngDimensions } from '../../bot/rich-menu/png-dimensions.ts';
import { RICH_MENU_ACTIONS } from '../../bot/rich-menu/rich-menu-actions.ts';
import { postbackRoutes } from '../../bot/postback/postback-routes.ts';
import {
  RICH_MENU_NAME_PREFIX,
  buildDefaultRichMenu,
  liffUrlFromId,
} from '../../bot/rich-menu/rich-menu-definition.ts';
import { RICH_MENU_TILES } from '../../bot/rich-menu/rich-menu-layout.ts';

const IMAGE_PATH = new URL('../../assets/rich-menu/rich-menu.png', import.meta.url);
const LIFF_URL = liffUrlFromId('1234567890-AbCdEfGh');

type Rect = { x: number; y: number; width: number; height: number };

function areasOf(menu: messagingApi.RichMenuRequest): Array<{ bounds: Rect; action: messagingApi.Action }> {
  return (menu.areas ?? []).map((area) => {
    const { x, y, width, height } = area.bounds ?? {};
    if (x === undefined || y === undefined || width === undefined || height === undefined || !area.action) {
      throw new Error('area without full bounds or action');
    }
    return { bounds: { x, y, width, height }, action: area.action };
  });
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function postbackActions(menu: messagingApi.RichMenuRequest): messagingApi.PostbackAction[] {
  return areasOf(menu).flatMap(({ action }) => (action.type === 'postback' ? [action] : []));
}

describe('buildDefaultRichMenu', () => {
  const menus = { withoutLiff: buildDefaultRichMenu({}), withLiff: buildDefaultRichMenu({ liffUrl: LIFF_URL }) };

  it.each(Object.entries(menus))('when built %s, then size, name and chat bar text fit LINE limits', (_, menu) => {
    expect(menu.size).toEqual({ width: 2500, height: 1686 });
    expect(menu.selected).toBe(true);
    expect(menu.name?.startsWith(RICH_MENU_NAME_PREFIX)).toBe(true);
    expect(menu.name?.length).toBeLessThanOrEqual(300);
    expect(menu.chatBarText).toBe('เมนูบริการ');
    expect(menu.chatBarText?.length).toBeLessThanOrEqual(14);
  });

  it.each(Object.entries(menus))('when built %s, then 6 areas tile the image without overlap', (_, menu) => {
    const areas = areasOf(menu);
    expect(areas).toHaveLength(6);
    expect(areas.length).toBeLessThanOrEqual(20);
    for (const { bounds } of areas) {
      expect(bounds.x).toBeGreaterThanOrEqual(0);
      expect(bounds.y).toBeGreaterThanOrEqual(0);
      expect(bounds.x + bounds.width).toBeLessThanOrEqual(2500);
      expect(bounds.y + bounds.height).toBeLessThanOrEqual(1686);
    }
    for (const [i, a] of areas.entries()) {
      for (const b of areas.slice(i + 1)) expect(overlaps(a.bounds, b.bounds)).toBe(false);
    }
    const coveredPixels = areas.reduce((sum, { bounds }) => sum + bounds.width * bounds.height, 0);
    expect(coveredPixels).toBe(2500 * 1686);
  });

  it.each(Object.entries(menus))('when built %s, then every action has a short label and valid data', (_, menu) => {
    for (const { action } of areasOf(menu)) {
      expect(action.label?.length ?? 0).toBeGreaterThan(0);
      expect(action.label?.length).toBeLessThanOrEqual(20);
    }
    for (const action of postbackActions(menu)) {
      expect(action.data?.length).toBeLessThanOrEqual(300);
      expect(action.displayText?.length).toBeLessThanOrEqual(300);
      expect(action.displayText).toMatch(/ค่ะ$/);
      const name = new URLSearchParams(action.data).get('action') ?? '';
      // Every tile's action is one the bot routes, not merely a known name.
      expect(postbackRoutes[name]).toBeTypeOf('function');
    }
  });

  it('when no LIFF URL is given, then the forms tile is a postback and no area opens a URI', () => {
    const data = postbackActions(menus.withoutLiff).map((action) => action.data);
    expect(data).toEqual(Object.values(RICH_MENU_ACTIONS).map((action) => `action=${action}`));
    expect(areasOf(menus.withoutLiff).some(({ action }) => action.type === 'uri')).toBe(false);
  });

  it('when a LIFF URL is given, then only the forms tile opens it', () => {
    const uriActions = areasOf(menus.withLiff).flatMap(({ action }) => (action.type === 'uri' ? [action] : []));
    expect(uriActions).toEqual([{ type: 'uri', label: 'แบบฟอร์มออนไลน์', uri: 'https://liff.line.me/1234567890-AbCdEfGh' }]);
    expect(postbackActions(menus.withLiff).map((action) => action.data)).not.toContain('action=forms');
  });

  it('when the asking tile is tapped, then it shows the agreed text and opens the keyboard', () => {
    const ask = postbackActions(menus.withoutLiff)[0];
    expect(ask).toMatchObject({ data: 'action=faq.ask', displayText: 'ขอถามคำถามค่ะ', inputOption: 'openKeyboard' });
  });

  it('when the LIFF URL is not https, then building the menu fails', () => {
    expect(() => buildDefaultRichMenu({ liffUrl: 'http://liff.line.me/x' })).toThrow(/https/);
  });
});

describe('rich menu image', () => {
  it('when read from disk, then the PNG header says 2500×1686 and the file is at most 1 MB', () => {
    expect(readPngDimensions(readFileSync(IMAGE_PATH))).toEqual({ width: 2500, height: 1686 });
    expect(statSync(IMAGE_PATH).size).toBeLessThanOrEqual(1024 * 1024);
  });

  it('when given bytes that are not a PNG, then reading the size fails', () => {
    expect(() => readPngDimensions(new TextEncoder().encode('GIF89a not a png at all....'))).toThrow(/PNG/);
  });

  it('when the artwork page is built, then it draws every tile title and embeds the given font', () => {
    const html = buildRichMenuHtml([{ family: 'Sarabun', weight: 700, dataUrl: 'data:font/woff2;base64,AAAA' }]);
    for (const tile of RICH_MENU_TILES) for (const line of tile.titleLines) expect(html).toContain(line);
    expect(html).toContain("src:url(data:font/woff2;base64,AAAA) format('woff2')");
  });
});
