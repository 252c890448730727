import type { webhook } from '@line/bot-sdk';

export type FloodVerdict = 'handle' | 'notify' | 'skip';
export type FloodGuard = { admit(lineUserId: string, event: webhook.Event): FloodVerdict };

/** A long text costs more: one "message" per started 1,000 characters, so a flood of 5,000-character texts drains the budget fast. */
const CHARACTERS_PER_MESSAGE = 1_000;
/** A person told to slow down is told again only after this long. */
const RENOTIFY_AFTER_MS = 60_000;
const MAX_PEOPLE_TRACKED = 50_000;

/**
 * Per-person flood control: a token bucket of `burst` messages refilled at `perMinute`, timed by
 * LINE's event timestamps (so a backlog processed late is judged by when the person typed). What
 * goes over is skipped after one polite notice, so one person's burst costs the CPU only its
 * first few messages and everyone else's answers are not held behind it. In memory, per
 * instance: people's events are mostly claimed by one instance at a time, and the worst a second
 * instance adds is its own budget.
 */
export function createFloodGuard(settings: { burst: number; perMinute: number }): FloodGuard {
  const people = new Map<string, { tokens: number; at: number; notifiedAt: number }>();
  const refillPerMs = settings.perMinute / 60_000;
  return {
    admit(lineUserId, event) {
      if (event.type !== 'message' && event.type !== 'postback') return 'handle';
      const at = event.timestamp;
      const person = people.get(lineUserId) ?? { tokens: settings.burst, at, notifiedAt: Number.NEGATIVE_INFINITY };
      people.delete(lineUserId);
      if (people.size >= MAX_PEOPLE_TRACKED) people.delete(people.keys().next().value as string);
      people.set(lineUserId, person);
      person.tokens = Math.min(settings.burst, person.tokens + Math.max(0, at - person.at) * refillPerMs);
      person.at = Math.max(person.at, at);
      const cost = costOf(event);
      if (person.tokens >= cost || (person.tokens === settings.burst && cost > settings.burst)) {
        person.tokens -= cost;
        return 'handle';
      }
      if (at - person.notifiedAt < RENOTIFY_AFTER_MS) return 'skip';
      person.notifiedAt = at;
      return 'notify';
    },
  };
}

function costOf(event: webhook.Event): number {
  const message = (event as { message?: { type?: string; text?: unknown } }).message;
  if (message?.type !== 'text' || typeof message.text !== 'string') return 1;
  return Math.max(1, Math.ceil(message.text.length / CHARACTERS_PER_MESSAGE));
}
