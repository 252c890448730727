import { Router } from 'express';
import type { LineEmulator, StoredRichMenu } from '../../line-emulator/index.ts';

/** The menu a bot defines (a LINE rich menu object, as sent to `POST /v2/bot/richmenu`). */
export interface RichMenuDefinition {
  size?: { width?: number; height?: number };
  selected?: boolean;
  name?: string;
  chatBarText?: string;
  areas?: unknown[];
}

/** What LINE would show when nothing was set up on the emulator: the bot's own menu and its artwork. */
export interface DefaultRichMenu {
  menu: RichMenuDefinition;
  imageFile: string;
}

const DEFAULT_ID = 'bot-default';

/**
 * `users/:userId/rich-menu`: the menu under that user's chat (linked, else the emulator's default,
 * else the bot's own definition) with the URL of its image; `{ richMenu: null }` when there is none.
 */
export function richMenuRoutes(emulator: LineEmulator, fallback: DefaultRichMenu | undefined): Router {
  const router = Router();
  router.get('/users/:userId/rich-menu', (req, res) => {
    const stored = emulator.richMenus.shownTo(req.params.userId);
    const menu = stored ?? (fallback && { ...normalise(fallback.menu), richMenuId: DEFAULT_ID });
    res.json({ richMenu: menu ? describe(menu, stored ? emulator.richMenus.image(stored.richMenuId) !== undefined : true) : null });
  });
  router.get('/rich-menus/:richMenuId/image', (req, res) => {
    if (req.params.richMenuId === DEFAULT_ID && fallback) return void res.type('image/png').sendFile(fallback.imageFile);
    const image = emulator.richMenus.image(req.params.richMenuId);
    if (!image) return void res.status(404).json({ message: 'no image for this rich menu' });
    res.type(image.contentType).send(image.bytes);
  });
  return router;
}

function normalise(menu: RichMenuDefinition): Omit<StoredRichMenu, 'richMenuId'> {
  return {
    size: { width: menu.size?.width ?? 2500, height: menu.size?.height ?? 1686 },
    selected: menu.selected ?? false,
    name: menu.name ?? '',
    chatBarText: menu.chatBarText ?? '',
    areas: menu.areas ?? [],
  };
}

/** The page draws the image and lays a button over each area; a menu without an image draws labelled tiles. */
function describe(menu: StoredRichMenu, hasImage: boolean) {
  const imageUrl = hasImage ? `api/rich-menus/${encodeURIComponent(menu.richMenuId)}/image` : null;
  return { ...menu, imageUrl };
}
