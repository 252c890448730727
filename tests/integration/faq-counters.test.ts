import { describe, expect, it } from 'vitest';
import { COUNTED_EVENTS_KEPT, recordFaqShown, recordFaqVote } from '../../domain/knowledge-base/faq-feedback.ts';
import { exportFaqEntries, importFaqEntries } from '../../domain/faq/kb-sync.ts';
import { FaqEntryModel } from '../../models/faq-entry.ts';
import { useTestDatabase } from '../helpers/database.ts';

useTestDatabase();

const counts = async () => FaqEntryModel.findOne({ faqId: 'vaccination' }, { hitCount: 1, helpfulCount: 1, notHelpfulCount: 1 }).lean();

describe('FAQ usage counters count once per webhook event', () => {
  it('when an event is processed again, then its hit and its vote are not counted twice', async () => {
    await importFaqEntries([{ id: 'vaccination', category: 'health', question: 'ฉีดวัคซีนที่ไหน', variants: [], keywords: [], answer: 'ที่ รพ.สต. ค่ะ', links: [], enabled: true }]);
    await recordFaqShown('vaccination', 'event-1');
    await recordFaqShown('vaccination', 'event-1');
    await recordFaqShown('vaccination', 'event-2');
    await recordFaqVote('vaccination', true, 'event-3');
    await recordFaqVote('vaccination', true, 'event-3');
    await recordFaqVote('vaccination', false, 'event-4');
    await Promise.all([recordFaqShown('vaccination', 'event-5'), recordFaqShown('vaccination', 'event-5')]);
    expect(await counts()).toMatchObject({ hitCount: 3, helpfulCount: 1, notHelpfulCount: 1 });
  });

  it('keeps only the latest counted events, and never shows them in exports', async () => {
    for (let n = 0; n < COUNTED_EVENTS_KEPT + 20; n++) await recordFaqShown('vaccination', `flood-${n}`);
    const stored = await FaqEntryModel.findOne({ faqId: 'vaccination' }).select('+countedEvents').lean();
    expect(stored?.countedEvents).toHaveLength(COUNTED_EVENTS_KEPT);
    expect(JSON.stringify(await exportFaqEntries())).not.toContain('flood-');
  });
});
