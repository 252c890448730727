import { createActionHandler } from './actions.js';
import { api, subscribe } from './api.js';
import { wireComposer } from './composer.js';
import { createConversation } from './conversation.js';
import { h, notify } from './dom.js';
import { sendAs, sendImageAs } from './send.js';
import { wireDrawer } from './drawer.js';
import { describeWebhookResult, ROLE_LABELS } from './format.js';
import { createFriendship } from './friendship.js';
import { createRichMenu } from './rich-menu.js';
import { renderUserList, wireAddUserForm } from './users.js';

const $ = (selector) => document.querySelector(selector);
const state = { users: new Map(), currentUserId: null, unread: new Map(), offices: new Map() };

const richMenu = createRichMenu({
  panel: $('#rich-menu-panel'),
  bar: $('#rich-menu-bar'),
  area: $('#rich-menu'),
  onAction: (action) => handleAction(action),
  imageUrl: api.pageUrl,
});
const chat = {
  sendText: (text) => send({ type: 'text', text }),
  sendPostback: (postback) => send({ type: 'postback', ...postback }),
  pickImage: () => $('#attach-image').click(),
  openLocation: () => $('#location-dialog').showModal(),
  focusComposer: () => $('#composer-text').focus(),
  setRichMenuOpen: (open) => richMenu.setOpen(open),
  notify,
  dialogs: { datetime: $('#datetime-dialog') },
};
const handleAction = createActionHandler(chat);
const ctx = { onAction: handleAction, contentUrl: api.contentUrl };
const conversation = createConversation({
  list: $('#messages'),
  quickReplies: $('#quick-replies'),
  newMessagesButton: $('#new-messages'),
  ctx,
});
const friendship = createFriendship((input) => send(input));
const drawer = wireDrawer();

/** Resolves to whether the event reached the emulator, so callers change state only on success. */
function send(input) {
  return state.currentUserId ? sendAs(state.currentUserId, input) : Promise.resolve(false);
}

function sendImage(file) {
  return state.currentUserId ? sendImageAs(state.currentUserId, file) : Promise.resolve();
}

const officeName = (code) => (code ? state.offices.get(code) ?? code : '');

function renderUsers() {
  renderUserList($('#user-list'), {
    users: [...state.users.values()],
    currentUserId: state.currentUserId,
    unread: state.unread,
    officeName,
    onSelect: selectUser,
  });
}

/** The header, the friendship bar and whether the user can type: all follow the user's state. */
function showCurrentUser() {
  const user = state.users.get(state.currentUserId);
  const role = [ROLE_LABELS[user?.role], officeName(user?.officeCode)].filter(Boolean).join(' · ');
  $('#chat-title').replaceChildren(h('strong', {}, user?.displayName ?? ''), h('small', { title: user?.userId }, role));
  friendship.show(user);
  const blocked = user?.blocked === true;
  $('#composer-text').disabled = blocked;
  $('#send-button').disabled = blocked;
  $('#composer-text').placeholder = blocked ? 'ส่งไม่ได้ขณะบล็อก' : 'พิมพ์ข้อความ';
}

/**
 * Notices for the current user that arrive while its timeline is being fetched: the fetched timeline
 * may predate them, so they are shown again once it is drawn (a block or unblock redraws the chat
 * while the bot is answering the follow). The conversation shows each message once.
 */
let arrivedWhileLoading = null;

function showNotice(show) {
  show();
  arrivedWhileLoading?.push(show);
}

async function selectUser(userId) {
  state.currentUserId = userId;
  const arrived = [];
  arrivedWhileLoading = arrived;
  state.unread.delete(userId);
  showCurrentUser();
  followInLiff(userId);
  renderUsers();
  drawer.close();
  const [items, menu] = await Promise.all([api.timeline(userId), api.richMenu(userId)]);
  if (arrivedWhileLoading === arrived) arrivedWhileLoading = null;
  if (state.currentUserId !== userId) return;
  conversation.showTimeline(items);
  for (const show of arrived) show();
  richMenu.show(menu, { enabled: state.users.get(userId)?.blocked !== true });
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

function onUserChanged(user) {
  const before = state.users.get(user.userId);
  state.users.set(user.userId, user);
  renderUsers();
  if (user.userId !== state.currentUserId) return;
  showCurrentUser();
  if (before?.blocked !== user.blocked) selectUser(user.userId);
}

function setBotStatus(entry) {
  const result = describeWebhookResult(entry);
  $('#bot-status').textContent = result.text;
  $('#bot-status').classList.toggle('error', !result.ok);
}

function listenForNotices() {
  subscribe({
    delivery: ({ delivery }) => {
      if (delivery.userId === state.currentUserId) return showNotice(() => conversation.showDelivery(delivery));
      state.unread.set(delivery.userId, (state.unread.get(delivery.userId) ?? 0) + 1);
      renderUsers();
    },
    'webhook-sending': ({ entry }) => entry.userId === state.currentUserId && showNotice(() => conversation.showSending(entry)),
    webhook: ({ entry }) => {
      setBotStatus(entry);
      if (entry.userId === state.currentUserId) showNotice(() => conversation.showWebhookResult(entry));
    },
    user: ({ user }) => onUserChanged(user),
    loading: ({ userId, seconds }) => userId === state.currentUserId && conversation.showLoading(seconds),
    reset: () => loadUsers(),
  }, (connected) => {
    $('#live-status').textContent = connected ? 'เชื่อมต่อสดแล้ว' : 'ขาดการเชื่อมต่อ กำลังลองใหม่…';
    $('#live-status').classList.toggle('error', !connected);
  });
}

async function start() {
  const { offices, rolesInBot } = await api.offices();
  state.offices = new Map(offices.map((office) => [office.code, office.name]));
  wireAddUserForm($('#add-user-form'), { offices, rolesInBot, addUser: api.addUser, notify, onAdded: (user) => {
    state.users.set(user.userId, user);
    return selectUser(user.userId);
  } });
  await loadUsers();
}

wireComposer({ send, sendImage });
listenForNotices();
start().catch((error) => notify(`โหลดคอนโซลไม่สำเร็จค่ะ: ${error.message}`));
