import type { messagingApi } from '@line/bot-sdk';
import type { Outbox } from '../../infra/outbox/outbox.ts';
import type { CaseEvent, CaseNotifier } from '../../domain/cases/case-events.ts';
import type { StoredCase } from '../../domain/cases/case-repository.ts';
import type { CaseActor } from '../../domain/cases/case-types.ts';
import type { CaseView } from '../../domain/cases/case-view.ts';
import { clinicStaff, officersOf, stillFollowing } from '../../domain/users/recipients.ts';
import type { PhotoUrl } from '../messages/case-card.ts';
import { buildNoteNotice, buildOfficeNotice, buildResolvedQuestion, buildVillagerUpdate } from '../messages/case-update-messages.ts';
import { buildNewCaseCard } from '../messages/officer-case-messages.ts';

export type CaseNotifierDeps = {
  outbox: Outbox;
  present(stored: StoredCase, viewer: CaseActor): Promise<CaseView>;
  photoUrl: PhotoUrl | undefined;
};

/** A stand-in officer of the case's office: the card's buttons are what any of them may do. */
const officeViewer = (stored: StoredCase): CaseActor => ({ lineUserId: undefined, role: 'officer', officeCode: stored.officeCode });
const reporterViewer = (stored: StoredCase): CaseActor => ({ lineUserId: stored.reporterLineUserId, role: 'villager' });

/**
 * Tells everyone a case event concerns, except the person who acted (their own answer comes by
 * reply in the chat, or on the page). Keys are per case, history step and audience, so telling
 * again after a retry queues nothing new.
 */
export function createCaseNotifier(deps: CaseNotifierDeps): CaseNotifier {
  const send = async (stored: StoredCase, key: string, to: string[], messages: messagingApi.Message[], actor: CaseActor) => {
    const recipients = await stillFollowing([...new Set(to)].filter((id) => id !== actor.lineUserId));
    if (recipients.length === 0 || messages.length === 0) return;
    const dedupeKey = `case:${stored.ticket}:${key}`;
    if (recipients.length === 1) await deps.outbox.push({ dedupeKey, to: recipients[0]!, messages });
    else await deps.outbox.multicast({ dedupeKey, to: recipients, messages });
  };
  const tellOffice = async (stored: StoredCase, key: string, actor: CaseActor, build: (view: CaseView) => messagingApi.Message[]) => {
    const officers = await officersOf(stored.officeCode);
    // An office nobody has registered for yet must not swallow the case: Clinic Center staff hear of it.
    const to = officers.length > 0 ? officers : await clinicStaff();
    await send(stored, key, to, build(await deps.present(stored, officeViewer(stored))), actor);
  };
  const tellPeople = async (stored: StoredCase, key: string, actor: CaseActor, build: (view: CaseView) => messagingApi.Message[]) => {
    await send(stored, key, [stored.reporterLineUserId, ...(stored.followers ?? [])], build(await deps.present(stored, reporterViewer(stored))), actor);
  };

  return async (event) => {
    const stored = event.case;
    if (toldByLiveChat(event)) return;
    switch (event.type) {
      case 'filed':
        return tellOffice(stored, 'filed:office', event.actor, (view) => buildNewCaseCard(view, deps.photoUrl));
      case 'moved':
        return announceMove(event, { tellOffice, tellPeople, photoUrl: deps.photoUrl });
      case 'noted': {
        const step = stored.history[event.step];
        const fromOffice = event.actor.lineUserId !== stored.reporterLineUserId;
        const build = (view: CaseView) => buildNoteNotice(view, fromOffice ? 'office' : 'reporter', step?.note ?? undefined, step?.photoIds?.length ?? 0);
        return fromOffice ? tellPeople(stored, `s${event.step}:people`, event.actor, build) : tellOffice(stored, `s${event.step}:office`, event.actor, build);
      }
      case 'supported':
        return undefined;
    }
  };
}

/** A live consultation tells both sides itself (bot/flows/consultation); its case's own moves stay quiet. */
function toldByLiveChat(event: CaseEvent): boolean {
  if (event.case.source !== 'consultation') return false;
  return event.type === 'filed' || (event.type === 'moved' && ['accept', 'resolve', 'cancel'].includes(event.action));
}

type Tell = (stored: StoredCase, key: string, actor: CaseActor, build: (view: CaseView) => messagingApi.Message[]) => Promise<void>;

async function announceMove(event: Extract<CaseEvent, { type: 'moved' }>, tell: { tellOffice: Tell; tellPeople: Tell; photoUrl: PhotoUrl | undefined }): Promise<void> {
  const stored = event.case;
  const step = stored.history[event.step];
  const note = step?.note ?? undefined;
  const key = `s${event.step}`;
  if (event.action === 'resolve' && stored.resolution?.note) {
    const resolution = { note: stored.resolution.note, photoIds: (stored.resolution.photoIds ?? []).map(String) };
    await tell.tellPeople(stored, `${key}:people`, event.actor, (view) => buildResolvedQuestion(view, resolution, tell.photoUrl));
    return;
  }
  if (['cancel', 'reopen', 'rate', 'confirm'].includes(event.action)) {
    await tell.tellOffice(stored, `${key}:office`, event.actor, (view) => buildOfficeNotice(view, event.action, note));
  }
  if (event.action === 'forward') {
    await tell.tellOffice(stored, `${key}:office`, event.actor, (view) => buildNewCaseCard(view, tell.photoUrl, note ? `ส่งต่อมาเพราะ: ${note}` : undefined));
  }
  await tell.tellPeople(stored, `${key}:people`, event.actor, (view) => buildVillagerUpdate(view, event.action, note));
}
