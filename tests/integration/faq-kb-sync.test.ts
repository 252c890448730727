import { describe, expect, it } from 'vitest';
import { exportFaqEntries, importFaqEntries, loadShippedKbIfEmpty } from '../../domain/faq/kb-sync.ts';
import type { FaqEntry } from '../../domain/faq/types.ts';
import { FaqEntryModel } from '../../models/faq-entry.ts';
import { logFaqShown } from '../../domain/reports/faq-ask-log.ts';
import { countFaqUsage } from '../../domain/knowledge-base/faq-usage.ts';
import { useTestDatabase } from '../helpers/database.ts';

useTestDatabase();

const entry = (id: string, answer = 'คำตอบค่ะ'): FaqEntry => ({
  id,
  category: 'test',
  question: `คำถาม ${id}`,
  variants: ['แบบอื่น'],
  keywords: ['คำค้น'],
  answer,
  links: [{ label: 'เว็บไซต์', url: 'https://example.org' }],
  enabled: true,
});

describe('importFaqEntries', () => {
  it('when the same entries are imported twice, then the second run changes nothing', async () => {
    await FaqEntryModel.deleteMany({});
    expect(await importFaqEntries([entry('a'), entry('b')])).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(await importFaqEntries([entry('a'), entry('b')])).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await FaqEntryModel.countDocuments()).toBe(2);
  });

  it('when an entry changes, then it is updated in place and its usage is kept', async () => {
    await logFaqShown({ webhookEventId: 'kb-sync-event', at: new Date(), lineUserId: undefined }, 'a');
    expect(await importFaqEntries([entry('a', 'คำตอบใหม่ค่ะ'), entry('b'), entry('c')])).toEqual({
      created: 1,
      updated: 1,
      unchanged: 1,
    });
    const stored = await FaqEntryModel.findOne({ faqId: 'a' }).lean();
    expect(stored?.answer).toBe('คำตอบใหม่ค่ะ');
    expect((await countFaqUsage('a')).hitCount).toBe(1);
  });

  it('exports what was imported, in the knowledge-base shape', async () => {
    const exported = await exportFaqEntries();
    expect(exported.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(exported[1]).toEqual(entry('b'));
  });
});

describe('loadShippedKbIfEmpty', () => {
  it('loads the shipped knowledge base only when there are no entries', async () => {
    expect(await loadShippedKbIfEmpty()).toBe(0);
    await FaqEntryModel.deleteMany({});
    expect(await loadShippedKbIfEmpty()).toBe(88);
    expect(await loadShippedKbIfEmpty()).toBe(0);
  });
});
