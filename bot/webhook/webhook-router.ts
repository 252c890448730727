import express, { Router, type Request, type Response } from 'express';
import { middleware, type webhook } from '@line/bot-sdk';
import type { Logger } from '../../infra/logger.ts';
import { createInboxWriter } from '../inbox/inbox-store.ts';

export type WebhookRouterOptions = {
  channelSecret: string;
  bodyLimitBytes: number;
  logger: Logger;
  /** Called after events are stored, so this instance's worker starts at once. */
  onStored: (count: number) => void;
};

/**
 * `POST /webhook`: the raw body is read first (the signature covers the exact bytes), then the
 * SDK verifies it, then events are stored durably before the 200. Processing happens later.
 */
export function createWebhookRouter(options: WebhookRouterOptions): Router {
  const router = Router();
  const inbox = createInboxWriter();
  router.post(
    '/webhook',
    express.raw({ type: () => true, limit: options.bodyLimitBytes }),
    middleware({ channelSecret: options.channelSecret }),
    async (req: Request, res: Response) => {
      const body = req.body as Partial<webhook.CallbackRequest> | null;
      if (!body || !Array.isArray(body.events)) {
        res.status(400).json({ error: 'invalid_body', message: 'Expected an object with an events array' });
        return;
      }
      try {
        const result = await inbox.store(body.events);
        if (result.duplicates > 0) req.log.info({ duplicates: result.duplicates }, 'ignored redelivered events');
        if (result.stored > 0) options.onStored(result.stored);
        res.status(200).json({});
      } catch (error) {
        // Not stored means not acknowledged: LINE redelivers (when enabled) instead of losing it.
        req.log.error({ err: error }, 'could not store webhook events');
        res.status(503).json({ error: 'storage_unavailable', message: 'Events could not be stored; please retry' });
      }
    },
  );
  return router;
}
