import { FaqEntryModel } from '../../models/faq-entry.ts';
import { exportFaqEntries } from '../faq/kb-sync.ts';
import { buildFaqIndex, type FaqIndex } from '../faq/faq-index.ts';
import type { FaqEntry } from '../faq/types.ts';

export type FaqCatalog = {
  index(): FaqIndex;
  entry(faqId: string): FaqEntry | undefined;
  /** Rebuilds now if the stored FAQ changed since the last build (any instance may have changed it). */
  refresh(): Promise<boolean>;
  start(): void;
  stop(): void;
};

type Logger = { warn(object: object, message: string): void };

/**
 * Holds the matcher index for this instance. Instances do not talk to each other, so each one
 * polls a cheap fingerprint of the FAQ collection and rebuilds when it changes; an edit made
 * through this instance's API calls refresh() directly and is live at once.
 */
export function createFaqCatalog(options: { refreshIntervalMs: number; logger: Logger }): FaqCatalog {
  let entries = new Map<string, FaqEntry>();
  let index = buildFaqIndex([]);
  let fingerprint = '';
  let timer: NodeJS.Timeout | undefined;

  const refresh = async () => {
    const current = await readFingerprint();
    if (current === fingerprint) return false;
    const all = await exportFaqEntries();
    entries = new Map(all.map((entry) => [entry.id, entry]));
    index = buildFaqIndex(all);
    fingerprint = current;
    return true;
  };

  return {
    index: () => index,
    entry: (faqId) => entries.get(faqId),
    refresh,
    start() {
      timer = setInterval(() => {
        refresh().catch((error: unknown) => options.logger.warn({ err: error }, 'FAQ refresh failed; keeping the previous index'));
      }, options.refreshIntervalMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
    },
  };
}

/** Count plus newest update time changes with every create, edit, enable/disable and delete. */
async function readFingerprint(): Promise<string> {
  const [count, newest] = await Promise.all([
    FaqEntryModel.countDocuments(),
    FaqEntryModel.findOne({}, { updatedAt: 1 }).sort({ updatedAt: -1 }).lean(),
  ]);
  return `${count}:${newest?.updatedAt?.getTime() ?? 0}`;
}
