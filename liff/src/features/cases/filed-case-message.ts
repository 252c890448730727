import type { SendableMessage } from '../../lib/liff-session.ts';
import type { CaseView } from './case-types.ts';

/**
 * What the villager "says" in the chat after filing: a card (a flex message raises no webhook,
 * so the bot does not answer it) that records what was sent, with a button back to the case.
 */
export function filedCaseMessage(filed: CaseView, uri: string): SendableMessage {
  return {
    type: 'flex',
    altText: `แจ้งเรื่อง ${filed.ticket}: ${filed.categoryName}`,
    contents: {
      type: 'bubble',
      size: 'kilo',
      body: {
        type: 'box',
        layout: 'vertical',
        spacing: 'sm',
        contents: [
          { type: 'text', text: `แจ้งเรื่องผ่านแบบฟอร์ม · ${filed.ticket}`, weight: 'bold', size: 'sm', wrap: true },
          { type: 'text', text: filed.categoryName, size: 'sm', wrap: true },
          { type: 'text', text: filed.description.slice(0, 120), size: 'xs', color: '#666666', wrap: true },
        ],
      },
      footer: { type: 'box', layout: 'vertical', contents: [{ type: 'button', style: 'link', height: 'sm', action: { type: 'uri', label: 'ดูเรื่องนี้', uri } }] },
    },
  };
}
