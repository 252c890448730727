import { OutboxMessageModel } from '../../models/outbox-message.ts';

/**
 * For a command that queued messages and is about to exit: runs the sender until nothing queued
 * since `since` is pending any more (or the time is up), then stops it. Returns what is left.
 */
export async function drainOutbox(sender: { start(): void; stop(timeoutMs: number): Promise<unknown> }, options: { since: Date; timeoutMs: number }): Promise<number> {
  sender.start();
  const deadline = Date.now() + options.timeoutMs;
  const pending = () => OutboxMessageModel.countDocuments({ status: { $in: ['pending', 'sending'] }, createdAt: { $gte: options.since } });
  let left = await pending();
  while (left > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    left = await pending();
  }
  await sender.stop(5_000);
  return left;
}
