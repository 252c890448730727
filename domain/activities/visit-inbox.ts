import { ActivityQuestionModel } from '../../models/activity-feedback.ts';
import { CaseModel } from '../../models/case.ts';
import { findCategory } from '../cases/categories.ts';
import type { OfficeDirectory } from '../offices/office-directory.ts';
import { coversOffice } from './activity-areas.ts';
import type { StoredActivity } from './activity-repository.ts';

export type VisitInbox = {
  questions: { text: string; at: Date }[];
  cases: { ticket: string; categoryName: string; description: string; status: string; at: Date }[];
};

/** A mobile-unit visit's team: Clinic Center staff and the officers of the offices it visits. */
export function isVisitTeam(actor: { role: string; officeCode: string | undefined }, activity: StoredActivity, offices: OfficeDirectory): boolean {
  if (actor.role === 'staff' || actor.role === 'admin') return true;
  const office = actor.officeCode ? offices.byCode(actor.officeCode) : undefined;
  return (actor.role === 'officer' || actor.role === 'office-admin') && office !== undefined && coversOffice(activity.areas.map((area) => ({ scope: area.scope, code: area.code ?? undefined })), office);
}

/** What villagers sent ahead of a visit: questions (text only, no names) and the cases opened for it. */
export async function visitInbox(activityId: string): Promise<VisitInbox> {
  const [questions, cases] = await Promise.all([
    ActivityQuestionModel.find({ activityId }).sort({ createdAt: 1 }).limit(500).lean(),
    CaseModel.find({ activityId }).sort({ createdAt: 1 }).limit(500).lean(),
  ]);
  return {
    questions: questions.map((question) => ({ text: question.text, at: question.createdAt })),
    cases: cases.map((stored) => ({ ticket: stored.ticket, categoryName: findCategory(stored.category)?.name ?? stored.category, description: stored.description, status: stored.status, at: stored.createdAt })),
  };
}

/** A question to the visit, once per chat event (a redelivered webhook stores nothing new). */
export async function askVisit(input: { activityId: string; lineUserId: string; text: string; requestKey: string }): Promise<void> {
  await ActivityQuestionModel.updateOne({ requestKey: input.requestKey }, { $setOnInsert: input }, { upsert: true });
}
