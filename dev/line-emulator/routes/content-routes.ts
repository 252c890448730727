import { Router, type Response } from 'express';
import type { EmulatorState } from '../emulator-state.ts';
import type { StoredImage } from '../rich-menu-store.ts';
import { faultGate, lineLocals, sendLineError, sendLineJson } from './line-http.ts';

/** api-data.line.me paths: content users sent (uploaded through the console or control API). */
export function contentRoutes(state: EmulatorState): Router {
  const router = Router();
  const gate = faultGate(state, 'content');
  router.get('/v2/bot/message/:messageId/content', gate, (req, res) => {
    sendStoredImage(res, state.contents.get(String(req.params.messageId)));
  });
  router.get('/v2/bot/message/:messageId/content/preview', gate, (req, res) => {
    sendStoredImage(res, state.contents.get(String(req.params.messageId)));
  });
  router.get('/v2/bot/message/:messageId/content/transcoding', gate, (req, res) => {
    if (!state.contents.has(String(req.params.messageId))) return sendLineError(res, 404, 'Not found');
    sendLineJson(res, 200, { status: 'succeeded' });
  });
  return router;
}

export function sendStoredImage(res: Response, image: StoredImage | undefined): void {
  if (!image) return sendLineError(res, 404, 'Not found');
  lineLocals(res).responseBody = `<${image.bytes.length} bytes>`;
  res.status(200).type(image.contentType).send(image.bytes);
}
