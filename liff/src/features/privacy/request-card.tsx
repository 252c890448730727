import { useState } from 'preact/hooks';
import { DAY_MS, thaiDate, thaiDateTime } from '../../lib/thai-date.ts';
import { useAction } from '../../lib/use-action.ts';
import { KIND_LABELS, privacyApi, type Holding, type PrivacyRequestView } from './privacy-api.ts';

/**
 * One PDPA request for staff: who (display name only), when it is due, and what to do. Erasure
 * first shows what will go, counted, before the button that erases and tells the person.
 */
export function RequestCard({ request, now, onDone }: { request: PrivacyRequestView; now: number; onDone: (note: string) => void }) {
  const [holdings, setHoldings] = useState<Holding[] | null>(null);
  const { busy, failure, run } = useAction();
  const open = request.status === 'open';
  const complete = () =>
    run(async () => {
      const { ok } = await privacyApi.complete(request.id);
      onDone(!ok ? `คำขอ ${request.number} ดำเนินการไปแล้วค่ะ` : request.kind === 'erasure' ? `ลบข้อมูลตามคำขอ ${request.number} แล้ว และส่งข้อความแจ้งผู้ขอทางแชตแล้วค่ะ` : `ปิดคำขอ ${request.number} แล้วค่ะ`);
    });
  const review = () => run(async () => setHoldings((await privacyApi.holdings(request.id)).holdings));

  return (
    <li class={request.overdue ? 'card overdue' : 'card'}>
      <p class="case-head">
        <strong>{request.number}</strong>
        <span class="badge">{KIND_LABELS[request.kind]}</span>
      </p>
      <dl class="record-lines">
        <div><dt>ผู้ขอ</dt><dd>{request.erased ? 'ลบข้อมูลแล้ว (ไม่ระบุตัวตน)' : (request.name ?? 'ไม่ทราบชื่อ')}</dd></div>
        <div><dt>ยื่นเมื่อ</dt><dd>{thaiDateTime(request.requestedAt)}</dd></div>
        {open ? <div><dt>กำหนดเสร็จ</dt><dd>{thaiDate(request.dueAt)}</dd></div> : <div><dt>เสร็จเมื่อ</dt><dd>{request.handledAt ? thaiDateTime(request.handledAt) : '-'}</dd></div>}
      </dl>
      {request.overdue && <p class="overdue-note">เลยกำหนดมา {Math.max(1, Math.floor((now - Date.parse(request.dueAt)) / DAY_MS))} วัน</p>}
      {failure && <p class="notice notice-error" role="alert">{failure.message}</p>}
      {open && request.kind === 'access' && (
        <div class="inline-form">
          <p class="small muted">ผู้ขอดูและดาวน์โหลดสำเนาได้เองที่หน้า «ข้อมูลของฉัน» ปิดคำขอเมื่อให้สำเนาแล้ว</p>
          <button type="button" class="button block" disabled={busy} onClick={complete}>ให้สำเนาแล้ว ปิดคำขอ</button>
        </div>
      )}
      {open && request.kind === 'erasure' && !holdings && (
        <div class="actions compact">
          <button type="button" class="button" disabled={busy} onClick={review}>ตรวจข้อมูลที่จะลบ</button>
        </div>
      )}
      {open && holdings && <EraseReview holdings={holdings} busy={busy} onConfirm={complete} onCancel={() => setHoldings(null)} />}
    </li>
  );
}

function EraseReview({ holdings, busy, onConfirm, onCancel }: { holdings: Holding[]; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  return (
    <section class="inline-form" aria-label="ข้อมูลที่จะลบ">
      <p class="label">ข้อมูลของผู้ขอที่จะลบหรือทำให้ไม่ระบุตัวตน</p>
      {holdings.length === 0 ? (
        <p class="muted">ไม่พบข้อมูลของผู้ขอในระบบแล้ว</p>
      ) : (
        <dl class="holdings">
          {holdings.map((holding) => (
            <div key={holding.label}><dt>{holding.label}</dt><dd>{holding.count.toLocaleString('th-TH')}</dd></div>
          ))}
        </dl>
      )}
      <p class="small">เรื่องที่แจ้งไว้จะเหลือเพียงสถิติ ผู้ขอจะได้รับข้อความแจ้งทางแชตก่อนลบ ลบแล้วย้อนกลับไม่ได้</p>
      <div class="actions compact stacked">
        <button type="button" class="button danger" disabled={busy} onClick={onConfirm}>{busy ? 'กำลังลบ…' : 'ลบข้อมูลแล้วแจ้งผู้ขอ'}</button>
        <button type="button" class="button secondary" disabled={busy} onClick={onCancel}>ยกเลิก</button>
      </div>
    </section>
  );
}
