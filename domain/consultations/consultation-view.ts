import { CaseModel } from '../../models/case.ts';
import { OutboxMessageModel, messagesJsonOf } from '../../models/outbox-message.ts';
import { findCategory } from '../cases/categories.ts';
import type { StoredCase } from '../cases/case-repository.ts';
import type { Consultation } from './consultations.ts';
import { DAY_MS } from '../time/thai-time.ts';

export type ConsultationView = {
  id: string;
  ticket: string;
  topic: string;
  topicName: string;
  status: Consultation['status'];
  staff: { name: string | null } | null;
  openedAt: string;
  acceptedAt: string | null;
  lastActivityAt: string;
  /** Minutes since it was opened (waiting) or since the last line (active). */
  waitingMinutes: number;
  openedOutsideHours: boolean;
};

export async function consultationView(consultation: Consultation, now: Date): Promise<ConsultationView> {
  const since = consultation.status === 'waiting' ? consultation.openedAt : consultation.lastActivityAt;
  return {
    id: String(consultation._id),
    ticket: consultation.ticket,
    topic: consultation.topic,
    topicName: findCategory(consultation.topic)?.name ?? consultation.topic,
    status: consultation.status,
    staff: consultation.staff ? { name: consultation.staff.name ?? null } : null,
    openedAt: consultation.openedAt.toISOString(),
    acceptedAt: consultation.acceptedAt?.toISOString() ?? null,
    lastActivityAt: consultation.lastActivityAt.toISOString(),
    waitingMinutes: Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000)),
    openedOutsideHours: consultation.openedOutsideHours ?? false,
  };
}

/** A row of the staff queue: the view and the question it opened with, to pick what to take first. */
export type QueueItem = ConsultationView & { question: string };

export async function queueItems(consultations: Consultation[], now: Date): Promise<QueueItem[]> {
  const cases = await CaseModel.find({ ticket: { $in: consultations.map((item) => item.ticket) } }, { ticket: 1, description: 1 }).lean();
  const questions = new Map(cases.map((item) => [item.ticket, item.description]));
  return Promise.all(consultations.map(async (item) => ({ ...(await consultationView(item, now)), question: questions.get(item.ticket) ?? '' })));
}

export type TranscriptLine = { at: string; from: 'villager' | 'staff'; name: string | null; text: string; photoIds: string[] };

/** The conversation as the case's history keeps it: the question first, then every line. */
export function transcriptOf(stored: StoredCase, consultation: Consultation): TranscriptLine[] {
  const question: TranscriptLine = { at: stored.createdAt.toISOString(), from: 'villager', name: null, text: stored.description, photoIds: [] };
  const lines = (stored.history ?? [])
    .filter((step) => step.action === 'message')
    .map((step) => ({
      at: step.at.toISOString(),
      from: step.actor.lineUserId === consultation.villagerLineUserId ? ('villager' as const) : ('staff' as const),
      name: step.actor.lineUserId === consultation.villagerLineUserId ? null : step.actor.name ?? null,
      text: step.note ?? '',
      photoIds: (step.photoIds ?? []).map(String),
    }));
  return [question, ...lines];
}

/**
 * The FAQ answers the bot gave this villager in the day before they asked for a person: staff read
 * them first. An answer is recognised by its 👍/👎 quick reply (the FAQ's own); prompts are left out.
 */
export async function recentBotAnswers(villagerLineUserId: string, before: Date): Promise<{ at: string; text: string }[]> {
  const sent = await OutboxMessageModel.find(
    { to: villagerLineUserId, status: 'sent', createdAt: { $gte: new Date(before.getTime() - DAY_MS), $lte: before } },
    { messagesJson: 1, messages: 1, createdAt: 1 },
  ).sort({ createdAt: -1 }).limit(20).lean();
  return sent.flatMap((entry) => {
    const messages = JSON.parse(messagesJsonOf(entry)) as { type: string; text?: string; quickReply?: unknown }[];
    if (!messages.some((message) => JSON.stringify(message.quickReply ?? '').includes(FAQ_FEEDBACK_ACTION))) return [];
    const answer = messages.find((message) => message.type === 'text' && message.text)?.text ?? '';
    return [{ at: (entry as { createdAt?: Date }).createdAt?.toISOString() ?? '', text: answer.replace(/\n\n[^\n]*ตรงคำถามไหมคะ[^\n]*$/u, '') }];
  });
}

/** The postback action of the FAQ's 👍/👎 buttons (bot/postback/postback-data.ts: faqFeedback). */
const FAQ_FEEDBACK_ACTION = 'action=faq.feedback';
