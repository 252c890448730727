import { useEffect, useRef, useState } from 'preact/hooks';
import { DAY_MS, thaiDate, thaiDateTime } from '../../lib/thai-date.ts';
import { newIdempotencyKey } from '../../lib/api-client.ts';
import { useAction } from '../../lib/use-action.ts';
import { KIND_LABELS, privacyApi, type RecordedRequest, type RequestKind } from './privacy-api.ts';

/**
 * The person's rights on this page: a copy, or erasure after a confirm that says what goes and
 * what stays. A request still open is shown instead of its button, so no one asks twice; each
 * kind keeps its Idempotency-Key until the server has answered.
 */
export function MyRequests({ open, onRecorded }: { open: RecordedRequest[]; onRecorded: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [recorded, setRecorded] = useState<RecordedRequest[]>([]);
  const keys = useRef<Partial<Record<RequestKind, string>>>({});
  const { busy, failure, run } = useAction();
  const shown = [...recorded, ...open.filter((request) => !recorded.some((mine) => mine.number === request.number))];
  const isOpen = (kind: RequestKind) => shown.some((request) => request.kind === kind);

  const ask = (kind: RequestKind) =>
    run(async () => {
      const key = (keys.current[kind] ??= newIdempotencyKey());
      const { request } = await privacyApi.request(kind, key);
      delete keys.current[kind];
      setConfirming(false);
      setRecorded((previous) => [request, ...previous]);
      onRecorded();
    });

  return (
    <section class="section" aria-labelledby="rights-title">
      <h2 id="rights-title">สิทธิของคุณ</h2>
      {shown.map((request) => (
        <RequestNotice key={request.number} request={request} justNow={recorded.includes(request)} />
      ))}
      {failure && <p class="notice notice-error" role="alert">{failure.message}</p>}
      {!isOpen('access') && (
        <div class="card">
          <p>ขอให้เจ้าหน้าที่ส่งสำเนาข้อมูลทั้งหมดของคุณทางแชต (หรือดาวน์โหลดเองได้ทันทีด้วยปุ่มด้านบน)</p>
          <button type="button" class="button secondary block" disabled={busy} onClick={() => ask('access')}>ขอดูข้อมูลของฉัน</button>
        </div>
      )}
      {!isOpen('erasure') && !confirming && (
        <div class="card">
          <p>ขอให้ลบข้อมูลส่วนตัวของคุณออกจากระบบ</p>
          <button type="button" class="button danger block" disabled={busy} onClick={() => setConfirming(true)}>ขอลบข้อมูลของฉัน</button>
        </div>
      )}
      {!isOpen('erasure') && confirming && <EraseConfirm busy={busy} onConfirm={() => ask('erasure')} onCancel={() => setConfirming(false)} />}
    </section>
  );
}

function RequestNotice({ request, justNow }: { request: RecordedRequest; justNow: boolean }) {
  const days = Math.round((Date.parse(request.dueAt) - Date.parse(request.requestedAt)) / DAY_MS);
  return (
    <div class="notice notice-ok request-notice" role={justNow ? 'status' : undefined}>
      <p class="small">{justNow ? 'บันทึกคำขอแล้วค่ะ' : 'คำขอที่กำลังดำเนินการ'} · {KIND_LABELS[request.kind]}</p>
      <p class="request-number">{request.number}</p>
      <p>
        เจ้าหน้าที่จะดำเนินการและแจ้งผลทางแชตภายใน <strong>{thaiDate(request.dueAt)}</strong> ({days} วันตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล)
      </p>
      <p class="small muted">ยื่นเมื่อ {thaiDateTime(request.requestedAt)}</p>
    </div>
  );
}

/** Focus goes to the question, so the screen shows it and a screen reader reads it first. */
function EraseConfirm({ busy, onConfirm, onCancel }: { busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <section class="card action-form" aria-labelledby="erase-title">
      <h3 id="erase-title" tabIndex={-1} ref={title}>ต้องการลบข้อมูลของคุณใช่ไหมคะ</h3>
      <p class="label">สิ่งที่จะถูกลบ</p>
      <ul class="confirm-list">
        <li>โปรไฟล์ LINE ชื่อ และเบอร์โทรที่ให้ไว้</li>
        <li>ข้อความ รูป และคำถามที่ส่งถึงบอท และข้อความที่บอทส่งถึงคุณ</li>
        <li>การติดตามเรื่อง การรับข่าว และการลงทะเบียนกิจกรรม</li>
      </ul>
      <p class="label">สิ่งที่เก็บไว้เป็นสถิติ โดยไม่ระบุตัวตน</p>
      <ul class="confirm-list">
        <li>เรื่องที่แจ้งไว้: ประเภท พื้นที่ และวันที่ (ไม่มีชื่อ เบอร์ หรือบัญชี LINE)</li>
        <li>คะแนนที่ให้กิจกรรม</li>
      </ul>
      <p class="small">ลบแล้วยกเลิกไม่ได้ และจะติดตามเรื่องเดิมทางแชตไม่ได้อีก</p>
      <div class="actions compact stacked">
        <button type="button" class="button danger" disabled={busy} onClick={onConfirm}>{busy ? 'กำลังส่งคำขอ…' : 'ยืนยันขอลบข้อมูล'}</button>
        <button type="button" class="button secondary" disabled={busy} onClick={onCancel}>ไม่ลบ</button>
      </div>
    </section>
  );
}
