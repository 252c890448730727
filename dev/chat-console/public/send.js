import { api } from './api.js';
import { notify } from './dom.js';

/** What the user does, sent through the emulator; resolves to whether it got there. */
export async function sendAs(userId, input) {
  try {
    await api.sendEvent(userId, input);
    return true;
  } catch (error) {
    notify(`ส่งไม่สำเร็จค่ะ: ${error.message}`);
    return false;
  }
}

export async function sendImageAs(userId, file) {
  await api.sendImage(userId, file).catch((error) => notify(`ส่งรูปไม่สำเร็จค่ะ: ${error.message}`));
}
