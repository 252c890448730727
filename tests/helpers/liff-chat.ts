import type { LineEmulator } from '../../dev/line-emulator/index.ts';

/** The user types `text` in the chat; resolves with the bot's reply (every message of it) as JSON text. */
export async function askBot(emulator: LineEmulator, userId: string, text: string): Promise<string> {
  const before = emulator.deliveries({ userId, via: 'reply' }).length;
  await emulator.sendFromUser(userId, { type: 'text', text });
  const deliveries = await emulator.waitForDeliveries({ userId, via: 'reply' }, { count: before + 1, timeoutMs: 10_000 });
  return deliveries.slice(before).map((delivery) => JSON.stringify(delivery.message)).join('\n');
}

/** Waits until a push to `userId` mentions `needle`; returns that message as JSON text. */
export async function waitForPushMentioning(emulator: LineEmulator, userId: string, needle: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = emulator.deliveries({ userId, via: 'push' }).map((delivery) => JSON.stringify(delivery.message)).find((text) => text.includes(needle));
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`no push to ${userId} mentioning ${needle}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
