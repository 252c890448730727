import { thaiTime } from '../../lib/thai-date.ts';
import type { BotAnswer } from './consultation-api.ts';

/** What the bot told the villager in the day before they asked for a person, in the order it was said. */
export function BotAnswers({ answers }: { answers: BotAnswer[] }) {
  return (
    <details class="card bot-answers">
      <summary>คำตอบที่บอทให้ไปก่อนหน้านี้ ({answers.length})</summary>
      {answers.length === 0 ? (
        <p class="small muted">ใน 24 ชั่วโมงก่อนขอคุย บอทไม่ได้ตอบอะไรผู้ขอคำปรึกษาคนนี้ค่ะ</p>
      ) : (
        <ol class="plain-list">
          {/* The API lists newest first; a stable sort by time keeps the lines of one reply in order. */}
          {[...answers].sort((a, b) => a.at.localeCompare(b.at)).map((answer, index) => (
            <li key={`${answer.at}-${index}`} class="bot-answer">
              {answer.at && <time class="small muted" dateTime={answer.at}>{thaiTime(answer.at)}</time>}
              <p class="pre">{answer.text}</p>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
