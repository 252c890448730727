import type { Liff } from '@line/liff/core';
import { LiffMockPlugin, type LiffMockApi, type ExtendedInit } from '@line/liff-mock';
import type { AppConfig } from './app-config.ts';
import { chosenLocalUser, followConsoleUserSwitch } from './local-user.ts';

type EmulatorUser = { userId: string; displayName: string; role: string; pictureUrl?: string };
type MockedLiff = Liff & { init: ExtendedInit; $mock: LiffMockApi };

export type LocalIdentity = { userId: string; displayName: string; role: string };
let identity: LocalIdentity | null = null;

/** Who the page acts as in local mode (shown in the local-mode banner); null in production. */
export function localIdentity(): LocalIdentity | null {
  return identity;
}

/**
 * Local mode only (the server says so in config.json): liff-mock stands in for the LINE app, and
 * the ID token comes from the LINE emulator, so the server's verify call is the real code path.
 */
export async function startLocalSession(liff: Liff, config: AppConfig): Promise<void> {
  if (config.mode !== 'local' || !config.localApiBase) throw new Error('local session outside local mode');
  const api = config.localApiBase;
  const users = await getJson<{ users: EmulatorUser[] }>(`${api}/users`);
  const wanted = chosenLocalUser();
  const user = users.users.find((candidate) => candidate.userId === wanted) ?? users.users[0];
  if (!user) throw new Error('the LINE emulator has no users');
  const { idToken } = await getJson<{ idToken: string }>(`${api}/users/${encodeURIComponent(user.userId)}/id-tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  const mocked = liff as MockedLiff;
  // liff-mock types its plugin against the full SDK; it only touches isInClient and init of the core.
  mocked.use(new LiffMockPlugin() as unknown as Parameters<Liff['use']>[0]);
  await mocked.init({ liffId: 'local-mode', mock: true });
  mocked.$mock.set((previous) => ({
    ...previous,
    isInClient: true,
    isLoggedIn: true,
    getIDToken: idToken,
    getProfile: { userId: user.userId, displayName: user.displayName },
    isApiAvailable: true,
    // Opened from the one-to-one chat with the bot, as the rich menu opens it.
    getContext: previous.getContext && { ...previous.getContext, type: 'utou', utouId: 'local-chat', userId: user.userId, endpointUrl: location.origin },
  }));
  identity = { userId: user.userId, displayName: user.displayName, role: user.role };
  followConsoleUserSwitch(user.userId);
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return (await response.json()) as T;
}
