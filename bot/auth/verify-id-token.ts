export type VerifiedIdToken = { lineUserId: string; name: string | undefined; picture: string | undefined; expiresAt: number };

export class IdTokenError extends Error {
  override name = 'IdTokenError';
  readonly reason: 'expired' | 'invalid' | 'unavailable';
  constructor(reason: IdTokenError['reason'], message: string) {
    super(message);
    this.reason = reason;
  }
}

type VerifyAnswer = { sub?: string; aud?: string; exp?: number; name?: string; picture?: string; error_description?: string };

/**
 * Asks LINE (or the emulator, via the same base URL) whether a LIFF ID token is genuine and meant
 * for our LINE Login channel. The user id comes only from LINE's answer, never from the client.
 */
export async function verifyIdToken(options: {
  apiBaseUrl: string;
  channelId: string;
  idToken: string;
  timeoutMs?: number;
  now?: number;
}): Promise<VerifiedIdToken> {
  let response: Response;
  try {
    response = await fetch(new URL('/oauth2/v2.1/verify', options.apiBaseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ id_token: options.idToken, client_id: options.channelId }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
    });
  } catch {
    throw new IdTokenError('unavailable', 'LINE verify endpoint unreachable');
  }
  const answer = (await response.json().catch(() => ({}))) as VerifyAnswer;
  if (response.status >= 500) throw new IdTokenError('unavailable', `LINE verify answered ${response.status}`);
  if (!response.ok) {
    const expired = /expired/i.test(answer.error_description ?? '');
    throw new IdTokenError(expired ? 'expired' : 'invalid', answer.error_description ?? 'invalid token');
  }
  if (!answer.sub || answer.aud !== options.channelId || typeof answer.exp !== 'number') {
    throw new IdTokenError('invalid', 'verify answer lacks sub, aud or exp');
  }
  // LINE refuses expired tokens itself; an answer that says otherwise (a stale cache, a proxy) is not believed.
  if (answer.exp * 1000 <= (options.now ?? Date.now())) throw new IdTokenError('expired', 'verify answer has an exp in the past');
  return { lineUserId: answer.sub, name: answer.name, picture: answer.picture, expiresAt: answer.exp * 1000 };
}
