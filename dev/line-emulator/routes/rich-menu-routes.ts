import express, { Router, type Request, type Response } from 'express';
import type { EmulatorState } from '../emulator-state.ts';
import type { StoredRichMenu } from '../rich-menu-store.ts';
import { readImageDimensions } from '../validation/image-dimensions.ts';
import { validateRichMenu } from '../validation/rich-menu-validator.ts';
import { sendStoredImage } from './content-routes.ts';
import { faultGate, sendLineError, sendLineJson, sendValidationErrors } from './line-http.ts';

const MAX_IMAGE_BYTES = 1024 * 1024;
const IMAGE_TYPES = ['image/png', 'image/jpeg'];

export function richMenuRoutes(state: EmulatorState): Router {
  const router = Router();
  router.use('/v2/bot/richmenu', faultGate(state, 'richmenu'));
  router.post('/v2/bot/richmenu', (req, res) => createMenu(state, req, res));
  router.post('/v2/bot/richmenu/validate', (req, res) => {
    const issues = validateRichMenu(req.body);
    if (issues.length > 0) return sendValidationErrors(res, issues);
    sendLineJson(res, 200, {});
  });
  router.get('/v2/bot/richmenu/list', (_req, res) => sendLineJson(res, 200, { richmenus: state.richMenus.list() }));
  router.get('/v2/bot/richmenu/:id', (req, res) => withMenu(state, req, res, (menu) => sendLineJson(res, 200, menu)));
  router.delete('/v2/bot/richmenu/:id', (req, res) =>
    withMenu(state, req, res, (menu) => {
      state.richMenus.delete(menu.richMenuId);
      sendLineJson(res, 200, {});
    }),
  );
  const rawImage = express.raw({ type: () => true, limit: MAX_IMAGE_BYTES * 2 });
  router.post('/v2/bot/richmenu/:id/content', rawImage, (req, res) => uploadImage(state, req, res));
  router.get('/v2/bot/richmenu/:id/content', (req, res) => sendStoredImage(res, state.richMenus.image(req.params.id)));
  router.use(defaultMenuRoutes(state));
  return router;
}

function withMenu(state: EmulatorState, req: Request, res: Response, then: (menu: StoredRichMenu) => void): void {
  const menu = state.richMenus.get(String(req.params.id));
  if (!menu) return sendLineError(res, 404, 'Not found');
  then(menu);
}

function createMenu(state: EmulatorState, req: Request, res: Response): void {
  const issues = validateRichMenu(req.body);
  if (issues.length > 0) return sendValidationErrors(res, issues);
  const body = req.body as Omit<StoredRichMenu, 'richMenuId'>;
  const menu = state.richMenus.create({
    size: body.size,
    selected: body.selected,
    name: body.name,
    chatBarText: body.chatBarText,
    areas: body.areas,
  });
  sendLineJson(res, 200, { richMenuId: menu.richMenuId });
}

function uploadImage(state: EmulatorState, req: Request, res: Response): void {
  withMenu(state, req, res, (menu) => {
    const contentType = (req.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!IMAGE_TYPES.includes(contentType)) return sendLineError(res, 415, 'Unsupported Media Type');
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (bytes.length > MAX_IMAGE_BYTES) return sendLineError(res, 413, 'Request Entity Too Large');
    if (state.richMenus.image(menu.richMenuId)) {
      return sendLineError(res, 400, 'An image has already been uploaded to the richmenu');
    }
    const image = readImageDimensions(bytes);
    if (!image || `image/${image.format}` !== contentType) return sendLineError(res, 400, 'Invalid image');
    if (image.width !== menu.size.width || image.height !== menu.size.height) {
      const expected = `${menu.size.width}x${menu.size.height}`;
      return sendLineError(res, 400, `Image size ${image.width}x${image.height} does not match the rich menu size ${expected}`);
    }
    state.richMenus.setImage(menu.richMenuId, { contentType, bytes });
    sendLineJson(res, 200, {});
  });
}

function defaultMenuRoutes(state: EmulatorState): Router {
  const router = Router();
  router.post('/v2/bot/user/all/richmenu/:id', (req, res) =>
    withMenu(state, req, res, (menu) => {
      if (!state.richMenus.image(menu.richMenuId)) return sendLineError(res, 400, 'must upload richmenu image before applying it to user');
      state.richMenus.setDefault(menu.richMenuId);
      sendLineJson(res, 200, {});
    }),
  );
  router.get('/v2/bot/user/all/richmenu', (_req, res) => {
    const richMenuId = state.richMenus.defaultMenuId;
    if (!richMenuId) return sendLineError(res, 404, 'no default richmenu');
    sendLineJson(res, 200, { richMenuId });
  });
  router.delete('/v2/bot/user/all/richmenu', (_req, res) => {
    state.richMenus.setDefault(undefined);
    sendLineJson(res, 200, {});
  });
  router.post('/v2/bot/user/:userId/richmenu/:id', (req, res) =>
    withMenu(state, req, res, (menu) => {
      if (!state.users.get(req.params.userId)) return sendLineError(res, 400, 'invalid userId');
      state.richMenus.link(req.params.userId, menu.richMenuId);
      sendLineJson(res, 200, {});
    }),
  );
  router.get('/v2/bot/user/:userId/richmenu', (req, res) => {
    const richMenuId = state.richMenus.linkedMenu(req.params.userId);
    if (!richMenuId) return sendLineError(res, 404, 'the user has no richmenu');
    sendLineJson(res, 200, { richMenuId });
  });
  router.delete('/v2/bot/user/:userId/richmenu', (req, res) => {
    state.richMenus.link(req.params.userId, undefined);
    sendLineJson(res, 200, {});
  });
  return router;
}
