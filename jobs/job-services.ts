import type { AppConfig } from '../infra/config/load-config.ts';
import type { Logger } from '../infra/logger.ts';
import type { Outbox } from '../infra/outbox/outbox.ts';
import type { CaseService } from '../domain/cases/case-service.ts';
import type { PhotoUrl } from '../bot/messages/case-card.ts';
import type { ActivityJobDeps } from './activity-services.ts';
import type { ConsultationDelivery } from '../bot/notifications/consultation-delivery.ts';

/** What a job body may use; built once by the service (or by `npm run job`), passed in, never constructed inside. */
export type JobServices = {
  config: AppConfig;
  logger: Logger;
  outbox: Outbox;
  cases: CaseService;
  consultations: ConsultationDelivery;
  photoUrl: PhotoUrl | undefined;
  liffUrl: string | undefined;
  /** The activity jobs' quota reader and links; set by the service and by `npm run job`. */
  activities?: ActivityJobDeps;
};
