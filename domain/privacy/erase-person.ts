import mongoose, { Types } from 'mongoose';
import { collection, PERSONAL_DATA, pseudonymOf } from './personal-data.ts';
import { recountGroups } from '../knowledge-base/unanswered-groups.ts';

const REDACTED = '[ลบตามคำขอของเจ้าของข้อมูล]';

/**
 * Erases a person everywhere (PDPA): documents that are theirs go; shared ones lose them; cases
 * and ratings keep their statistics under a pseudonym, with the person's words, contact details and
 * photos removed. Returns what was done per collection, for the request's record and the report.
 */
export async function erasePerson(lineUserId: string, secret: string): Promise<Record<string, number>> {
  const pseudonym = pseudonymOf(lineUserId, secret);
  const done: Record<string, number> = {};
  await redactTheirWords(lineUserId, pseudonym);
  await removeTheirPhotos(lineUserId);
  await removeCopiesSentToOthers(lineUserId);
  await freeTheirSeats(lineUserId);
  const groups = await collection('unanswered_questions').distinct('groupId', { lineUserId });
  for (const holder of PERSONAL_DATA) {
    const target = collection(holder.collection);
    const filter = { [holder.field]: lineUserId };
    const { erasure } = holder;
    const result =
      erasure.kind === 'delete'
        ? await target.deleteMany(filter)
        : erasure.kind === 'pull'
          ? await target.updateMany(filter, { $pull: { [erasure.field]: lineUserId } } as never)
          : await target.updateMany(filter, { $set: { [erasure.field]: pseudonym } });
    const count = 'deletedCount' in result ? result.deletedCount : result.modifiedCount;
    if (count > 0) done[`${holder.collection}.${holder.field}`] = count;
  }
  // Their questions are gone; the groups they were in take their title from someone else's, or go.
  await recountGroups(groups.filter((id): id is Types.ObjectId => id instanceof Types.ObjectId));
  return done;
}

/**
 * Seats they hold in activities still to come go back to others (the registrant list loses them in
 * the loop below); an activity already over keeps its count, which is a statistic by then.
 */
async function freeTheirSeats(lineUserId: string): Promise<void> {
  // One write per activity, as unregistering does: a retried erasure cannot count a seat back twice.
  await collection('activities').updateMany({ registrants: lineUserId, endAt: { $gt: new Date() } }, { $pull: { registrants: lineUserId }, $inc: { registeredCount: -1 } } as never);
}

/** Messages to officers and staff quoted their case or consultation; those copies go too. */
async function removeCopiesSentToOthers(lineUserId: string): Promise<void> {
  const tickets = await collection('cases').distinct('ticket', { reporterLineUserId: lineUserId });
  const consultations = await collection('consultations').distinct('_id', { villagerLineUserId: lineUserId });
  const prefixes = [...tickets.map((ticket) => `case:${String(ticket)}:`), ...consultations.map((id) => `consult:${String(id)}:`)];
  for (const prefix of prefixes) {
    await collection('outbox_messages').deleteMany({ dedupeKey: { $regex: `^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}` } });
  }
}

/** In cases they filed or spoke in: their description, notes, contact and names are removed, the steps stay. */
async function redactTheirWords(lineUserId: string, pseudonym: string): Promise<void> {
  const cases = collection('cases');
  await cases.updateMany({ reporterLineUserId: lineUserId }, { $set: { description: REDACTED, contact: null, location: null, photoIds: [] } });
  // Rewritten whole rather than with arrayFilters: several fields of the same entries at once.
  for (const stored of await cases.find({ 'history.actor.lineUserId': lineUserId }, { projection: { history: 1 } }).toArray()) {
    const history = (stored.history as { actor: { lineUserId?: string; name?: string | null }; note?: string; photoIds?: unknown[] }[]).map((step) =>
      step.actor.lineUserId === lineUserId ? { ...step, note: step.note ? REDACTED : step.note, photoIds: [], actor: { ...step.actor, lineUserId: pseudonym, name: null } } : step,
    );
    await cases.updateOne({ _id: stored._id }, { $set: { history }, $inc: { version: 1 } });
  }
  await cases.updateMany({ 'assignee.lineUserId': lineUserId }, { $set: { 'assignee.name': null } });
  await collection('consultations').updateMany({ 'staff.lineUserId': lineUserId }, { $set: { 'staff.name': null } });
}

async function removeTheirPhotos(lineUserId: string): Promise<void> {
  const photos = await collection('photos').find({ ownerLineUserId: lineUserId }, { projection: { originalFileId: 1, sharedFileId: 1 } }).toArray();
  const db = mongoose.connection.db!;
  const bucket = new mongoose.mongo.GridFSBucket(db, { bucketName: 'photos' });
  for (const photo of photos) {
    for (const fileId of [photo.originalFileId, photo.sharedFileId]) {
      if (fileId instanceof Types.ObjectId) await bucket.delete(fileId).catch(() => undefined);
    }
  }
}
