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
  // Only the reader scrolling up unpins: the list shrinking (quick replies appear) moves the end
  // away without moving scrollTop, and must not count as having scrolled away from it.
  let lastTop = 0;
  list.addEventListener('scroll', () => {
    if (list.scrollHeight - list.scrollTop - list.clientHeight < NEAR_END_PX) pinned = true;
    else if (list.scrollTop < lastTop) pinned = false;
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
