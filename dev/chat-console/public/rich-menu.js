import { h } from './dom.js';

/**
 * The rich menu under the chat: the menu's image with a button over each area (its action's label
 * is the button's name, as LINE reads it to screen readers), and the chat bar that folds it away.
 */
export function createRichMenu({ panel, bar, area, onAction, imageUrl }) {
  let open = true;
  bar.addEventListener('click', () => setOpen(!open));

  function setOpen(value) {
    open = value;
    panel.classList.toggle('closed', !open);
    bar.setAttribute('aria-expanded', String(open));
  }

  /** `menu` as the console API gives it, or null: no menu, no panel. */
  function show(menu, { enabled }) {
    panel.hidden = !menu;
    if (!menu) return;
    bar.textContent = menu.chatBarText || 'เมนู';
    area.style.aspectRatio = `${menu.size.width} / ${menu.size.height}`;
    area.setAttribute('aria-label', menu.chatBarText || 'ริชเมนู');
    area.classList.toggle('no-image', !menu.imageUrl);
    area.replaceChildren(
      menu.imageUrl ? h('img', { src: imageUrl(menu.imageUrl), alt: '', draggable: 'false' }) : null,
      ...menu.areas.map((tile) => tileButton(tile, menu, { enabled, showLabel: !menu.imageUrl, onAction })));
    setOpen(menu.selected && enabled);
  }

  return { show, setOpen };
}

function tileButton(tile, menu, { enabled, showLabel, onAction }) {
  const { x, y, width, height } = tile.bounds;
  const percent = (value, total) => `${(value / total) * 100}%`;
  const label = tile.action?.label ?? '';
  return h('button', {
    type: 'button',
    class: 'rich-menu-area',
    'aria-label': label,
    title: label,
    disabled: !enabled,
    style: {
      left: percent(x, menu.size.width),
      top: percent(y, menu.size.height),
      width: percent(width, menu.size.width),
      height: percent(height, menu.size.height),
    },
    onclick: () => onAction(tile.action),
  }, showLabel ? label : '');
}
