import { Router } from 'express';
import type { EmulatorState } from '../emulator-state.ts';
import { faultGate, sendLineError, sendLineJson } from './line-http.ts';

export function profileRoutes(state: EmulatorState): Router {
  const router = Router();
  router.get('/v2/bot/profile/:userId', faultGate(state, 'profile'), (req, res) => {
    const user = state.users.get(String(req.params.userId));
    if (!user || !user.following) return sendLineError(res, 404, 'Not found');
    sendLineJson(res, 200, {
      userId: user.userId,
      displayName: user.displayName,
      language: 'th',
      ...(user.pictureUrl === undefined ? {} : { pictureUrl: user.pictureUrl }),
      ...(user.statusMessage === undefined ? {} : { statusMessage: user.statusMessage }),
    });
  });
  router.get('/v2/bot/message/quota', (_req, res) => {
    const quota = state.config.monthlyMessageQuota;
    sendLineJson(res, 200, quota === undefined ? { type: 'none' } : { type: 'limited', value: quota });
  });
  router.get('/v2/bot/message/quota/consumption', (_req, res) => {
    sendLineJson(res, 200, { totalUsage: state.chargedMessages });
  });
  router.post('/v2/bot/chat/loading/start', (req, res) => {
    const body = (req.body ?? {}) as { chatId?: unknown; loadingSeconds?: unknown };
    const seconds = body.loadingSeconds ?? 20;
    if (typeof body.chatId !== 'string' || !state.users.get(body.chatId)) {
      return sendLineError(res, 400, 'The request body has 1 error(s)', [{ message: 'invalid chatId', property: 'chatId' }]);
    }
    if (typeof seconds !== 'number' || seconds < 5 || seconds > 60 || seconds % 5 !== 0) {
      const detail = { message: 'must be a multiple of 5 between 5 and 60', property: 'loadingSeconds' };
      return sendLineError(res, 400, 'The request body has 1 error(s)', [detail]);
    }
    state.notify({ kind: 'loading', userId: body.chatId, seconds });
    sendLineJson(res, 202, {});
  });
  return router;
}
