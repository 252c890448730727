import type { ActivityStatus } from './activity-kinds.ts';
import { checkTimes } from './activity-validation.ts';
import { ActivityInputError } from './activity-errors.ts';

/** What staff ask an existing activity to do; the reason is shown to everyone told of it. */
export type ActivityCommand =
  | { action: 'publish' }
  | { action: 'cancel'; reason: string }
  | { action: 'postpone'; reason: string }
  | { action: 'reschedule'; startAt: Date; endAt: Date; reason: string };

export type PlannedTransition = {
  status: ActivityStatus;
  times?: { startAt: Date; endAt: Date };
  /** True when people were told of the activity and must hear of this change. */
  notify: boolean;
};

type Current = { status: ActivityStatus; startAt: Date; endAt: Date };

/** States are data: which command each status allows, and whether the change is told. Pure; null = refused. */
export function planTransition(current: Current, command: ActivityCommand, now: Date): PlannedTransition | null {
  const told = current.status === 'published' || current.status === 'postponed';
  const ended = current.endAt <= now;
  switch (command.action) {
    case 'publish':
      return current.status === 'draft' ? { status: 'published', notify: false } : null;
    case 'cancel':
      return current.status !== 'cancelled' && !ended ? { status: 'cancelled', notify: told } : null;
    case 'postpone':
      return current.status === 'published' && !ended ? { status: 'postponed', notify: true } : null;
    case 'reschedule': {
      if (current.status === 'cancelled') return null;
      const errors = checkTimes(command.startAt, command.endAt);
      if (Object.keys(errors).length > 0) throw new ActivityInputError(errors);
      if (command.startAt.getTime() === current.startAt.getTime() && command.endAt.getTime() === current.endAt.getTime()) {
        throw new ActivityInputError({ start: 'วันเวลาใหม่ต้องต่างจากเดิม' });
      }
      return { status: current.status === 'postponed' ? 'published' : current.status, times: { startAt: command.startAt, endAt: command.endAt }, notify: told };
    }
  }
}
