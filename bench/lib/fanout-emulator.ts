/**
 * Child process of bench:fanout: the LINE emulator with every recipient as a known friend, so its
 * memory (users, logs) stays out of the fan-out's RSS. Prints `{ url, token }` once listening; on
 * the message `report` it answers with what it saw: deliveries, people, repeats and API calls.
 */
import { randomBytes } from 'node:crypto';
import { createLineEmulator } from '../../dev/line-emulator/index.ts';
import { fanoutUserId } from './fanout-ids.ts';

const count = Number(process.argv[2]);
const token = randomBytes(24).toString('hex');
const emulator = createLineEmulator({ channelSecret: randomBytes(16).toString('hex'), channelAccessToken: token, loginChannelId: '1234567890', webhookUrl: 'http://127.0.0.1:1/webhook', maxLogEntries: 5_000, personas: [] });
for (let i = 0; i < count; i++) emulator.users.add({ displayName: `สมาชิก ${i}`, userId: fanoutUserId(i) });
const seen = new Uint8Array(count + 1);
let deliveries = 0;
emulator.subscribe((notice) => {
  if (notice.kind !== 'delivery' || !notice.delivery.userId) return;
  deliveries += 1;
  const index = Number.parseInt(notice.delivery.userId.slice(1), 16);
  if (index < seen.length) seen[index] = Math.min(255, (seen[index] ?? 0) + 1);
});
const running = await emulator.listen(0);
process.send?.({ url: running.url, token });
process.on('message', (message) => {
  if (message !== 'report') return;
  const people = seen.reduce((sum, value) => sum + (value > 0 ? 1 : 0), 0);
  const repeated = seen.reduce((sum, value) => sum + (value > 1 ? 1 : 0), 0);
  const calls = emulator.requestLog().filter((entry) => entry.path.startsWith('/v2/bot/'));
  process.send?.({ deliveries, people, repeated, requests: calls.length, byEndpoint: Object.fromEntries([...new Set(calls.map((call) => call.endpoint))].map((endpoint) => [endpoint, calls.filter((call) => call.endpoint === endpoint).length])) });
});
process.on('disconnect', () => void running.close().then(() => process.exit(0)));
