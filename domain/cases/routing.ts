import type { CaseCategory } from './categories.ts';
import type { OfficeDirectory } from '../offices/office-directory.ts';

export type CaseArea = { districtCode: string; subdistrictCode: string } | null;

export type RoutingDecision = {
  officeCode: string;
  /** Why this office: shown to staff, and to the reporter as «who will handle it». */
  reason: 'area' | 'category' | 'outside-province' | 'no-office' | 'no-area';
};

/**
 * Which office takes a new case. Category rules come first (legal consultations to Clinic
 * Center staff, provincial roads to the อบจ.); then the office serving the sub-district. A case
 * with no area, outside the province, or in an area no office serves goes to Clinic Center
 * staff: never nowhere.
 */
export function routeCase(input: { category: CaseCategory; area: CaseArea; outsideProvince: boolean }, offices: OfficeDirectory): RoutingDecision {
  const clinic = offices.clinic().code;
  if (input.category.route === 'clinic') return { officeCode: clinic, reason: 'category' };
  if (input.outsideProvince) return { officeCode: clinic, reason: 'outside-province' };
  if (input.category.route === 'pao') return { officeCode: offices.pao()?.code ?? clinic, reason: 'category' };
  if (!input.area) return { officeCode: clinic, reason: 'no-area' };
  const local = offices.forSubdistrict(input.area.subdistrictCode);
  return local ? { officeCode: local.code, reason: 'area' } : { officeCode: clinic, reason: 'no-office' };
}
