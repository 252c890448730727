import { LineUserModel } from '../../models/line-user.ts';
import { OutboxMessageModel } from '../../models/outbox-message.ts';
import type { Logger } from '../logger.ts';
import type { Outbox } from './outbox.ts';
import { buildDeadLetterAlert } from './dead-letter-message.ts';

const MAX_PER_ALERT = 10_000;

/**
 * Tells staff (line_users with role `staff`) once about entries dead-lettered since the last
 * notice: one message however many died. The notice's dedupe key is the first entry it covers,
 * so instances checking at the same moment queue it once. A dead notice never triggers another.
 */
export async function alertStaffOfDeadLetters(outbox: Outbox, logger: Logger, now = new Date()): Promise<number> {
  const unalerted = await OutboxMessageModel.find({ status: 'dead', alertedAt: { $exists: false }, purpose: { $ne: 'staff-alert' } }, { _id: 1 })
    .sort({ _id: 1 })
    .limit(MAX_PER_ALERT)
    .lean();
  if (unalerted.length === 0) return 0;
  const staff = await LineUserModel.find({ role: 'staff', active: { $ne: false } }, { lineUserId: 1 }).lean();
  if (staff.length === 0) logger.error({ dead: unalerted.length }, 'messages were dead-lettered and no staff user exists to tell');
  else {
    await outbox.multicast({
      dedupeKey: `dead-letter-alert:${String(unalerted[0]!._id)}`,
      to: staff.map((user) => user.lineUserId),
      messages: [buildDeadLetterAlert(unalerted.length)],
      purpose: 'staff-alert',
    });
  }
  await OutboxMessageModel.updateMany({ _id: { $in: unalerted.map((entry) => entry._id) } }, { $set: { alertedAt: now } });
  return unalerted.length;
}

/** Checks every `intervalMs` on each worker instance; the check is a single indexed query when nothing died. */
export function watchDeadLetters(options: { outbox: Outbox; logger: Logger; intervalMs: number }): { stop(): void } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() =>
      alertStaffOfDeadLetters(options.outbox, options.logger).catch((error: unknown) => options.logger.error({ err: error }, 'dead-letter check failed')),
    );
  }, options.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
