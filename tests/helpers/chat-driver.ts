import sharp from 'sharp';
import type { LineEmulator } from '../../dev/line-emulator/index.ts';

export type BotMessage = Record<string, unknown> & { type: string; text?: string; altText?: string };
type Action = { type: string; label?: string; data?: string; displayText?: string; uri?: string; text?: string };

/** Every action a message offers: its quick replies and the buttons inside a flex card. */
export function actionsOf(message: BotMessage): Action[] {
  const found: Action[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const record = node as Record<string, unknown>;
    if (record.action && typeof record.action === 'object') found.push(record.action as Action);
    for (const [key, value] of Object.entries(record)) if (key !== 'action') visit(value);
  };
  visit(message);
  return found;
}

export function textOf(messages: BotMessage[]): string {
  return messages.map((message) => JSON.stringify(message)).join('\n');
}

/**
 * A person in the chat, driving the bot the way they would: typing, tapping the buttons the bot
 * actually sent (found by label in its latest messages), sending photos and locations.
 */
export function chatAs(emulator: LineEmulator, userId: string) {
  const mine = () => emulator.deliveries({ userId });
  const exchange = async (send: () => Promise<unknown>): Promise<BotMessage[]> => {
    const before = mine().length;
    await send();
    await emulator.waitForDeliveries({ userId }, { count: before + 1, timeoutMs: 10_000 });
    // One reply carries up to five messages; they land together, but give a straggler a moment.
    await new Promise((resolve) => setTimeout(resolve, 60));
    return mine().slice(before).map((delivery) => delivery.message as BotMessage);
  };
  const findAction = (label: string): Action => {
    const recent = mine().slice(-8).reverse().map((delivery) => delivery.message as BotMessage);
    for (const message of recent) {
      const action = actionsOf(message).find((candidate) => candidate.label === label);
      if (action) return action;
    }
    throw new Error(`no button labelled “${label}” in the last messages to ${userId}: ${textOf(recent.slice(0, 3)).slice(0, 1500)}`);
  };
  return {
    userId,
    say: (text: string) => exchange(() => emulator.sendFromUser(userId, { type: 'text', text })),
    tap: (label: string) => {
      const action = findAction(label);
      if (action.type === 'message') return exchange(() => emulator.sendFromUser(userId, { type: 'text', text: action.text ?? label }));
      if (action.type !== 'postback' || !action.data) throw new Error(`“${label}” is a ${action.type} action, not a postback`);
      return exchange(() => emulator.sendFromUser(userId, { type: 'postback', data: action.data!, ...(action.displayText ? { displayText: action.displayText } : {}) }));
    },
    buttonData: (label: string) => findAction(label).data,
    hasButton: (label: string) => {
      try {
        findAction(label);
        return true;
      } catch {
        return false;
      }
    },
    sendPhoto: async (color = '#3366cc') => {
      const content = await testPhoto(color);
      return exchange(() => emulator.sendFromUser(userId, { type: 'image', content, contentType: 'image/jpeg' }));
    },
    sendLocation: (latitude: number, longitude: number, address?: string) =>
      exchange(() => emulator.sendFromUser(userId, { type: 'location', latitude, longitude, ...(address ? { address } : {}) })),
    received: () => mine().map((delivery) => delivery.message as BotMessage),
    /** Waits for a message (reply or push) whose JSON contains `needle`, after `since` deliveries. */
    waitFor: async (needle: string, since = 0, timeoutMs = 10_000): Promise<BotMessage> => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = mine().slice(since).map((delivery) => delivery.message as BotMessage).find((message) => JSON.stringify(message).includes(needle));
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`no message to ${userId} containing “${needle}”; last: ${textOf(mine().slice(-3).map((d) => d.message as BotMessage)).slice(0, 1500)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    count: () => mine().length,
  };
}

export type ChatUser = ReturnType<typeof chatAs>;

/** A small real JPEG, with a GPS position in its EXIF so tests can see it removed. */
export async function testPhoto(color = '#3366cc'): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: color } })
    .jpeg()
    .withExif({ IFD0: { Make: 'TestCam', Model: 'Unit 1' } })
    .toBuffer();
}
