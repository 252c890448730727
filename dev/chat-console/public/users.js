import { h } from './dom.js';
import { ROLE_LABELS } from './format.js';

const thaiOrder = new Intl.Collator('th');

/** The sidebar list: role badge, name, office, friendship and a count of unread bot messages. */
export function renderUserList(container, { users, currentUserId, unread, officeName, onSelect }) {
  container.replaceChildren(...users.map((user) => {
    const current = user.userId === currentUserId;
    const unreadCount = unread.get(user.userId) ?? 0;
    const office = officeName(user.officeCode);
    return h('li', {},
      h('button', {
        type: 'button',
        class: `user-button${current ? ' current' : ''}`,
        'aria-pressed': String(current),
        title: user.displayName,
        onclick: () => onSelect(user.userId),
      },
      h('span', { class: `role role-${user.role}` }, ROLE_LABELS[user.role] ?? user.role),
      h('span', { class: 'who' }, h('span', { class: 'name' }, user.displayName), office ? h('span', { class: 'office' }, office) : null),
      friendshipMark(user),
      unreadCount > 0 ? h('span', { class: 'badge', 'aria-label': `ข้อความใหม่ ${unreadCount} ข้อความ` }, String(unreadCount)) : null));
  }));
}

function friendshipMark(user) {
  if (user.blocked) return h('small', { class: 'friendship blocked' }, 'บล็อกอยู่');
  if (!user.following) return h('small', { class: 'friendship' }, 'ยังไม่เป็นเพื่อน');
  return null;
}

/**
 * The "add user" form. An officer needs the office they work for (the picker lists the bot's
 * offices); the server sets the role in the bot before the user appears.
 */
export function wireAddUserForm(form, { offices, rolesInBot, onAdded, addUser, notify }) {
  const officeField = form.querySelector('#office-field');
  const picker = form.querySelector('#office-picker');
  const sorted = [...offices].sort((a, b) => thaiOrder.compare(a.name, b.name));
  picker.replaceChildren(h('option', { value: '' }, 'เลือกหน่วยงาน'),
    ...sorted.map((office) => h('option', { value: office.code }, `${office.name} (${office.code})`)));
  const inBot = rolesInBot ? 'บทบาทจะตั้งในระบบของบอทจริง ' : '';
  form.querySelector('#role-hint').textContent = `${inBot}ผู้ใช้ใหม่ยังไม่ได้เพิ่มเพื่อน แตะ «เพิ่มเพื่อน» ในแชตเพื่อเริ่มค่ะ`;
  const syncRole = () => {
    const officer = form.elements.role.value === 'officer' && offices.length > 0;
    officeField.hidden = !officer;
    picker.required = officer;
  };
  form.elements.role.addEventListener('change', syncRole);
  syncRole();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const role = String(data.get('role'));
    const input = { displayName: String(data.get('displayName')).trim(), role, following: false };
    if (role === 'officer' && data.get('officeCode')) input.officeCode = String(data.get('officeCode'));
    try {
      const user = await addUser(input);
      form.reset();
      syncRole();
      await onAdded(user);
    } catch (error) {
      notify(`เพิ่มผู้ใช้ไม่สำเร็จค่ะ: ${error.message}`);
    }
  });
}
