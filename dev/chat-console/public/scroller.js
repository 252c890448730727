/** How close to the end counts as "reading the newest message". */
const NEAR_END_PX = 48;
/** A scroll this soon after the reader's own input is theirs (a wheel's smooth scroll runs on after it). */
const READER_INPUT_MS = 1_000;

/**
 * Keeps the newest message in view as LINE does: while the reader is at the end, anything that
 * changes the list's size (a new row, an image loading, quick replies taking room) scrolls to
 * the end; once they scroll up to read, a "new messages" button appears instead.
 */
export function createScroller(list, newMessagesButton) {
  let pinned = true;
  const toEnd = () => {
    list.scrollTop = list.scrollHeight;
    newMessagesButton.hidden = true;
  };
  const follow = () => {
    if (pinned) toEnd();
    else newMessagesButton.hidden = false;
  };
  // Only the reader scrolling up unpins. The browser moves scrollTop too (rows replaced, the list
  // resized or rewrapped, quick replies taking room), and under load such a move can land between
  // the reader's last input and a new row; so a move up counts only right after wheel, touch, key
  // or pointer input on the list.
  let lastTop = 0;
  let readerInputAt = Number.NEGATIVE_INFINITY;
  for (const type of ['wheel', 'touchmove', 'keydown', 'pointerdown']) {
    list.addEventListener(type, () => { readerInputAt = performance.now(); }, { passive: true });
  }
  list.addEventListener('scroll', () => {
    const byReader = performance.now() - readerInputAt < READER_INPUT_MS;
    if (list.scrollHeight - list.scrollTop - list.clientHeight < NEAR_END_PX) pinned = true;
    else if (byReader && list.scrollTop < lastTop) pinned = false;
    lastTop = list.scrollTop;
    if (pinned) newMessagesButton.hidden = true;
  }, { passive: true });
  list.addEventListener('load', () => pinned && toEnd(), true);
  new ResizeObserver(() => pinned && toEnd()).observe(list);
  newMessagesButton.addEventListener('click', () => pin());
  function pin() {
    pinned = true;
    toEnd();
  }
  return { follow, pin };
}
