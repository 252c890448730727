import { isOpen, nextOpening } from '../../../domain/office-hours/office-hours.ts';
import { claimStaffNotice, endConsultation, openConsultation, recordLine, type Consultation } from '../../../domain/consultations/consultations.ts';
import { queueEstimate } from '../../../domain/consultations/queue-estimate.ts';
import { PhotoRejectedError, storePhoto } from '../../../domain/media/photo-store.ts';
import type { ChatInput } from '../../conversation/chat-input.ts';
import type { ChatContext } from '../../conversation/responder.ts';
import { replyTokenOf } from '../../events/reply-target.ts';
import {
  buildEndedMessages,
  buildOutsideHoursMessages,
  buildPersonHandlesMessages,
  buildQueuedMessages,
  buildStaffConsultationCard,
  buildStaffEndedNotice,
  buildStaffNewLineNotice,
} from '../../messages/consultation-messages.ts';
import { buildPhotoRejectedMessages } from '../../messages/photo-messages.ts';
import type { FlowTurn, FlowTurnContext } from '../flow-definition.ts';
import type { ConsultationState } from './consultation-state.ts';

type Context = FlowTurnContext<ConsultationState>;
const STAFF_NOTICE_GAP_MS = 5 * 60_000;

/** Files the consultation, puts it in front of Clinic Center staff, and tells the villager when to expect an answer. */
export async function openLive(context: Context, state: ConsultationState): Promise<FlowTurn<ConsultationState>> {
  const { services } = context;
  const now = services.cases.now();
  const hours = services.settings.officeHours;
  const open = isOpen(hours, now);
  const consultation = await openConsultation(services.cases, {
    villager: { lineUserId: context.lineUserId!, role: 'villager' },
    topic: state.topic!,
    question: state.question!,
    requestKey: `event:${context.webhookEventId}`,
    outsideHours: !open,
    now,
  });
  const id = String(consultation._id);
  await services.consultations.toAllStaff(consultation, 'new', buildStaffConsultationCard(consultation, state.question!, services.liffPage(`staff/consultations/${id}`)));
  const flow = { flowId: context.flowId };
  await context.reply(open
    ? buildQueuedMessages(flow, consultation, await queueEstimate(consultation.openedAt))
    : buildOutsideHoursMessages(flow, consultation, nextOpening(hours, now), services.settings.contact));
  return { next: 'continue', state: { ...state, stage: 'live', consultationId: id } };
}

/** A line from the villager: into the transcript; staff hear of it; the bot says once that a person is on it. */
export async function relayVillagerLine(context: Context, consultation: Consultation, input: ChatInput): Promise<FlowTurn<ConsultationState>> {
  const line = await lineOf(context, input);
  if (!line) return { next: 'continue', state: context.state };
  const noteNow = consultation.status === 'active' && !context.state.noticeSent;
  await recordLine(consultation, {
    from: { lineUserId: context.lineUserId!, role: 'villager' },
    ...line,
    at: context.services.cases.now(),
    requestKey: `event:${context.webhookEventId}`,
    // The bot answers this event only with the one-time note; otherwise its reply token waits for staff.
    replyToken: noteNow ? undefined : replyTokenOf(context.event),
  });
  const id = String(consultation._id);
  if (consultation.status === 'active' && (await claimStaffNotice(id, context.services.cases.now(), STAFF_NOTICE_GAP_MS))) {
    await context.services.consultations.toAssignedStaff(consultation, `notice:${context.webhookEventId}`, buildStaffNewLineNotice(consultation, context.services.liffPage(`staff/consultations/${id}`)));
  }
  if (noteNow) await context.reply(buildPersonHandlesMessages({ flowId: context.flowId }));
  return { next: 'continue', state: { ...context.state, noticeSent: context.state.noticeSent || noteNow } };
}

async function lineOf(context: Context, input: ChatInput): Promise<{ text: string; photoIds: string[] } | null> {
  switch (input.kind) {
    case 'text':
      return { text: input.text.slice(0, 2_000), photoIds: [] };
    case 'image':
      try {
        const photoId = await storePhoto(await context.services.fetchContent(input.messageId), { ownerLineUserId: context.lineUserId, sourceKey: `line:${input.messageId}` });
        return { text: '[รูปภาพ]', photoIds: [photoId] };
      } catch (error) {
        if (!(error instanceof PhotoRejectedError)) throw error;
        await context.reply(buildPhotoRejectedMessages(error.reason));
        return null;
      }
    case 'sticker':
      return { text: `[สติกเกอร์${input.keywords.length > 0 ? `: ${input.keywords.slice(0, 3).join(', ')}` : ''}]`, photoIds: [] };
    case 'location':
      return { text: `[ตำแหน่ง] ${input.address ?? ''} (${input.latitude.toFixed(5)}, ${input.longitude.toFixed(5)})`.trim(), photoIds: [] };
    default:
      return null;
  }
}

export async function endByVillager(context: ChatContext, consultation: Consultation): Promise<void> {
  const ended = await endConsultation(context.services.cases, String(consultation._id), 'villager', context.services.cases.now());
  if (!ended) return;
  await context.reply(buildEndedMessages(ended, 'villager'));
  await context.services.consultations.toAssignedStaff(ended, 'ended', buildStaffEndedNotice(ended, 'villager'));
}
