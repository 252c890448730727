import express, { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import type { z } from 'zod';
import type { EmulatorState } from '../emulator-state.ts';
import { buildTimeline } from '../timeline.ts';
import { matchesDelivery } from '../wait-for-deliveries.ts';
import type { DeliveryVia } from '../types.ts';
import { userEventInputSchema, type UserEventInput } from '../user-event-input.ts';
import { readImageDimensions } from '../validation/image-dimensions.ts';
import type { WebhookSender } from '../webhook-sender.ts';
import { faultSchema, idTokenRequestSchema, newUserSchema, replyTokenRequestSchema } from './control-schemas.ts';

export interface ControlHooks {
  /** Restores the emulator to its initial state (personas included). */
  reset(): void;
}

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * JSON control API for tests, benchmarks and the chat console. Self-contained (own parsers and
 * error handler) so it can also be mounted on the bot's app.
 */
export function controlRoutes(state: EmulatorState, sender: WebhookSender, hooks: ControlHooks): Router {
  const router = Router();
  router.use(express.json({ limit: '1mb' }));
  addUserRoutes(router, state, sender);
  addTokenRoutes(router, state);
  addFaultRoutes(router, state);
  addLogRoutes(router, state);
  router.post('/reset', (_req, res) => {
    hooks.reset();
    res.status(204).end();
  });
  router.use(controlErrorHandler);
  return router;
}

function addUserRoutes(router: Router, state: EmulatorState, sender: WebhookSender): void {
  router.get('/users', (_req, res) => {
    res.json({ users: state.users.list() });
  });
  router.post('/users', (req, res) => {
    const input = parseOr400(newUserSchema, req.body, res);
    if (!input) return;
    const user = state.users.add(input);
    state.notify({ kind: 'user', user });
    res.status(201).json(user);
  });
  router.post('/users/:userId/events', async (req, res) => {
    const input = parseOr400(userEventInputSchema, req.body, res);
    if (input) await sendEvent(state, sender, req, res, input);
  });
  const rawImage = express.raw({ type: ['image/jpeg', 'image/png'], limit: MAX_UPLOAD_BYTES });
  router.post('/users/:userId/images', rawImage, async (req, res) => {
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const image = readImageDimensions(bytes);
    if (!image) return void res.status(400).json({ message: 'body must be a PNG or JPEG image' });
    await sendEvent(state, sender, req, res, { type: 'image', content: bytes, contentType: `image/${image.format}` });
  });
  router.get('/users/:userId/timeline', (req, res) => {
    res.json({ items: buildTimeline(req.params.userId, state.webhookLog, state.deliveries) });
  });
}

async function sendEvent(
  state: EmulatorState,
  sender: WebhookSender,
  req: Request,
  res: Response,
  input: UserEventInput,
): Promise<void> {
  const userId = String(req.params.userId);
  if (!state.users.get(userId)) return void res.status(404).json({ message: 'unknown user' });
  res.json(await sender.sendFromUser(userId, input));
}

function addTokenRoutes(router: Router, state: EmulatorState): void {
  router.post('/users/:userId/id-tokens', (req, res) => {
    const options = parseOr400(idTokenRequestSchema, req.body ?? {}, res);
    if (!options) return;
    const user = state.users.get(req.params.userId);
    if (!user) return void res.status(404).json({ message: 'unknown user' });
    res.status(201).json({ idToken: state.idTokens.issue(user, options, state.config.now()) });
  });
  router.post('/reply-tokens', (req, res) => {
    const input = parseOr400(replyTokenRequestSchema, req.body ?? {}, res);
    if (input) res.status(201).json({ replyToken: state.replyTokens.issue(input.userId ?? null, state.config.now()) });
  });
}

function addFaultRoutes(router: Router, state: EmulatorState): void {
  router.get('/faults', (_req, res) => res.json({ faults: state.faults.list() }));
  router.post('/faults', (req, res) => {
    const spec = parseOr400(faultSchema, req.body, res);
    if (spec) res.status(201).json(state.faults.inject(spec));
  });
  router.delete('/faults', (_req, res) => {
    state.faults.clear();
    res.status(204).end();
  });
}

function addLogRoutes(router: Router, state: EmulatorState): void {
  router.get('/requests', (req, res) => {
    const endpoint = typeof req.query.endpoint === 'string' ? req.query.endpoint : undefined;
    res.json({ requests: state.requestLog.filter((entry) => !endpoint || entry.endpoint === endpoint) });
  });
  router.get('/deliveries', (req, res) => {
    const { userId, via } = req.query as { userId?: string; via?: DeliveryVia };
    const matches = state.deliveries.filter((delivery) => matchesDelivery(delivery, { userId, via }));
    res.json({ deliveries: matches });
  });
  router.get('/webhooks', (_req, res) => res.json({ webhooks: state.webhookLog }));
  router.get('/content/:messageId', (req, res) => {
    const image = state.contents.get(req.params.messageId);
    if (!image) return void res.status(404).json({ message: 'not found' });
    res.type(image.contentType).send(image.bytes);
  });
}

function parseOr400<T extends z.ZodType>(schema: T, body: unknown, res: Response): z.infer<T> | undefined {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => ({ property: issue.path.join('.'), message: issue.message }));
  res.status(400).json({ message: 'invalid request', details });
  return undefined;
}

const controlErrorHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.too.large') return void res.status(413).json({ message: 'request body too large' });
  if (type === 'entity.parse.failed') return void res.status(400).json({ message: 'malformed JSON' });
  res.status(500).json({ message: 'internal error' });
};
