/** How close to the end counts as "reading the newest message". */
const NEAR_END_PX = 48;

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
  // Only the reader scrolling up unpins, read from their own input rather than from scroll events:
  // the browser moves scrollTop too (rows replaced, the list resized or rewrapped, quick replies
  // taking room), and under load no time window tells those moves from the reader's.
  const unpin = () => {
    if (list.scrollHeight > list.clientHeight) pinned = false;
  };
  list.addEventListener('wheel', (event) => event.deltaY < 0 && unpin(), { passive: true });
  let touchY = null;
  list.addEventListener('touchstart', (event) => { touchY = event.touches[0]?.clientY ?? null; }, { passive: true });
  list.addEventListener('touchmove', (event) => {
    const y = event.touches[0]?.clientY;
    if (touchY !== null && y !== undefined && y > touchY) unpin(); // the finger moves down: the list scrolls up
    touchY = y ?? touchY;
  }, { passive: true });
  list.addEventListener('keydown', (event) => ['ArrowUp', 'PageUp', 'Home'].includes(event.key) && unpin());
  // Dragging the scrollbar: a press in the gutter beside the rows, then the scroll that follows it.
  let draggingBar = false;
  list.addEventListener('pointerdown', (event) => { draggingBar = event.offsetX > list.clientWidth; }, { passive: true });
  window.addEventListener('pointerup', () => { draggingBar = false; });
  let lastTop = 0;
  list.addEventListener('scroll', () => {
    if (list.scrollHeight - list.scrollTop - list.clientHeight < NEAR_END_PX) pinned = true;
    else if (draggingBar && list.scrollTop < lastTop) pinned = false;
    lastTop = list.scrollTop;
    if (pinned) newMessagesButton.hidden = true;
  }, { passive: true });
  // The list's own size (the window, the quick replies taking room) and each row's: a row grows
  // after it is shown when an image or a font arrives or its status mark comes in, which under load
  // can be after the bot's next answer, and the newest message must not slip out of view for that.
  const resized = new ResizeObserver(() => pinned && toEnd());
  resized.observe(list);
  new MutationObserver((changes) => {
    for (const change of changes) {
      for (const row of change.addedNodes) if (row instanceof Element) resized.observe(row);
      for (const row of change.removedNodes) if (row instanceof Element) resized.unobserve(row);
    }
  }).observe(list, { childList: true });
  newMessagesButton.addEventListener('click', () => pin());
  function pin() {
    pinned = true;
    toEnd();
  }
  return { follow, pin };
}
