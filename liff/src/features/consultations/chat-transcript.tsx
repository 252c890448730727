import { useEffect, useRef } from 'preact/hooks';
import { CasePhoto } from '../../components/case-photo.tsx';
import { thaiDate, thaiTime } from '../../lib/thai-date.ts';
import type { TranscriptLine } from './consultation-api.ts';

/** What the bot records for a line that is only a photo; the photo says it better. */
const PHOTO_ONLY = '[รูปภาพ]';
/** Within this many pixels of the end, the log follows new lines; further up, the reader is reading. */
const FOLLOW_SLACK_PX = 80;

/**
 * The conversation as a chat: the villager on the left, staff on the right, the question first,
 * a date line whenever the day changes. New lines scroll into view unless the reader scrolled up.
 */
export function ChatTranscript({ lines }: { lines: TranscriptLine[] }) {
  const log = useRef<HTMLOListElement>(null);
  const following = useRef(true);
  useEffect(() => {
    const element = log.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [lines.length]);
  const onScroll = () => {
    const element = log.current;
    if (element) following.current = element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_SLACK_PX;
  };

  return (
    <ol class="chat-log" ref={log} onScroll={onScroll} aria-label="ข้อความในการสนทนา" tabIndex={0}>
      {lines.map((line, index) => {
        const previous = lines[index - 1];
        const day = thaiDate(line.at);
        const newDay = !previous || thaiDate(previous.at) !== day;
        // As in LINE: the sender's name once per run of their lines.
        const named = index <= 1 || newDay || previous?.from !== line.from || previous.name !== line.name;
        return [
          newDay && <li key={`day-${index}`} class="chat-day">{day}</li>,
          <li key={`${line.at}-${index}`} class={`chat-line from-${line.from}`}>
            {named && <span class="chat-who">{index === 0 ? 'คำถาม' : line.from === 'villager' ? 'ผู้ขอคำปรึกษา' : (line.name ?? 'เจ้าหน้าที่')}</span>}
            <div class={index === 0 ? 'chat-say chat-question' : 'chat-say'}>
              {(line.text !== PHOTO_ONLY || line.photoIds.length === 0) && <p class="pre">{line.text}</p>}
              {line.photoIds.length > 0 && (
                <div class="chat-photos">
                  {line.photoIds.map((photoId, at) => (
                    <CasePhoto key={photoId} photoId={photoId} alt={`รูปที่ ${at + 1} จาก${line.from === 'villager' ? 'ผู้ขอคำปรึกษา' : 'เจ้าหน้าที่'}`} />
                  ))}
                </div>
              )}
              <time class="chat-time" dateTime={line.at}>{thaiTime(line.at)}</time>
            </div>
          </li>,
        ];
      })}
    </ol>
  );
}
