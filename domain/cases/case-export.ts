import { stringify } from 'csv-stringify';
import type { Readable } from 'node:stream';
import { CaseModel } from '../../models/case.ts';
import type { ProvinceAreas } from '../areas/admin-areas.ts';
import type { OfficeDirectory } from '../offices/office-directory.ts';
import { bangkokDay } from '../time/thai-time.ts';
import { CASE_STATUSES, type CaseStatus } from './case-statuses.ts';
import { findCategory } from './categories.ts';
import type { StoredCase } from './case-repository.ts';
import { staffCaseQuery, type StaffCaseFilter } from './case-queries.ts';

const COLUMNS = ['ticket', 'kind', 'category', 'status', 'priority', 'created', 'due', 'resolved', 'closed', 'district', 'subdistrict', 'office', 'assignee', 'rating', 'description'] as const;

/**
 * Cases as CSV rows (UTF-8 with a BOM, so Excel reads Thai), streamed from a cursor: an export of
 * every case never holds them all in memory. No contact details or LINE ids: it may leave the building.
 */
export function exportCasesCsv(filter: StaffCaseFilter, lookups: { offices: OfficeDirectory; areas: ProvinceAreas }): Readable {
  const csv = stringify({ header: true, columns: [...COLUMNS], bom: true });
  const cursor = CaseModel.find(staffCaseQuery(filter)).sort({ createdAt: 1 }).lean().cursor();
  void (async () => {
    try {
      for await (const stored of cursor) {
        if (!csv.write(toRow(stored as StoredCase, lookups))) await new Promise((resolve) => csv.once('drain', resolve));
      }
      csv.end();
    } catch (error) {
      csv.destroy(error as Error);
    }
  })();
  return csv;
}

function toRow(stored: StoredCase, lookups: { offices: OfficeDirectory; areas: ProvinceAreas }): Record<(typeof COLUMNS)[number], string> {
  const sub = stored.area?.subdistrictCode ? lookups.areas.subdistrict(stored.area.subdistrictCode) : undefined;
  const day = (date: Date | null | undefined) => (date ? bangkokDay(date) : '');
  return {
    ticket: stored.ticket,
    kind: stored.kind === 'problem' ? 'แจ้งปัญหา' : 'ขอคำปรึกษา',
    category: findCategory(stored.category)?.name ?? stored.category,
    status: CASE_STATUSES[stored.status as CaseStatus]?.label ?? stored.status,
    priority: stored.priority ?? 'normal',
    created: day(stored.createdAt),
    due: day(stored.dueAt),
    resolved: day(stored.resolvedAt),
    closed: day(stored.closedAt),
    district: sub ? (lookups.areas.district(sub.districtCode)?.name ?? '') : '',
    subdistrict: sub?.name ?? '',
    office: lookups.offices.byCode(stored.officeCode)?.name ?? stored.officeCode,
    assignee: stored.assignee?.name ?? '',
    rating: stored.rating?.score ? String(stored.rating.score) : '',
    description: stored.description,
  };
}
