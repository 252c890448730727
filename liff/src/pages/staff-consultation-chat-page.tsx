import { useState } from 'preact/hooks';
import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import type { ApiError } from '../lib/api-client.ts';
import type { PageProps } from '../routes.ts';
import { consultationPath, type ConsultationDetail } from '../features/consultations/consultation-api.ts';
import { usePolledApi } from '../features/consultations/use-polled-api.ts';
import { ConsultationSummary } from '../features/consultations/consultation-summary.tsx';
import { BotAnswers } from '../features/consultations/bot-answers.tsx';
import { ChatTranscript } from '../features/consultations/chat-transcript.tsx';
import { ConsultationTools } from '../features/consultations/consultation-tools.tsx';
import '../features/consultations/consultations.css';

const POLL_MS = 3_000;

/** Staff: one conversation with a villager, live: read, reply with words and photos, hand on, end. */
export default function StaffConsultationChatPage({ params }: PageProps) {
  const loaded = usePolledApi<ConsultationDetail>(consultationPath(params?.id ?? ''), POLL_MS);
  const [note, setNote] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const detail = loaded.data;
  // One notice: what was just done, or else that the conversation is over.
  const notice = note ?? (detail?.consultation.status === 'ended' ? `การสนทนานี้จบแล้ว ทุกข้อความบันทึกไว้ในเรื่อง ${detail.consultation.ticket}` : null);
  // After anything staff do, or a refusal (taken, ended), show the conversation as it is now.
  const done = (message: string | null) => {
    setRefusal(null);
    setNote(message);
    loaded.reload();
  };
  const refused = (error: ApiError) => {
    setNote(null);
    setRefusal(error);
    loaded.reload();
  };

  return (
    <PageShell title={detail ? `การสนทนา ${detail.consultation.ticket}` : 'การสนทนา'} back="/staff/consultations">
      {loaded.error && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && !detail && <Loading block />}
      {detail && (
        <>
          <ConsultationSummary detail={detail} />
          <BotAnswers answers={detail.botAnswers} />
          <ChatTranscript lines={detail.transcript} />
          {notice && <p class="notice notice-ok" role="status">{notice}</p>}
          {refusal && <p class="notice notice-error" role="alert">{refusal.message}</p>}
          <ConsultationTools detail={detail} onDone={done} onRefused={refused} />
        </>
      )}
    </PageShell>
  );
}
