import type { AppConfig } from '../../infra/config/load-config.ts';
import type { Logger } from '../../infra/logger.ts';
import { createFaqCatalog, type FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import { loadShippedKbIfEmpty } from '../../domain/faq/kb-sync.ts';
import { loadShippedOfficesIfEmpty } from '../../domain/offices/import-offices.ts';

/** The sample office list seeds an empty database, so cases route before the province sends its own. */
export async function loadShippedOffices(logger: Logger): Promise<void> {
  const loaded = await loadShippedOfficesIfEmpty();
  if (loaded > 0) logger.info({ offices: loaded }, 'loaded the sample office list (data/offices): replace it with npm run offices:import');
}

/** The shipped knowledge base seeds an empty database; after that the stored FAQ is the truth. */
export async function openFaqCatalog(config: AppConfig, logger: Logger): Promise<FaqCatalog> {
  const loaded = await loadShippedKbIfEmpty();
  if (loaded > 0) logger.info({ entries: loaded }, 'loaded the shipped FAQ knowledge base');
  const catalog = createFaqCatalog({ refreshIntervalMs: config.faqRefreshIntervalMs, logger });
  await catalog.refresh();
  catalog.start();
  return catalog;
}
