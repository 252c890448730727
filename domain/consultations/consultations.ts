import { Types } from 'mongoose';
import { ConsultationModel, type ConsultationDocument } from '../../models/consultation.ts';
import type { CaseService } from '../cases/case-service.ts';
import { appendTranscript } from '../cases/case-transcript.ts';
import { CaseRefusedError, type CaseActor } from '../cases/case-types.ts';

export type Consultation = ConsultationDocument;
type Person = CaseActor & { lineUserId: string };

/** The consultation topics villagers pick from: the case categories of kind `consultation`. */
export const CONSULTATION_TOPICS = ['consult-law', 'consult-education', 'consult-health', 'consult-environment', 'consult-other'] as const;

export async function findConsultation(id: string): Promise<Consultation | null> {
  if (!Types.ObjectId.isValid(id)) return null;
  return (await ConsultationModel.findById(id).lean()) as Consultation | null;
}

export async function findOpenConsultation(villagerLineUserId: string): Promise<Consultation | null> {
  return (await ConsultationModel.findOne({ villagerLineUserId, status: { $in: ['waiting', 'active'] } }).lean()) as Consultation | null;
}

/**
 * Opens a consultation: a case of kind `consultation` for Clinic Center staff (its history is the
 * transcript, starting with the question) and the live session, waiting for someone to take it.
 * Idempotent by `requestKey`: a retried event finds the same case and session.
 */
export async function openConsultation(
  cases: CaseService,
  input: { villager: Person; topic: string; question: string; requestKey: string; outsideHours: boolean; now: Date },
): Promise<Consultation> {
  const stored = await cases.file({
    requestKey: input.requestKey,
    source: 'consultation',
    reporter: input.villager,
    kind: 'consultation',
    category: input.topic,
    description: input.question,
    photoIds: [],
  });
  await ConsultationModel.updateOne(
    { ticket: stored.ticket },
    {
      $setOnInsert: {
        ticket: stored.ticket,
        villagerLineUserId: input.villager.lineUserId,
        topic: input.topic,
        status: 'waiting',
        openedAt: input.now,
        lastActivityAt: input.now,
        openedOutsideHours: input.outsideHours,
      },
    },
    { upsert: true },
  );
  return (await ConsultationModel.findOne({ ticket: stored.ticket }).lean()) as Consultation;
}

/** First tap wins: only a waiting consultation can be taken, atomically. */
export async function acceptConsultation(cases: CaseService, id: string, staff: Person, now: Date): Promise<{ ok: true; consultation: Consultation } | { ok: false; consultation: Consultation | null }> {
  const taken = (await ConsultationModel.findOneAndUpdate(
    { _id: id, status: 'waiting' },
    { $set: { status: 'active', staff: { lineUserId: staff.lineUserId, name: staff.name }, acceptedAt: now, lastActivityAt: now } },
    { returnDocument: 'after' },
  ).lean()) as Consultation | null;
  if (!taken) return { ok: false, consultation: await findConsultation(id) };
  await moveCaseQuietly(cases, taken.ticket, { action: 'accept' }, staff);
  return { ok: true, consultation: taken };
}

/**
 * One line of the conversation, kept in the transcript once per request (`requestKey`). A
 * villager's line also keeps its reply token, so a staff answer within the token's life goes as a
 * free reply; a staff line uses it up. Returns whether this call wrote the line.
 */
export async function recordLine(
  consultation: Consultation,
  line: { from: Person; text: string; photoIds: string[]; at: Date; requestKey: string; replyToken?: string | undefined },
): Promise<boolean> {
  const fresh = await appendTranscript(consultation.ticket, { actor: line.from, text: line.text, photoIds: line.photoIds, at: line.at, requestKey: line.requestKey });
  if (!fresh) return false;
  const fromVillager = line.from.lineUserId === consultation.villagerLineUserId;
  const lastReply = fromVillager && line.replyToken ? { token: line.replyToken, receivedAt: line.at } : null;
  await ConsultationModel.updateOne({ _id: consultation._id }, { $set: { lastActivityAt: line.at, lastReply } });
  return true;
}

/**
 * Ends it (either side, or idle): a consultation someone answered becomes `resolved`, ready for
 * the villager's 1–5 rating; one nobody took is cancelled. Only the first ending counts.
 */
export async function endConsultation(cases: CaseService, id: string, by: 'villager' | 'staff' | 'idle', now: Date): Promise<Consultation | null> {
  const ended = (await ConsultationModel.findOneAndUpdate(
    { _id: id, status: { $in: ['waiting', 'active'] } },
    { $set: { status: 'ended', endedAt: now, endedBy: by, lastReply: null } },
    { returnDocument: 'after' },
  ).lean()) as Consultation | null;
  if (!ended) return null;
  if (ended.staff?.lineUserId) {
    await moveCaseQuietly(cases, ended.ticket, { action: 'resolve', note: 'จบการสนทนา', photoIds: [] }, { lineUserId: ended.staff.lineUserId, role: 'staff', name: ended.staff.name ?? undefined });
  } else {
    await moveCaseQuietly(cases, ended.ticket, { action: 'cancel', reason: 'จบการสนทนาก่อนมีเจ้าหน้าที่รับเรื่อง' }, { lineUserId: ended.villagerLineUserId, role: 'villager' });
  }
  return ended;
}

/** The case follows the live session; a move it no longer allows (the case went elsewhere) is fine. */
async function moveCaseQuietly(cases: CaseService, ticket: string, command: Parameters<CaseService['act']>[0]['command'], actor: CaseActor): Promise<void> {
  try {
    await cases.act({ ticket, command, actor, requestKey: `consultation:${ticket}:${command.action}` });
  } catch (error) {
    if (!(error instanceof CaseRefusedError)) throw error;
  }
}

/** Active consultations nobody wrote in for `idleMs`: waiting ones keep waiting for staff. */
export async function idleConsultations(now: Date, idleMs: number): Promise<Consultation[]> {
  return (await ConsultationModel.find({ status: 'active', lastActivityAt: { $lt: new Date(now.getTime() - idleMs) } }).lean()) as Consultation[];
}

export async function listConsultations(status: 'waiting' | 'active' | 'ended' | 'open'): Promise<Consultation[]> {
  const filter: Record<string, unknown> = status === 'open' ? { status: { $in: ['waiting', 'active'] } } : { status };
  return (await ConsultationModel.find(filter).sort({ openedAt: status === 'ended' ? -1 : 1 }).limit(100).lean()) as Consultation[];
}

/** True for one caller per `gapMs`: staff hear of new lines at most that often, across instances. */
export async function claimStaffNotice(id: string, now: Date, gapMs: number): Promise<boolean> {
  const result = await ConsultationModel.updateOne(
    { _id: id, status: 'active', $or: [{ staffNotifiedAt: { $exists: false } }, { staffNotifiedAt: { $lt: new Date(now.getTime() - gapMs) } }] },
    { $set: { staffNotifiedAt: now } },
  );
  return result.modifiedCount === 1;
}
