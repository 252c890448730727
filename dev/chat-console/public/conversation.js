import { h } from './dom.js';
import { dayLabel, describeWebhookResult, fullTime, sameDay, shortTime, VIA_LABELS } from './format.js';
import { renderBotMessage, renderUserEvent } from './render-message.js';
import { createScroller } from './scroller.js';

const RICH_TYPES = new Set(['flex', 'template']);
const SYSTEM_TEXT = { follow: 'คุณเพิ่มบอทเป็นเพื่อนแล้ว', unfollow: 'คุณบล็อกบอทแล้ว' };

/**
 * The message list of one conversation. User bubbles come from "webhook-sending" notices (so they
 * appear before the bot's answer) and get the bot's HTTP status when the webhook completes.
 */
export function createConversation({ list, quickReplies, newMessagesButton, ctx }) {
  const sentRows = new Map();
  // A delivery can reach the list twice (its notice, and a timeline fetched around it): it is shown once.
  const shownDeliveries = new Set();
  const scroller = createScroller(list, newMessagesButton);
  let typingRow = null;
  let lastAt = null;

  function append(row, at) {
    typingRow?.remove();
    typingRow = null;
    if (lastAt === null || !sameDay(lastAt, at)) list.append(h('li', { class: 'row system day' }, h('span', {}, dayLabel(at))));
    lastAt = at;
    list.append(row);
    scroller.follow();
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
      // LINE hides the quick replies as soon as the user answers.
      showQuickReplies([]);
      scroller.pin();
      append(row, entry.at);
    }
  }

  function showWebhookResult(entry) {
    showSending(entry);
    const result = describeWebhookResult(entry);
    for (const event of entry.events) {
      const row = sentRows.get(event.webhookEventId);
      const status = row?.querySelector('.status');
      if (!status) continue;
      const okMark = row.classList.contains('system') ? '' : '✓';
      status.textContent = result.ok ? okMark : `⚠ ${result.text}`;
      status.title = result.text;
      status.dataset.http = String(entry.status ?? 'unreachable');
      status.classList.toggle('error', !result.ok);
    }
  }

  function showDelivery(delivery) {
    if (shownDeliveries.has(delivery.messageId)) return;
    shownDeliveries.add(delivery.messageId);
    append(botRow(delivery, ctx), delivery.deliveredAt);
    showQuickReplies(delivery.message?.quickReply?.items ?? []);
  }

  function showLoading(seconds) {
    typingRow?.remove();
    typingRow = h('li', { class: 'row bot typing' }, h('div', { class: 'avatar', 'aria-hidden': 'true' }, 'CC'),
      h('div', { class: 'bubble', role: 'status', 'aria-label': 'บอทกำลังพิมพ์' }, h('i'), h('i'), h('i')));
    list.append(typingRow);
    scroller.follow();
    const row = typingRow;
    setTimeout(() => row.remove(), seconds * 1000);
  }

  function showTimeline(items) {
    list.replaceChildren();
    sentRows.clear();
    shownDeliveries.clear();
    lastAt = null;
    showQuickReplies([]);
    for (const item of items) {
      if (item.kind === 'sent') showWebhookResult(item.entry);
      else showDelivery(item.delivery);
    }
    scroller.pin();
  }

  return { showSending, showWebhookResult, showDelivery, showLoading, showTimeline };
}

function userRow(event, entry, ctx) {
  if (SYSTEM_TEXT[event.type]) {
    return h('li', { class: `row system ${event.type}` }, h('span', {}, SYSTEM_TEXT[event.type]), h('span', { class: 'status' }));
  }
  return h('li', { class: 'row user' },
    h('div', { class: 'bubble-line' },
      h('div', { class: 'bubble' }, renderUserEvent(event, entry.displayText, ctx)),
      h('div', { class: 'meta' },
        h('span', { class: 'status', title: 'กำลังส่ง' }, '…'),
        h('time', { title: fullTime(entry.at) }, shortTime(entry.at)))));
}

function botRow(delivery, ctx) {
  const rich = RICH_TYPES.has(delivery.message?.type);
  const via = delivery.via === 'reply' ? null : h('span', { class: `via via-${delivery.via}` }, VIA_LABELS[delivery.via] ?? delivery.via);
  return h('li', { class: `row bot via-${delivery.via}` },
    h('div', { class: 'avatar', 'aria-hidden': 'true' }, 'CC'),
    h('div', { class: 'bubble-line' },
      h('div', { class: `bubble${rich ? ' rich' : ''}` }, renderBotMessage(delivery.message, ctx)),
      h('div', { class: 'meta' }, via, h('time', { title: fullTime(delivery.deliveredAt) }, shortTime(delivery.deliveredAt)))));
}
