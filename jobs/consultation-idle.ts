import { endConsultation, idleConsultations } from '../domain/consultations/consultations.ts';
import type { JobDefinition } from '../infra/jobs/job-runner.ts';
import { buildEndedMessages, buildStaffEndedNotice } from '../bot/messages/consultation-messages.ts';
import type { JobServices } from './job-services.ts';

const SLOT_MINUTES = 5;

/** `2026-12-01T09:35`: the five-minute slot (UTC) a fire belongs to. */
function slotOf(at: Date): string {
  const slot = new Date(Math.floor(at.getTime() / (SLOT_MINUTES * 60_000)) * SLOT_MINUTES * 60_000);
  return slot.toISOString().slice(0, 16);
}

/**
 * Every few minutes: answered consultations nobody wrote in for CONSULTATION_IDLE_MINUTES end by
 * themselves; the villager gets the bot back (with the rating), the staff member a note. Only the
 * first ending of each counts (endConsultation is atomic), so two instances tell once.
 */
export const consultationIdleJob: JobDefinition<JobServices> = {
  name: 'consultation-idle',
  periodOf: slotOf,
  async run(deps, { now }) {
    let ended = 0;
    for (const idle of await idleConsultations(now, deps.config.consultation.idleMinutes * 60_000)) {
      const closed = await endConsultation(deps.cases, String(idle._id), 'idle', now);
      if (!closed) continue;
      await deps.consultations.toVillager(closed, 'ended', buildEndedMessages(closed, 'idle'));
      await deps.consultations.toAssignedStaff(closed, 'ended', buildStaffEndedNotice(closed, 'idle'));
      ended += 1;
    }
    return { ended };
  },
};
