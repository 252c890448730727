import express, { Router, type Request, type Response } from 'express';
import { middleware } from '@line/bot-sdk';
import type { Logger } from '../../infra/logger.ts';
import { createInboxWriter } from '../inbox/inbox-store.ts';
import { rejectOversizedBody } from '../http/body-size-guard.ts';
import { checkWebhookBody } from './validate-webhook-body.ts';

export type WebhookRouterOptions = {
  channelSecret: string;
  bodyLimitBytes: number;
  logger: Logger;
  /** Called after events are stored, so this instance's worker starts at once. */
  onStored: (count: number) => void;
};

/**
 * `POST /webhook`: the raw body is read first (the signature covers the exact bytes), then the
 * SDK verifies it, then each event is checked against LINE's schema and the valid ones are stored
 * durably before the 200. Processing happens later.
 */
export function createWebhookRouter(options: WebhookRouterOptions): Router {
  const router = Router();
  const inbox = createInboxWriter();
  router.post(
    '/webhook',
    rejectOversizedBody(options.bodyLimitBytes),
    express.raw({ type: () => true, limit: options.bodyLimitBytes }),
    middleware({ channelSecret: options.channelSecret }),
    async (req: Request, res: Response) => {
      const checked = checkWebhookBody(req.body);
      if (!checked.valid) {
        req.log.warn({ problems: checked.problems }, 'webhook body is not a LINE webhook');
        res.status(400).json({ error: 'invalid_body', message: 'Expected a LINE webhook body: { destination, events: [event objects] }' });
        return;
      }
      // Acknowledged but not stored: LINE would redeliver the same bytes, which would fail the same way.
      for (const refused of checked.refused) req.log.warn(refused, 'webhook event refused: not a valid LINE event');
      try {
        const result = await inbox.store(checked.events);
        if (result.duplicates > 0) req.log.info({ duplicates: result.duplicates }, 'ignored redelivered events');
        if (result.refused > 0) req.log.warn({ refused: result.refused }, 'the database refused webhook events; acknowledged without storing');
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
