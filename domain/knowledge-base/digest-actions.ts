import { LineUserModel } from '../../models/line-user.ts';
import { FaqNotFoundError } from './faq-admin.ts';
import { dismissGroup, GroupClosedError, GroupNotFoundError, resolveGroupAsVariant } from './resolve-unanswered.ts';

export type DigestActionOutcome =
  | { outcome: 'added'; title: string; question: string }
  | { outcome: 'skipped'; title: string }
  | { outcome: 'already-handled' }
  | { outcome: 'not-staff' };

/** Checked on the server for every tap: a forwarded card or a crafted postback from anyone else does nothing. */
async function isClinicStaff(lineUserId: string | undefined): Promise<boolean> {
  if (!lineUserId) return false;
  const user = await LineUserModel.findOne({ lineUserId, active: true }, { role: 1 }).lean();
  return user?.role === 'staff' || user?.role === 'admin';
}

async function handled<T extends DigestActionOutcome>(work: () => Promise<T>): Promise<T | { outcome: 'already-handled' }> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GroupClosedError || error instanceof GroupNotFoundError || error instanceof FaqNotFoundError) return { outcome: 'already-handled' };
    throw error;
  }
}

/** «เพิ่มเป็นคำถามของ …»: the group's question becomes a variant of the best-guess entry. */
export async function addFromDigest(input: { lineUserId: string | undefined; groupId: string; faqId: string }): Promise<DigestActionOutcome> {
  if (!(await isClinicStaff(input.lineUserId))) return { outcome: 'not-staff' };
  return handled(async () => {
    const faq = await resolveGroupAsVariant(input.groupId, input.faqId);
    return { outcome: 'added' as const, title: faq.wording, question: faq.question };
  });
}

/** «ข้าม»: not the knowledge base's business; the group leaves the list. */
export async function skipFromDigest(input: { lineUserId: string | undefined; groupId: string }): Promise<DigestActionOutcome> {
  if (!(await isClinicStaff(input.lineUserId))) return { outcome: 'not-staff' };
  return handled(async () => ({ outcome: 'skipped' as const, title: (await dismissGroup(input.groupId)).title }));
}
