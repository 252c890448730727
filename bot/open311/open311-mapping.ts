import type { ProvinceAreas } from '../../domain/areas/admin-areas.ts';
import { CASE_STATUSES, type CaseStatus } from '../../domain/cases/case-statuses.ts';
import { caseCategories, findCategory, type CaseCategory } from '../../domain/cases/categories.ts';
import type { OfficeDirectory } from '../../domain/offices/office-directory.ts';
import { publicPosition } from '../../domain/reports/open-data-rules.ts';
import type { Open311Request, Open311Service } from './georeport-fields.ts';

/**
 * Cases as Open311 requests, and nothing a person could be found by: no name, phone, LINE id,
 * free text (a description may hold any of them) or photo; the place is the sub-district, the
 * point rounded (more for sensitive categories). Pure.
 */
export type PublicCaseFields = {
  ticket: string;
  category: string;
  status: string;
  officeCode: string;
  area?: { districtCode?: string | null; subdistrictCode?: string | null } | null;
  location?: { latitude?: number | null; longitude?: number | null } | null;
  createdAt: Date;
  updatedAt: Date;
  dueAt: Date;
};

/** The only fields a query for public output reads: contact details and LINE ids never leave the database. */
export const PUBLIC_CASE_PROJECTION = { ticket: 1, category: 1, status: 1, officeCode: 1, area: 1, location: 1, createdAt: 1, updatedAt: 1, dueAt: 1 } as const;

const KIND_GROUPS = { problem: 'แจ้งปัญหา', consultation: 'ขอคำปรึกษา' } as const;

export function toService(category: CaseCategory): Open311Service {
  return {
    service_code: category.code,
    service_name: category.name,
    description: `${category.label} (ตั้งเป้าแล้วเสร็จใน ${category.slaDays} วัน)`,
    metadata: false,
    type: 'realtime',
    keywords: category.label.split('/').join(','),
    group: KIND_GROUPS[category.kind],
  };
}

export function open311Services(): Open311Service[] {
  return caseCategories().map(toService);
}

/** W3C datetime with the Bangkok offset, as the specification's examples give local time. */
export function w3cBangkok(date: Date): string {
  return `${new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

export function toRequest(stored: PublicCaseFields, lookups: { offices: OfficeDirectory; areas: ProvinceAreas }): Open311Request {
  const category = findCategory(stored.category);
  const sub = stored.area?.subdistrictCode ? lookups.areas.subdistrict(stored.area.subdistrictCode) : undefined;
  const district = sub ? lookups.areas.district(sub.districtCode) : stored.area?.districtCode ? lookups.areas.district(stored.area.districtCode) : undefined;
  const place = [sub ? `ต.${sub.name}` : '', district ? `อ.${district.name}` : '', `จ.${lookups.areas.province.name}`].filter(Boolean).join(' ');
  const position = publicPosition(stored.category, stored.location);
  const status = CASE_STATUSES[stored.status as CaseStatus];
  return {
    service_request_id: stored.ticket,
    status: status?.group === 'open' ? 'open' : 'closed',
    status_notes: status?.label ?? '',
    service_name: category?.name ?? stored.category,
    service_code: stored.category,
    description: `${category?.name ?? stored.category} ${place}`,
    agency_responsible: lookups.offices.byCode(stored.officeCode)?.name ?? '',
    service_notice: '',
    requested_datetime: w3cBangkok(stored.createdAt),
    updated_datetime: w3cBangkok(stored.updatedAt),
    expected_datetime: w3cBangkok(stored.dueAt),
    address: place,
    address_id: sub?.code ?? district?.code ?? '',
    zipcode: sub?.postalCode ?? '',
    lat: position?.lat ?? '',
    long: position?.long ?? '',
    media_url: '',
  };
}
