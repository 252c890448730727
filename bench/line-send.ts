/**
 * npm run bench:line-send — CPU per Messaging API call: the SDK's client (Node's fetch) against
 * the bot's send client (infra/line/line-send-client.ts, Node's http with kept-alive
 * connections), both pushing to one stand-in LINE server in a child process so that only the
 * caller's CPU is counted. Rounds alternate so a machine that changes speed hits both alike.
 */
import { messagingApi } from '@line/bot-sdk';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLineSendClient } from '../infra/line/line-send-client.ts';

const CALLS = 4_000;
const CONCURRENT = 32;
const ROUNDS = 3;
const TOKEN = 'bench-token';
const body = { to: 'U0123456789abcdef0123456789abcdef', messages: [{ type: 'text' as const, text: 'ศูนย์เปิดวันจันทร์ถึงศุกร์ 08:30–16:30 น. ค่ะ '.repeat(4) }] };

if (process.env.LINE_SEND_BENCH_SERVER) {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json', 'x-line-request-id': 'bench' });
      response.end('{"sentMessages":[{"id":"1","quoteToken":"q"}]}');
    });
  });
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
  process.on('disconnect', () => process.exit(0));
} else {
  await main();
}

async function main(): Promise<void> {
  const child = fork(new URL(import.meta.url), [], { execArgv: ['--experimental-strip-types'], env: { ...process.env, LINE_SEND_BENCH_SERVER: '1' } });
  const [{ port }] = (await once(child, 'message')) as [{ port: number }];
  const baseURL = `http://127.0.0.1:${port}`;
  const sdk = new messagingApi.MessagingApiClient({ channelAccessToken: TOKEN, baseURL });
  const send = createLineSendClient({ channelAccessToken: TOKEN, baseURL });
  const ways = {
    'SDK client (fetch)': () => sdk.pushMessage(body, crypto.randomUUID()),
    'send client (http)': () => send.post({ path: '/v2/bot/message/push', body: JSON.stringify(body), retryKey: crypto.randomUUID(), timeoutMs: 10_000 }),
  };
  const totals = new Map<string, number>(Object.keys(ways).map((name) => [name, 0]));
  for (const [, call] of Object.entries(ways)) await measure(call, 500); // warm both up
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const [name, call] of Object.entries(ways)) {
      const { cpuUsPerCall, callsPerSecond } = await measure(call, CALLS);
      totals.set(name, totals.get(name)! + cpuUsPerCall);
      console.log(`round ${round}  ${name.padEnd(20)} ${cpuUsPerCall.toFixed(0).padStart(4)} µs CPU per call   ${callsPerSecond.toFixed(0)} calls/s`);
    }
  }
  const [sdkUs, sendUs] = [...totals.values()].map((total) => total / ROUNDS);
  console.log(`line-send: sdk_us_per_call=${sdkUs!.toFixed(0)} send_client_us_per_call=${sendUs!.toFixed(0)} ratio=${(sdkUs! / sendUs!).toFixed(2)}`);
  child.disconnect();
}

/** The calling process's CPU (user + system) per call, with CONCURRENT calls in flight. */
async function measure(call: () => Promise<unknown>, calls: number): Promise<{ cpuUsPerCall: number; callsPerSecond: number }> {
  const cpu = process.cpuUsage();
  const began = performance.now();
  let started = 0;
  await Promise.all(
    Array.from({ length: CONCURRENT }, async () => {
      while (started < calls) {
        started += 1;
        await call();
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  return { cpuUsPerCall: (used.user + used.system) / calls, callsPerSecond: calls / ((performance.now() - began) / 1000) };
}
