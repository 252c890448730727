import { describe, expect, it } from 'vitest';
import { addVariant, createFaq, listFaqs, updateFaq } from '../../domain/knowledge-base/faq-admin.ts';
import { logFaqShown, logFaqVote } from '../../domain/reports/faq-ask-log.ts';
import { exportFaqEntries, importFaqEntries } from '../../domain/faq/kb-sync.ts';
import { FaqEntryModel } from '../../models/faq-entry.ts';
import { useTestDatabase } from '../helpers/database.ts';

useTestDatabase();

const at = new Date('2026-11-30T03:00:00Z');
const event = (webhookEventId: string) => ({ webhookEventId, at, lineUserId: undefined });
const usage = async (faqId: string) => {
  const summary = (await listFaqs({})).find((faq) => faq.id === faqId);
  return summary && { hitCount: summary.hitCount, helpfulCount: summary.helpfulCount, notHelpfulCount: summary.notHelpfulCount };
};
const kbEntry = (id: string) => ({ id, category: 'health', question: `คำถาม ${id}`, variants: [], keywords: [], answer: 'ที่ รพ.สต. ค่ะ', links: [], enabled: true });

describe('FAQ usage counts once per webhook event', () => {
  it('when an event is processed again, then its answer and its vote are not counted twice', async () => {
    await importFaqEntries([kbEntry('vaccination'), kbEntry('other')]);
    await logFaqShown(event('event-1'), 'vaccination');
    await logFaqShown(event('event-1'), 'vaccination');
    await logFaqShown(event('event-2'), 'vaccination');
    await logFaqShown(event('event-9'), 'other');
    await logFaqVote(event('event-3'), 'vaccination', true);
    await logFaqVote(event('event-3'), 'vaccination', true);
    await logFaqVote(event('event-4'), 'vaccination', false);
    await Promise.all([logFaqShown(event('event-5'), 'vaccination'), logFaqShown(event('event-5'), 'vaccination')]);
    expect(await usage('vaccination')).toEqual({ hitCount: 3, helpfulCount: 1, notHelpfulCount: 1 });
    expect(await usage('other')).toEqual({ hitCount: 1, helpfulCount: 0, notHelpfulCount: 0 });
  });

  it('counts exactly however many answers come between an event and its retry (no window of remembered events)', async () => {
    await importFaqEntries([kbEntry('flooded')]);
    const ids = Array.from({ length: 600 }, (_, n) => `flood-${n}`);
    await Promise.all(ids.map((id) => logFaqShown(event(id), 'flooded')));
    await Promise.all(ids.slice(0, 50).map((id) => logFaqShown(event(id), 'flooded')));
    expect((await usage('flooded'))?.hitCount).toBe(600);
  });

  it('when staff create or edit an entry, then what they get back carries its usage', async () => {
    expect(await createFaq(kbEntry('edited'))).toMatchObject({ hitCount: 0, helpfulCount: 0, notHelpfulCount: 0 });
    await logFaqShown(event('edit-shown'), 'edited');
    await logFaqVote(event('edit-vote'), 'edited', false);
    expect(await updateFaq('edited', { answer: 'ที่ รพ.สต. ใกล้บ้านค่ะ' })).toMatchObject({ hitCount: 1, helpfulCount: 0, notHelpfulCount: 1 });
    expect(await addVariant('edited', 'ไปฉีดที่ไหน')).toMatchObject({ variants: ['ไปฉีดที่ไหน'], hitCount: 1, helpfulCount: 0, notHelpfulCount: 1 });
  });

  it('never rewrites the entry, and never shows usage in exports', async () => {
    await importFaqEntries([kbEntry('untouched')]);
    const before = await FaqEntryModel.findOne({ faqId: 'untouched' }).lean();
    await logFaqShown(event('event-x'), 'untouched');
    await logFaqVote(event('event-y'), 'untouched', false);
    expect(await FaqEntryModel.findOne({ faqId: 'untouched' }).lean()).toEqual(before);
    expect(JSON.stringify(await exportFaqEntries())).not.toMatch(/event-|hitCount/);
  });
});
