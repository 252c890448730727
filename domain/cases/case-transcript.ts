import { CaseModel } from '../../models/case.ts';
import { attachPhotos } from '../media/photo-store.ts';
import { historyActor } from './case-repository.ts';
import type { CaseActor } from './case-types.ts';

/**
 * Adds one line of a live consultation to its case's history: the transcript is the record
 * (PDPA: the villager is told it is kept). No one is notified here; the live chat delivers it.
 * Idempotent by `requestKey`, so a retried event does not write the line twice. Its photos become
 * the case's, so both sides (and staff reading the record) may open them.
 */
export async function appendTranscript(ticket: string, line: { actor: CaseActor; text: string; photoIds: string[]; at: Date; requestKey: string }): Promise<boolean> {
  const result = await CaseModel.updateOne(
    { ticket, 'history.requestKey': { $ne: line.requestKey } },
    {
      $push: { history: { at: line.at, actor: historyActor(line.actor), action: 'message', note: line.text, photoIds: line.photoIds, requestKey: line.requestKey } },
      $inc: { version: 1 },
    },
  );
  await attachPhotos(line.photoIds, ticket, line.actor.lineUserId);
  return result.modifiedCount === 1;
}
