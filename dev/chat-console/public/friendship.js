const $ = (selector) => document.querySelector(selector);

/**
 * The follow paths, as LINE offers them: «เพิ่มเพื่อน» for someone who has not added the bot (a
 * first follow), «บล็อก» (unfollow) and «เลิกบล็อก» (a follow with isUnblocked). The emulator
 * sends the webhook and announces the user's new state, which is what redraws this.
 */
export function createFriendship(send) {
  const bar = $('#friend-bar');
  const button = $('#friend-button');
  const blockButton = $('#block-button');
  let user = null;
  button.addEventListener('click', () => user && send({ type: 'follow', isUnblocked: user.blocked }));
  blockButton.addEventListener('click', () => user && send({ type: 'unfollow' }));

  function show(current) {
    user = current;
    blockButton.hidden = !user?.following;
    bar.hidden = !user || user.following;
    if (!user || user.following) return;
    $('#friend-text').textContent = user.blocked
      ? 'คุณบล็อกบัญชีนี้อยู่'
      : 'ยังไม่ได้เพิ่มบัญชีนี้เป็นเพื่อน';
    button.textContent = user.blocked ? 'เลิกบล็อก' : 'เพิ่มเพื่อน';
  }

  return { show };
}
