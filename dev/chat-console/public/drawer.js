const $ = (selector) => document.querySelector(selector);

/** On a phone-sized screen the user list is a drawer over the chat; on a wide one it stays beside it. */
export function wireDrawer() {
  const app = $('.app');
  const scrim = $('#scrim');
  const setOpen = (open) => {
    app.classList.toggle('drawer-open', open);
    scrim.hidden = !open;
  };
  $('#sidebar-open').addEventListener('click', () => setOpen(true));
  $('#sidebar-close').addEventListener('click', () => setOpen(false));
  scrim.addEventListener('click', () => setOpen(false));
  addEventListener('keydown', (event) => event.key === 'Escape' && setOpen(false));
  return { close: () => setOpen(false) };
}
