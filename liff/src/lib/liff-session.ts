import liff from '@line/liff/core';
import IsInClient from '@line/liff/is-in-client';
import IsLoggedIn from '@line/liff/is-logged-in';
import Login from '@line/liff/login';
import GetIDToken from '@line/liff/get-id-token';
import GetContext from '@line/liff/get-context';
import IsApiAvailable from '@line/liff/is-api-available';
import SendMessages from '@line/liff/send-messages';
import CloseWindow from '@line/liff/close-window';
import type { AppConfig } from './app-config.ts';

// Only the modules the pages use (the pluggable SDK); IsInClient first: liff-mock needs it.
liff.use(new IsInClient());
liff.use(new IsLoggedIn());
liff.use(new Login());
liff.use(new GetIDToken());
liff.use(new GetContext());
liff.use(new IsApiAvailable());
liff.use(new SendMessages());
liff.use(new CloseWindow());

export type SendableMessage = Parameters<typeof liff.sendMessages>[0][number];

export class SessionError extends Error {
  override name = 'SessionError';
}

/**
 * LIFF is initialised once, before any page renders. In local mode the SDK runs on liff-mock with
 * an ID token from the LINE emulator, which the server verifies exactly like a real one.
 */
export async function startLiffSession(config: AppConfig): Promise<void> {
  if (config.mode === 'local') {
    const { startLocalSession } = await import('./local-session.ts');
    await startLocalSession(liff, config);
    return;
  }
  if (!config.liffId) throw new SessionError('ยังไม่ได้ตั้งค่า LIFF_ID ของระบบ กรุณาแจ้งผู้ดูแลค่ะ');
  await liff.init({ liffId: config.liffId });
  // Outside the LINE app (a desktop browser) the user logs in first; LIFF brings them back here.
  if (!liff.isLoggedIn()) {
    liff.login({ redirectUri: location.href });
    await new Promise(() => {});
  }
}

/** The ID token every API call carries; null when LIFF has none (not logged in). */
export function idToken(): string | null {
  return liff.getIDToken();
}

/** Opened from a one-to-one chat with the bot, where a message the user sends lands in that chat. */
export function canSendToChat(): boolean {
  return liff.getContext()?.type === 'utou' && liff.isApiAvailable('sendMessages');
}

/** Sends in the user's name to the chat the page was opened from; failures are not the user's problem. */
export async function sendToChat(messages: SendableMessage[]): Promise<boolean> {
  if (!canSendToChat()) return false;
  try {
    await liff.sendMessages(messages);
    return true;
  } catch {
    return false;
  }
}

export function closeWindow(): void {
  liff.closeWindow();
}

export function isInLineApp(): boolean {
  return liff.isInClient();
}

/**
 * After the ID token expired (it lives an hour): the LINE app and local mode hand out a fresh one
 * on reload; an external browser goes through LINE Login again.
 */
export function renewLogin(): void {
  if (liff.isInClient()) location.reload();
  else liff.login({ redirectUri: location.href });
}
