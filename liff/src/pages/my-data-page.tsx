import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useApi } from '../lib/use-api.ts';
import type { CaseCategory } from '../features/cases/case-types.ts';
import { openRequests, type MyData } from '../features/privacy/privacy-api.ts';
import { DataSections } from '../features/privacy/data-sections.tsx';
import { DownloadData } from '../features/privacy/download-data.tsx';
import { MyRequests } from '../features/privacy/my-requests.tsx';
import '../features/privacy/privacy.css';

/** Anyone signed in: what is recorded about me, for how long, a copy, and erasure (PDPA). */
export default function MyDataPage() {
  const loaded = useApi<MyData>('/me/data');
  const categories = useApi<{ categories: CaseCategory[] }>('/case-categories');
  const names = { category: (code: string) => categories.data?.categories.find((category) => category.code === code)?.name ?? code };
  return (
    <PageShell title="ข้อมูลของฉัน">
      <p class="lead">สิ่งที่ศูนย์ Clinic Center บันทึกไว้เกี่ยวกับคุณ และเก็บไว้นานเท่าไร ตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>
      {loaded.error && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && !loaded.data && <Loading block />}
      {loaded.data && (
        <>
          <DataSections data={loaded.data} names={names} />
          <DownloadData data={loaded.data} />
          <MyRequests open={openRequests(loaded.data)} onRecorded={loaded.reload} />
          <p class="small muted">
            อ่านประกาศความเป็นส่วนตัวฉบับเต็มได้ที่ <a href="/privacy">ประกาศความเป็นส่วนตัว</a>
          </p>
        </>
      )}
    </PageShell>
  );
}
