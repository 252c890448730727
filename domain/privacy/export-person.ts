import { collection, PERSONAL_DATA } from './personal-data.ts';

/** `field` says which of the collection's fields holds the person (a case they filed, or one they follow). */
export type PersonExport = { lineUserId: string; exportedAt: string; sections: { label: string; collection: string; field: string; documents: unknown[] }[] };

/** Everything stored about a person, collection by collection, as plain JSON (no one else's data). */
export async function exportPerson(lineUserId: string, now: Date): Promise<PersonExport> {
  const sections: PersonExport['sections'] = [];
  for (const holder of PERSONAL_DATA) {
    const documents = await collection(holder.collection).find({ [holder.field]: lineUserId }).limit(5_000).toArray();
    if (documents.length === 0) continue;
    sections.push({ label: holder.label, collection: holder.collection, field: holder.field, documents: documents.map((document) => onlyTheirs(holder.collection, document, lineUserId)) });
  }
  return { lineUserId, exportedAt: now.toISOString(), sections };
}

/** A shared document (an activity's list, a broadcast batch) is shown without the other people in it. */
function onlyTheirs(name: string, document: Record<string, unknown>, lineUserId: string): unknown {
  if (name === 'activities') return { _id: document._id, title: document.title, startAt: document.startAt, registered: true };
  if (name === 'activity_sends') return { _id: document._id, job: document.job, period: document.period, activityIds: document.activityIds };
  if (name === 'cases' && document.reporterLineUserId !== lineUserId) {
    return { ticket: document.ticket, category: document.category, status: document.status, following: true };
  }
  return document;
}

/** How much is stored, per kind, for the chat's immediate answer to «ขอดูข้อมูลของฉัน». */
export async function summarisePerson(lineUserId: string): Promise<{ label: string; count: number }[]> {
  const counts: { label: string; count: number }[] = [];
  for (const holder of PERSONAL_DATA) {
    const count = await collection(holder.collection).countDocuments({ [holder.field]: lineUserId });
    if (count > 0) counts.push({ label: holder.label, count });
  }
  return counts;
}
