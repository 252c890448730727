import { h } from './dom.js';
import { describeWebhookResult, fullTime, shortTime, VIA_LABELS } from './format.js';
import { renderBotMessage, renderUserEvent } from './render-message.js';

const RICH_TYPES = new Set(['flex', 'template']);

/**
 * The message list of one conversation. User bubbles come from "webhook-sending" notices (so they
 * appear before the bot's answer) and get the bot's HTTP status when the webhook completes.
 */
export function createConversation({ list, quickReplies, ctx }) {
  const sentRows = new Map();
  let typingRow = null;

  function append(row, lastMessage) {
    typingRow?.remove();
    typingRow = null;
    list.append(row);
    row.scrollIntoView({ block: 'end' });
    showQuickReplies(lastMessage?.quickReply?.items ?? []);
  }

  function showQuickReplies(items) {
    quickReplies.replaceChildren(...items.map((item) =>
      h('button', { type: 'button', class: 'chip', onclick: () => ctx.onAction(item.action) }, item.action?.label ?? '')));
  }

  function showSending(entry) {
    for (const event of entry.events) {
      if (sentRows.has(event.webhookEventId)) continue;
      const row = userRow(event, entry, ctx);
      sentRows.set(event.webhookEventId, row);
      append(row, null);
    }
  }

  function showWebhookResult(entry) {
    showSending(entry);
    const result = describeWebhookResult(entry);
    for (const event of entry.events) {
      const status = sentRows.get(event.webhookEventId)?.querySelector('.status');
      if (!status) continue;
      status.textContent = result.ok ? `✓ ${result.text}` : `⚠ ${result.text}`;
      status.classList.toggle('error', !result.ok);
    }
  }

  function showDelivery(delivery) {
    append(botRow(delivery, ctx), delivery.message);
  }

  function showLoading(seconds) {
    typingRow?.remove();
    typingRow = h('li', { class: 'row bot typing' }, h('div', { class: 'bubble' }, 'บอทกำลังพิมพ์…'));
    list.append(typingRow);
    const row = typingRow;
    setTimeout(() => row.remove(), seconds * 1000);
  }

  function showTimeline(items) {
    list.replaceChildren();
    sentRows.clear();
    showQuickReplies([]);
    for (const item of items) {
      if (item.kind === 'sent') showWebhookResult(item.entry);
      else showDelivery(item.delivery);
    }
  }

  return { showSending, showWebhookResult, showDelivery, showLoading, showTimeline };
}

function userRow(event, entry, ctx) {
  if (event.type === 'follow' || event.type === 'unfollow') {
    const text = event.type === 'follow' ? 'คุณเพิ่มบอทเป็นเพื่อนแล้ว' : 'คุณบล็อกบอทแล้ว';
    return h('li', { class: 'row system' }, h('span', {}, text), h('span', { class: 'status' }, 'กำลังส่ง…'));
  }
  return h('li', { class: 'row user' },
    h('div', { class: 'bubble-wrap' },
      h('div', { class: 'bubble' }, renderUserEvent(event, entry.displayText, ctx)),
      h('div', { class: 'meta' }, h('time', { title: fullTime(entry.at) }, shortTime(entry.at)),
        h('span', { class: 'status' }, 'กำลังส่ง…'))));
}

function botRow(delivery, ctx) {
  const rich = RICH_TYPES.has(delivery.message?.type);
  return h('li', { class: `row bot via-${delivery.via}` },
    h('div', { class: 'avatar', 'aria-hidden': 'true' }, 'บอท'),
    h('div', { class: 'bubble-wrap' },
      h('div', { class: `bubble${rich ? ' rich' : ''}` }, renderBotMessage(delivery.message, ctx)),
      h('div', { class: 'meta' },
        h('span', { class: `via via-${delivery.via}` }, VIA_LABELS[delivery.via] ?? delivery.via),
        h('time', { title: fullTime(delivery.deliveredAt) }, shortTime(delivery.deliveredAt)))));
}
