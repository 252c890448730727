import { useState } from 'preact/hooks';
import type { ApiError } from '../../lib/api-client.ts';
import { ChatComposer } from './chat-composer.tsx';
import { FaqReplyPanel } from './faq-reply-panel.tsx';
import { ToCaseForm } from './to-case-form.tsx';
import { consultationApi, type ConsultationDetail } from './consultation-api.ts';
import { useAction } from '../../lib/use-action.ts';

type Tool = 'none' | 'faq' | 'to-case' | 'end';
/** `onDone(null)`: something changed that the page shows by itself (a sent line appears in the chat). */
type Props = { detail: ConsultationDetail; onDone: (note: string | null) => void; onRefused: (error: ApiError) => void };

/**
 * What staff can do with the conversation as it is now: take it (or simply answer, which takes it
 * too), reply, answer from the FAQ, hand it to an office, end it; once ended, still teach the bot.
 */
export function ConsultationTools({ detail, onDone, onRefused }: Props) {
  const { consultation } = detail;
  const id = consultation.id;
  const [tool, setTool] = useState<Tool>('none');
  const ended = consultation.status === 'ended';
  const finish = (note: string) => {
    setTool('none');
    onDone(note);
  };
  const refuse = (error: ApiError) => {
    setTool('none');
    onRefused(error);
  };
  const { busy, failure, run } = useAction(refuse);
  const act = (work: () => Promise<unknown>, note: string) =>
    run(async () => {
      await work();
      finish(note);
    });
  const question = detail.transcript[0]?.text ?? '';

  return (
    <>
      {consultation.status === 'waiting' && (
        <div class="card take-it">
          <button type="button" class="button block" disabled={busy} onClick={() => act(() => consultationApi.accept(id), 'รับเรื่องแล้ว ผู้ขอคำปรึกษาได้รับแจ้งแล้วค่ะ')}>รับเรื่อง</button>
          <p class="small muted">หรือพิมพ์ตอบได้เลย ระบบจะรับเรื่องให้</p>
        </div>
      )}
      {failure && <p class="notice notice-error" role="alert">{failure.message}</p>}
      {!ended && <ChatComposer consultationId={id} onSent={() => onDone(null)} onRefused={onRefused} />}

      {tool === 'faq' && <FaqReplyPanel consultationId={id} question={question} canAnswer={!ended} onDone={finish} onRefused={refuse} onClose={() => setTool('none')} />}
      {tool === 'to-case' && <ToCaseForm consultationId={id} onDone={finish} onRefused={refuse} onClose={() => setTool('none')} />}
      {tool === 'end' && (
        <section class="card tool-panel" aria-labelledby="end-title">
          <h2 id="end-title">จบการสนทนานี้ไหมคะ</h2>
          <p class="small">ผู้ขอคำปรึกษาจะได้รับข้อความว่าจบแล้ว{consultation.staff ? ' พร้อมให้คะแนน' : ''} และบอทจะกลับมาตอบในแชตตามปกติ</p>
          <div class="actions compact">
            <button type="button" class="button danger" disabled={busy} onClick={() => act(() => consultationApi.end(id), consultation.staff ? 'จบการสนทนาแล้ว ผู้ขอคำปรึกษาได้รับคำถามให้คะแนนแล้วค่ะ' : 'จบการสนทนาแล้วค่ะ')}>ยืนยันจบการสนทนา</button>
            <button type="button" class="button secondary" onClick={() => setTool('none')}>ยกเลิก</button>
          </div>
        </section>
      )}
      {tool === 'none' && (
        <div class="actions tool-buttons">
          <button type="button" class="button secondary" onClick={() => setTool('faq')}>{ended ? 'เพิ่มเป็นคำถามที่พบบ่อย' : 'ตอบด้วยคำถามที่พบบ่อย'}</button>
          {!ended && <button type="button" class="button secondary" onClick={() => setTool('to-case')}>ส่งเป็นเรื่องให้หน่วยงาน</button>}
          {!ended && <button type="button" class="button danger" onClick={() => setTool('end')}>จบการสนทนา</button>}
        </div>
      )}
    </>
  );
}
