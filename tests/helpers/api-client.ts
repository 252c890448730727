import type { BotHarness } from './bot-harness.ts';
import { assignRole } from '../../domain/users/assign-role.ts';
import type { UserRole } from '../../models/line-user.ts';

/** Calls the bot's /api as a signed-in LIFF user would, with a LINE ID token from the emulator. */
export function apiAs(harness: () => BotHarness, token: string | undefined) {
  return async (path: string, init: { method?: string; body?: unknown; raw?: Buffer; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers ?? {}) };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const body = init.raw ? new Uint8Array(init.raw) : init.body === undefined ? undefined : JSON.stringify(init.body);
    const response = await fetch(`${harness().bot.url}/api${path}`, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body });
    const type = response.headers.get('content-type') ?? '';
    const json = type.includes('json') ? ((await response.json()) as Record<string, unknown>) : undefined;
    return { status: response.status, json: json ?? {}, response };
  };
}

/** A new emulator user with a role in the bot, and an API client signed in as them. */
export async function userWithRole(harness: () => BotHarness, displayName: string, role: UserRole = 'villager', officeCode?: string) {
  const user = harness().emulator.users.add({ displayName, role: role === 'villager' ? 'villager' : role === 'staff' || role === 'admin' ? 'staff' : 'officer' });
  if (role !== 'villager') await assignRole(user.userId, role, officeCode);
  return { userId: user.userId, api: apiAs(harness, harness().emulator.issueIdToken(user.userId)) };
}
