import { CaseModel } from '../../models/case.ts';
import { distanceKm } from '../areas/geo.ts';
import { addDays } from '../time/thai-time.ts';
import { OPEN_STATUSES } from './case-statuses.ts';
import type { StoredCase } from './case-repository.ts';
import type { CaseArea } from './routing.ts';

/** How far apart two reports of the same kind may be and still be one problem (a streetlight, a pothole). */
export const DUPLICATE_RADIUS_KM = 0.3;
export const DUPLICATE_WINDOW_DAYS = 14;
const MAX_OFFERED = 3;

/**
 * Open cases that are probably the same problem: the same category, filed in recent days, close
 * by (or, without a location, in the same sub-district). Offered before a new case is filed.
 */
export async function findLikelyDuplicates(input: {
  category: string;
  area: CaseArea;
  location: { latitude: number; longitude: number } | undefined;
  now: Date;
  excludeReporter?: string | undefined;
}): Promise<StoredCase[]> {
  if (!input.area && !input.location) return [];
  const filter: Record<string, unknown> = {
    category: input.category,
    status: { $in: OPEN_STATUSES },
    createdAt: { $gte: addDays(input.now, -DUPLICATE_WINDOW_DAYS) },
  };
  if (input.area) filter['area.subdistrictCode'] = input.area.subdistrictCode;
  const candidates = (await CaseModel.find(filter).sort({ createdAt: -1 }).limit(50).lean()) as StoredCase[];
  return candidates
    .filter((candidate) => candidate.reporterLineUserId !== input.excludeReporter)
    .filter((candidate) => isNear(candidate, input.location))
    .slice(0, MAX_OFFERED);
}

function isNear(candidate: StoredCase, location: { latitude: number; longitude: number } | undefined): boolean {
  if (!location || !candidate.location?.latitude || !candidate.location.longitude) return true;
  return distanceKm(location, { latitude: candidate.location.latitude, longitude: candidate.location.longitude }) <= DUPLICATE_RADIUS_KM;
}
