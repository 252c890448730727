import { createActionHandler } from './actions.js';
import { api, subscribe } from './api.js';
import { wireComposer } from './composer.js';
import { createConversation } from './conversation.js';
import { h } from './dom.js';
import { describeWebhookResult, ROLE_LABELS } from './format.js';
import { renderUserList } from './user-list.js';

const $ = (selector) => document.querySelector(selector);
const state = { users: new Map(), currentUserId: null, unread: new Map() };

const chat = {
  sendText: (text) => send({ type: 'text', text }),
  sendPostback: (postback) => send({ type: 'postback', ...postback }),
  pickImage: () => $('#attach-image').click(),
  openLocation: () => $('#location-dialog').showModal(),
  notify,
  dialogs: { datetime: $('#datetime-dialog') },
};
const ctx = { onAction: createActionHandler(chat), contentUrl: api.contentUrl };
const conversation = createConversation({ list: $('#messages'), quickReplies: $('#quick-replies'), ctx });

/** Resolves to whether the event reached the emulator, so callers change state only on success. */
async function send(input) {
  if (!state.currentUserId) return false;
  try {
    await api.sendEvent(state.currentUserId, input);
    return true;
  } catch (error) {
    notify(`ส่งไม่สำเร็จค่ะ: ${error.message}`);
    return false;
  }
}

async function sendImage(file) {
  if (!state.currentUserId) return;
  await api.sendImage(state.currentUserId, file).catch((error) => notify(`ส่งรูปไม่สำเร็จค่ะ: ${error.message}`));
}

function notify(text) {
  const toast = h('div', { class: 'toast', role: 'status' }, text);
  document.body.append(toast);
  setTimeout(() => toast.remove(), 4000);
}

function renderUsers() {
  renderUserList($('#user-list'), {
    users: [...state.users.values()],
    currentUserId: state.currentUserId,
    unread: state.unread,
    onSelect: selectUser,
  });
}

async function selectUser(userId) {
  state.currentUserId = userId;
  state.unread.delete(userId);
  const user = state.users.get(userId);
  $('#chat-title').replaceChildren(h('strong', {}, user?.displayName ?? ''),
    h('small', {}, ` · ${ROLE_LABELS[user?.role] ?? ''} · ${userId}`));
  $('#follow-toggle').textContent = user?.following === false ? 'เลิกบล็อกบอท' : 'บล็อกบอท';
  followInLiff(userId);
  renderUsers();
  conversation.showTimeline(await api.timeline(userId));
  $('#composer-text').focus();
}

/** The LIFF pages (same origin) act as the console's current user; open ones switch with it. */
function followInLiff(userId) {
  localStorage.setItem('clinic-center.local-user', userId);
  $('#liff-link').href = `/liff/?as=${encodeURIComponent(userId)}`;
}

async function loadUsers() {
  const users = await api.listUsers();
  state.users = new Map(users.map((user) => [user.userId, user]));
  const current = state.users.has(state.currentUserId) ? state.currentUserId : users[0]?.userId;
  renderUsers();
  if (current) await selectUser(current);
}

function setBotStatus(entry) {
  const result = describeWebhookResult(entry);
  const element = $('#bot-status');
  element.textContent = result.text;
  element.classList.toggle('error', !result.ok);
}

function listenForNotices() {
  subscribe({
    delivery: ({ delivery }) => {
      if (delivery.userId === state.currentUserId) return conversation.showDelivery(delivery);
      state.unread.set(delivery.userId, (state.unread.get(delivery.userId) ?? 0) + 1);
      renderUsers();
    },
    'webhook-sending': ({ entry }) => entry.userId === state.currentUserId && conversation.showSending(entry),
    webhook: ({ entry }) => {
      setBotStatus(entry);
      if (entry.userId === state.currentUserId) conversation.showWebhookResult(entry);
    },
    user: ({ user }) => {
      state.users.set(user.userId, user);
      renderUsers();
    },
    loading: ({ userId, seconds }) => userId === state.currentUserId && conversation.showLoading(seconds),
    reset: () => loadUsers(),
  }, (connected) => {
    $('#live-status').textContent = connected ? 'เชื่อมต่อสดแล้ว' : 'ขาดการเชื่อมต่อ กำลังลองใหม่…';
    $('#live-status').classList.toggle('error', !connected);
  });
}

async function toggleFollow() {
  const user = state.users.get(state.currentUserId);
  if (!user) return;
  const sent = await send(user.following ? { type: 'unfollow' } : { type: 'follow', isUnblocked: true });
  if (!sent) return;
  user.following = !user.following;
  $('#follow-toggle').textContent = user.following ? 'บล็อกบอท' : 'เลิกบล็อกบอท';
  renderUsers();
}

function wireAddUserForm() {
  $('#add-user-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    try {
      const user = await api.addUser({ displayName: String(form.get('displayName')).trim(), role: form.get('role') });
      event.target.reset();
      state.users.set(user.userId, user);
      await selectUser(user.userId);
    } catch (error) {
      notify(`เพิ่มผู้ใช้ไม่สำเร็จค่ะ: ${error.message}`);
    }
  });
}

wireComposer({ send, sendImage });
$('#follow-toggle').addEventListener('click', toggleFollow);
wireAddUserForm();
listenForNotices();
loadUsers().catch((error) => notify(`โหลดรายชื่อผู้ใช้ไม่สำเร็จค่ะ: ${error.message}`));
