import { useEffect, useState } from 'preact/hooks';
import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useApi } from '../lib/use-api.ts';
import { apiDownload, ApiError } from '../lib/api-client.ts';
import { buddhistDateStamp } from '../lib/thai-date.ts';
import { CaseList } from '../features/cases/case-list.tsx';
import { STATUS_CODES, statusName, type Areas, type CaseCategory, type CaseStatus, type CaseView, type Office } from '../features/cases/case-types.ts';
import { NO_FILTERS, StaffCaseFilterFields, filterQuery, type StaffCaseFilters } from '../features/cases/staff-case-filters.tsx';

type CasesPage = { cases: CaseView[]; counts: Partial<Record<CaseStatus, number>>; total: number; nextCursor: string | null };

/** Staff: cases across every office, with counts per status and the same view as CSV. */
export default function StaffCasesPage() {
  const [filters, setFilters] = useState<StaffCaseFilters>(NO_FILTERS);
  const [cursor, setCursor] = useState<string | null>(null);
  const [shown, setShown] = useState<CaseView[]>([]);
  const [exportFailure, setExportFailure] = useState<ApiError | null>(null);
  const page = useApi<CasesPage>(`/staff/cases?${filterQuery(filters, { limit: '50', ...(cursor ? { cursor } : {}) })}`);
  const offices = useApi<{ offices: Office[] }>('/offices');
  const areas = useApi<Areas>('/areas');
  const categories = useApi<{ categories: CaseCategory[] }>('/case-categories');

  useEffect(() => {
    if (page.data) setShown((previous) => (cursor ? [...previous, ...page.data!.cases] : page.data!.cases));
  }, [page.data]);
  const change = (next: StaffCaseFilters) => {
    setCursor(null);
    setFilters(next);
  };

  const exportCsv = async () => {
    setExportFailure(null);
    try {
      const blob = await apiDownload(`/staff/cases.csv?${filterQuery(filters)}`);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `cases-${buddhistDateStamp()}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (error) {
      setExportFailure(error instanceof ApiError ? error : null);
    }
  };

  const counts = page.data?.counts ?? {};
  return (
    <PageShell title="เรื่องทั้งหมด">
      <StaffCaseFilterFields value={filters} lists={{ offices: offices.data?.offices ?? [], areas: areas.data, categories: categories.data?.categories ?? [] }} onChange={change} />
      {page.error && <ErrorNotice error={page.error} onRetry={page.reload} />}
      {page.data && (
        <section aria-label="จำนวนตามสถานะ" class="counts">
          <p class="total" role="status">ทั้งหมด {page.data.total.toLocaleString('th-TH')} เรื่อง</p>
          <ul class="count-chips">
            {STATUS_CODES.filter((status) => counts[status]).map((status) => (
              <li key={status}>
                <button type="button" class={filters.status === status ? 'chip chip-on' : 'chip'} aria-pressed={filters.status === status} onClick={() => change({ ...filters, status: filters.status === status ? '' : status })}>
                  {statusName(status)} {counts[status]}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div class="actions">
        <button type="button" class="button secondary" onClick={exportCsv}>ส่งออก CSV</button>
      </div>
      {exportFailure && <ErrorNotice error={exportFailure} />}
      {page.loading && <Loading />}
      <CaseList cases={shown} showOffice />
      {page.data?.nextCursor && (
        <button type="button" class="button secondary block" disabled={page.loading} onClick={() => setCursor(page.data?.nextCursor ?? null)}>
          ดูเพิ่มเติม
        </button>
      )}
    </PageShell>
  );
}
