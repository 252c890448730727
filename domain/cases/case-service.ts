import { loadProvinceAreas, type ProvinceAreas } from '../areas/admin-areas.ts';
import { createOfficeDirectoryCache, type OfficeDirectory } from '../offices/office-directory.ts';
import { actOnCase } from './act-on-case.ts';
import { addCaseNote, supportCase } from './case-notes.ts';
import type { CaseNotifier } from './case-events.ts';
import type { StoredCase } from './case-repository.ts';
import type { CaseActor, CaseCommand } from './case-types.ts';
import { fileCase, type NewCaseInput } from './file-case.ts';
import { findLikelyDuplicates } from './find-duplicates.ts';
import type { CaseArea } from './routing.ts';
import { toCaseDetail, toCaseView, type CaseDetail, type CaseView } from './case-view.ts';

export type CaseService = ReturnType<typeof createCaseService>;

export type CaseServiceOptions = {
  notify: CaseNotifier;
  reopenWithinDays: number;
  now?: () => Date;
};

/**
 * The case use-cases with their shared dependencies bound once: the office list (cached), the
 * province's areas, the notifier and the clock. bot/ (chat and API) and jobs/ use the same one.
 */
export function createCaseService(options: CaseServiceOptions) {
  const now = options.now ?? (() => new Date());
  const officesCache = createOfficeDirectoryCache();
  const offices = (): Promise<OfficeDirectory> => officesCache.get();
  const areas = async (): Promise<ProvinceAreas> => loadProvinceAreas((await offices()).provinceCode);
  return {
    offices,
    areas,
    refreshOffices: () => officesCache.invalidate(),
    now,
    async file(input: NewCaseInput): Promise<StoredCase> {
      return fileCase({ offices: await offices(), areas: await areas(), notify: options.notify, now: now() }, input);
    },
    async act(input: { ticket: string; command: CaseCommand; actor: CaseActor; requestKey?: string | undefined }): Promise<StoredCase> {
      return actOnCase({ offices: await offices(), notify: options.notify, now: now(), reopenWithinDays: options.reopenWithinDays }, input);
    },
    addNote(input: { ticket: string; note: string; photoIds: string[]; actor: CaseActor; requestKey?: string | undefined }): Promise<StoredCase> {
      return addCaseNote({ notify: options.notify, now: now() }, input);
    },
    support(input: { ticket: string; actor: CaseActor & { lineUserId: string } }): Promise<StoredCase> {
      return supportCase({ notify: options.notify, now: now() }, input);
    },
    async view(stored: StoredCase, viewer: CaseActor): Promise<CaseView> {
      return toCaseView(stored, { offices: await offices(), areas: await areas(), viewer, now: now(), reopenWithinDays: options.reopenWithinDays });
    },
    async detail(stored: StoredCase, viewer: CaseActor): Promise<CaseDetail> {
      return toCaseDetail(stored, { offices: await offices(), areas: await areas(), viewer, now: now(), reopenWithinDays: options.reopenWithinDays });
    },
    duplicates(input: { category: string; area: CaseArea; location: { latitude: number; longitude: number } | undefined; excludeReporter?: string }): Promise<StoredCase[]> {
      return findLikelyDuplicates({ ...input, now: now() });
    },
  };
}
