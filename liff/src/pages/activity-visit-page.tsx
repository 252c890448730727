import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useApi } from '../lib/use-api.ts';
import { thaiDateTime } from '../lib/thai-date.ts';
import { href, type PageProps } from '../routes.ts';
import { statusName } from '../features/cases/case-types.ts';
import { ActivityCard } from '../features/activities/activity-card.tsx';
import type { Activity } from '../features/activities/activity-types.ts';

type Inbox = { activity: Activity; questions: { text: string; at: string }[]; cases: { ticket: string; categoryName: string; description: string; status: string; at: string }[] };

/** The mobile-unit team: what villagers of the visited area sent ahead, questions and cases. */
export default function ActivityVisitPage({ params }: PageProps) {
  const inbox = useApi<Inbox>(`/activities/${params?.activityId ?? ''}/visit`);
  return (
    <PageShell title="ส่งมาล่วงหน้าถึงหน่วยเคลื่อนที่" back={null}>
      {inbox.error && <ErrorNotice error={inbox.error} onRetry={inbox.reload} />}
      {inbox.loading && !inbox.data && <Loading block />}
      {inbox.data && (
        <>
          <ActivityCard activity={inbox.data.activity} />
          <section class="section" aria-labelledby="visit-questions">
            <h2 id="visit-questions">คำถาม {inbox.data.questions.length} ข้อ</h2>
            {inbox.data.questions.length === 0 && <p class="muted">ยังไม่มีคำถาม</p>}
            <ul class="plain-list">
              {inbox.data.questions.map((question, index) => (
                <li class="card" key={index}>
                  <p class="pre">{question.text}</p>
                  <p class="muted small">{thaiDateTime(question.at)}</p>
                </li>
              ))}
            </ul>
          </section>
          <section class="section" aria-labelledby="visit-cases">
            <h2 id="visit-cases">เรื่องที่แจ้ง {inbox.data.cases.length} เรื่อง</h2>
            {inbox.data.cases.length === 0 && <p class="muted">ยังไม่มีเรื่องที่แจ้งล่วงหน้า</p>}
            <ul class="plain-list">
              {inbox.data.cases.map((found) => (
                <li class="card" key={found.ticket}>
                  <p class="case-head"><a href={href(`/cases/${found.ticket}`)}><strong>{found.ticket}</strong></a> <span class="badge">{statusName(found.status)}</span></p>
                  <p class="case-category">{found.categoryName}</p>
                  <p class="case-description">{found.description}</p>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </PageShell>
  );
}
