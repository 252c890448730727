import { useEffect, useState } from 'preact/hooks';
import { closeWindow, isInLineApp, sendToChat } from '../../lib/liff-session.ts';
import { thaiDate } from '../../lib/thai-date.ts';
import { href } from '../../routes.ts';
import { casePath } from './case-api.ts';
import type { CaseView } from './case-types.ts';
import { filedCaseMessage } from './filed-case-message.ts';
import { useAppConfig } from '../../lib/config-context.ts';

/** The ticket number, big; the bot pushes it to the chat too, and the user's own note goes there. */
export function NewCaseDone({ filed }: { filed: CaseView }) {
  const [sentToChat, setSentToChat] = useState(false);
  const { liffId } = useAppConfig();
  useEffect(() => {
    // Inside LINE the card's button should open the LIFF app, elsewhere the page itself.
    const caseUrl = liffId ? `https://liff.line.me/${liffId}${casePath(filed.ticket)}` : `${location.origin}${href(casePath(filed.ticket))}`;
    void sendToChat([filedCaseMessage(filed, caseUrl)]).then(setSentToChat);
  }, [filed.ticket]);
  return (
    <section class="notice notice-ok done" role="status" aria-live="polite">
      <p>ได้รับเรื่องแล้วค่ะ เลขที่เรื่องของท่านคือ</p>
      <p class="ticket">{filed.ticket}</p>
      <p>
        {filed.categoryName} · ส่งถึง {filed.officeName} · กำหนดเสร็จภายใน {thaiDate(filed.dueAt)}
      </p>
      <p class="small">เราส่งเลขที่เรื่องไปในแชต LINE แล้ว{sentToChat ? ' พร้อมสรุปเรื่องที่แจ้ง' : ''} เมื่อสถานะเปลี่ยนจะแจ้งในแชตค่ะ</p>
      <div class="actions">
        <a class="button" href={href(casePath(filed.ticket))}>ดูเรื่องนี้</a>
        {isInLineApp() && <button type="button" class="button secondary" onClick={closeWindow}>กลับไปที่แชต</button>}
      </div>
    </section>
  );
}
