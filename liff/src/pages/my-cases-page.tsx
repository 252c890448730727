import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useApi } from '../lib/use-api.ts';
import { href } from '../routes.ts';
import { CaseList } from '../features/cases/case-list.tsx';
import type { CaseView } from '../features/cases/case-types.ts';

/** Villager: the cases I reported or follow, newest first. */
export default function MyCasesPage() {
  const loaded = useApi<{ cases: CaseView[] }>('/cases/mine');
  return (
    <PageShell title="เรื่องของฉัน">
      {loaded.error && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && <Loading block />}
      {loaded.data && loaded.data.cases.length === 0 && (
        <section class="notice notice-ok">
          <p>ยังไม่มีเรื่องที่แจ้งไว้ค่ะ</p>
          <a class="button" href={href('/cases/new')}>แจ้งเรื่องใหม่</a>
        </section>
      )}
      {loaded.data && <CaseList cases={loaded.data.cases} />}
    </PageShell>
  );
}
