import type { AppConfig } from '../../infra/config/load-config.ts';
import type { Logger } from '../../infra/logger.ts';
import type { FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import { createDelivery } from '../../infra/outbox/delivery.ts';
import type { DeliveryTiming } from '../../infra/outbox/delivery-timing.ts';
import { createLoadingIndicator } from '../../infra/line/loading-indicator.ts';
import { createInboxWorker } from '../inbox/inbox-worker.ts';
import { createFloodGuard } from '../inbox/flood-guard.ts';
import { createEventDispatcher } from '../events/dispatch-event.ts';
import { createPhotoLinks } from '../media/photo-links.ts';
import { buildBotServices } from './build-bot-services.ts';
import { buildCaseService } from './build-case-service.ts';
import type { LineConnection } from './line-connection.ts';
import { DAY_MS } from '../../domain/time/thai-time.ts';

export type WorkerOptions = { timing: DeliveryTiming | undefined; liffPageBase: string | undefined; publicUrl: string | undefined };

/** The inbox worker handles stored events; what it sends goes through the outbox to the sender. */
export function createWorkers(config: AppConfig, line: LineConnection, faqCatalog: FaqCatalog, logger: Logger, extra: WorkerOptions) {
  const delivery = createDelivery({ config, clients: line.clients, logger, ...(extra.timing ? { timing: extra.timing } : {}) });
  const { outbox, sender } = delivery;
  const photoLinks = createPhotoLinks({ publicBaseUrl: config.publicBaseUrl, secret: line.credentials.channelSecret });
  const cases = buildCaseService({ config, outbox, photoUrl: photoLinks.url });
  const services = buildBotServices({ config, outbox, clients: line.clients, logger, faqCatalog, cases, photoUrl: photoLinks.url, liffPageBase: extra.liffPageBase, publicUrl: extra.publicUrl });
  const inbox = createInboxWorker({
    dispatch: createEventDispatcher(services, logger, {
      flood: createFloodGuard(config.flood),
      loading: createLoadingIndicator(line.clients.send, logger),
    }),
    logger,
    leaseMs: config.inbox.leaseMs,
    maxAttempts: config.inbox.maxAttempts,
    retention: { doneMs: config.inbox.retentionDays * DAY_MS, deadMs: config.inbox.deadRetentionDays * DAY_MS },
    // Claimed first while their answer can still go as a reply: a fifth of the token's life is left to send it.
    freshForMs: Math.floor(delivery.timing.replyTokenMaxAgeMs * 0.8),
  });
  return { inbox, sender, cases, photoLinks, outbox };
}
