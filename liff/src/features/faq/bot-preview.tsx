import type { messagingApi } from '@line/bot-sdk';
import { buildFaqAnswerMessages } from '../../../../bot/messages/faq-messages.ts';
import type { FaqEntry } from '../../../../domain/faq/types.ts';

type Message = messagingApi.Message;
type FlexComponent = messagingApi.FlexComponent;

/**
 * The answer as the bot sends it: the messages come from the bot's own builder, so the preview
 * cannot drift from the chat. Drawn like LINE: bubbles, link buttons, the quick-reply chips.
 */
export function BotAnswerPreview({ entry }: { entry: FaqEntry }) {
  const messages = buildFaqAnswerMessages(entry);
  const chips = messages.at(-1)?.quickReply?.items?.map((item) => item.action?.label ?? '') ?? [];
  return (
    <section class="chat-preview" aria-label="ตัวอย่างคำตอบในแชต">
      {messages.map((message, index) => (
        <div class="chat-bubble" key={index}>
          {renderMessage(message)}
        </div>
      ))}
      {chips.length > 0 && (
        <div class="chat-chips" aria-label="ปุ่มตอบกลับด่วน">
          {chips.map((label) => (
            <span class="chat-chip" key={label}>{label}</span>
          ))}
        </div>
      )}
    </section>
  );
}

function renderMessage(message: Message) {
  if (message.type === 'text') return <p class="chat-text">{message.text}</p>;
  if (message.type === 'flex' && message.contents.type === 'bubble' && message.contents.body) return renderComponent(message.contents.body);
  return <p class="chat-text">{'altText' in message ? String(message.altText) : message.type}</p>;
}

/** The parts the FAQ cards use (box, text, link button); anything else shows nothing. */
function renderComponent(component: FlexComponent) {
  if (component.type === 'box') return <div class="chat-box">{component.contents.map((child) => renderComponent(child))}</div>;
  if (component.type === 'text') return <p class={component.weight === 'bold' ? 'chat-text chat-strong' : 'chat-text chat-small'}>{component.text}</p>;
  if (component.type === 'button' && component.action.type === 'uri') {
    return <a class="chat-link" href={component.action.uri} target="_blank" rel="noopener noreferrer">{component.action.label}</a>;
  }
  return null;
}
