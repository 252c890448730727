import { CASE_STATUSES, CASE_STATUS_CODES, OPEN_STATUSES as OPEN, type CaseStatus } from '../../../../domain/cases/case-statuses.ts';

/** The API's case shapes come from the domain that builds them, so page and server cannot disagree. */
export type { CaseView, CaseDetail, CaseHistoryView } from '../../../../domain/cases/case-view.ts';
export type { CaseStatus };
export type CaseKind = 'problem' | 'consultation';

export type CaseCategory = { code: string; name: string; kind: CaseKind; slaDays: number; needsResultPhoto: boolean };
export type Areas = { province: { code: string; name: string }; districts: { code: string; name: string; subdistricts: { code: string; name: string }[] }[] };
export type Office = { code: string; name: string; kind: 'local' | 'pao' | 'clinic' };

export const OPEN_STATUSES: readonly CaseStatus[] = OPEN;
export const STATUS_CODES: readonly CaseStatus[] = CASE_STATUS_CODES;

/** A status's Thai name (statuses are data in the domain). */
export function statusName(status: string): string {
  return status in CASE_STATUSES ? CASE_STATUSES[status as CaseStatus].label : status;
}
