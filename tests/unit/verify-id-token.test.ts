import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IdTokenError, verifyIdToken } from '../../bot/auth/verify-id-token.ts';

const BASE = 'https://verify.test';
beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const answer = (exp: number) => nock(BASE).post('/oauth2/v2.1/verify').reply(200, { sub: 'U1', aud: '123', exp, name: 'ทดสอบ' });

describe('verifyIdToken', () => {
  it('when LINE answers with an exp still ahead, then the token is accepted with that expiry', async () => {
    const exp = Math.floor(Date.now() / 1000) + 600;
    answer(exp);
    await expect(verifyIdToken({ apiBaseUrl: BASE, channelId: '123', idToken: 't' })).resolves.toMatchObject({ lineUserId: 'U1', expiresAt: exp * 1000 });
  });

  it('when the verify answer carries an exp in the past, then the token is refused as expired', async () => {
    answer(Math.floor(Date.now() / 1000) - 5);
    const failure = await verifyIdToken({ apiBaseUrl: BASE, channelId: '123', idToken: 't' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(IdTokenError);
    expect((failure as IdTokenError).reason).toBe('expired');
  });
});
