import { h } from './dom.js';
import { ROLE_LABELS } from './format.js';

/** The sidebar list: role badge, name, blocked marker and a count of unread bot messages. */
export function renderUserList(container, { users, currentUserId, unread, onSelect }) {
  container.replaceChildren(...users.map((user) => {
    const current = user.userId === currentUserId;
    const unreadCount = unread.get(user.userId) ?? 0;
    return h('li', {},
      h('button', {
        type: 'button',
        class: `user-button${current ? ' current' : ''}`,
        'aria-pressed': String(current),
        title: user.displayName,
        onclick: () => onSelect(user.userId),
      },
      h('span', { class: `role role-${user.role}` }, ROLE_LABELS[user.role] ?? user.role),
      h('span', { class: 'name' }, user.displayName),
      user.following ? null : h('small', { class: 'blocked' }, 'บล็อกอยู่'),
      unreadCount > 0 ? h('span', { class: 'badge', 'aria-label': `ข้อความใหม่ ${unreadCount} ข้อความ` }, String(unreadCount)) : null));
  }));
}
