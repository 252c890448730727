import type { AppConfig } from '../../infra/config/load-config.ts';
import type { Outbox } from '../../infra/outbox/outbox.ts';
import { createCaseService, type CaseService } from '../../domain/cases/case-service.ts';
import { createCaseNotifier } from '../notifications/case-notifier.ts';
import type { PhotoUrl } from '../messages/case-card.ts';

/** The case use-cases with the notifier that tells people through the outbox; one per process. */
export function buildCaseService(deps: { config: AppConfig; outbox: Outbox; photoUrl: PhotoUrl | undefined; now?: () => Date }): CaseService {
  const notify = createCaseNotifier({ outbox: deps.outbox, photoUrl: deps.photoUrl, present: (stored, viewer) => service.view(stored, viewer) });
  const service: CaseService = createCaseService({ notify, reopenWithinDays: deps.config.cases.reopenWithinDays, ...(deps.now ? { now: deps.now } : {}) });
  return service;
}
