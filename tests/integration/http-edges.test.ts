import { describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
import { request } from 'node:http';
import { useBotHarness } from '../helpers/bot-harness.ts';

const MAX_CONNECTIONS = 40;
const bot = useBotHarness({
  HTTP_MAX_CONNECTIONS: String(MAX_CONNECTIONS),
  HTTP_HEADERS_TIMEOUT_MS: '500',
  HTTP_REQUEST_TIMEOUT_MS: '1000',
  API_RATE_LIMIT_PER_MINUTE: '40',
  AUTH_FAILURES_PER_IP_PER_HOUR: '5',
});

const port = () => Number(new URL(bot().bot.url).port);
const verifyCalls = () => bot().emulator.requestLog().filter((entry) => entry.path === '/oauth2/v2.1/verify').length;
const me = (token?: string) => fetch(`${bot().bot.url}/api/me`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

function openSocket(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port(), '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Resolves with how long the server took to close the connection. */
function closedAfter(socket: Socket, started = Date.now()): Promise<number> {
  return new Promise((resolve) => {
    socket.on('error', () => undefined);
    socket.once('close', () => resolve(Date.now() - started));
  });
}

describe('HTTP edges', () => {
  it('when a body of 100 MB is declared, then 413 comes within a second, before the body is read', async () => {
    const started = Date.now();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ port: port(), host: '127.0.0.1', method: 'POST', path: '/webhook', headers: { 'content-length': String(100 * 1024 * 1024), 'content-type': 'application/json' } });
      req.once('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.once('error', (error) => (error.message.includes('EPIPE') || error.message.includes('ECONNRESET') ? undefined : reject(error)));
      const chunk = Buffer.alloc(64 * 1024, 32);
      const pump = () => {
        while (!req.destroyed && req.write(chunk));
        if (!req.destroyed) req.once('drain', pump);
      };
      pump();
    });
    expect(status).toBe(413);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('when a client sends its headers too slowly, then the connection is closed', async () => {
    const socket = await openSocket();
    socket.write('POST /webhook HTTP/1.1\r\nHost: x\r\n');
    const keepTyping = setInterval(() => socket.write('X-Slow: y\r\n'), 100);
    const closedInMs = await closedAfter(socket);
    clearInterval(keepTyping);
    expect(closedInMs).toBeLessThan(3_000);
  });

  it('when more connections are open than the cap, then the extra ones are refused and service resumes after', async () => {
    const held = await Promise.all(Array.from({ length: MAX_CONNECTIONS + 5 }, () => openSocket()));
    const closed = await Promise.all(held.map((socket) => Promise.race([closedAfter(socket).then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 300))])));
    expect(closed.filter(Boolean).length).toBeGreaterThanOrEqual(5);
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await fetch(`${bot().bot.url}/healthz`)).status).toBe(200);
  });

  it('when a token expires, then the cache does not keep accepting it', async () => {
    const user = bot().emulator.users.add({ displayName: 'หมดอายุเร็ว' });
    const token = bot().emulator.issueIdToken(user.userId, { expiresInSeconds: 2 });
    expect((await me(token)).status).toBe(200);
    const before = verifyCalls();
    expect((await me(token)).status).toBe(200);
    expect(verifyCalls()).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await me(token)).status).toBe(401);
  });

  it('when one IP keeps presenting bad ID tokens, then after the limit it gets 429 without a call to LINE', async () => {
    const before = verifyCalls();
    const statuses: number[] = [];
    // The expired token above already cost this IP one failure.
    for (let i = 0; i < 6; i++) statuses.push((await me(`forged-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    expect(verifyCalls() - before).toBe(4);
  });

  it('when one IP calls the API too often, then it gets 429 in Thai', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 45; i++) last = await me();
    expect(last!.status).toBe(429);
    expect((await last!.json()).message).toMatch(/กรุณารอสักครู่/);
  });
});
