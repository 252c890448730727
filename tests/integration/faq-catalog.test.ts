import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.ts';
import { createFaqCatalog, type FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import { loadShippedKbIfEmpty } from '../../domain/faq/kb-sync.ts';
import { logFaqShown, logFaqVote } from '../../domain/reports/faq-ask-log.ts';
import { matchQuestion } from '../../domain/faq/match-question.ts';
import { FaqEntryModel } from '../../models/faq-entry.ts';

useTestDatabase();
const quiet = { warn: () => undefined };
let otherInstance: FaqCatalog;

beforeAll(async () => {
  await FaqEntryModel.init();
  await loadShippedKbIfEmpty();
  otherInstance = createFaqCatalog({ refreshIntervalMs: 50, logger: quiet });
  await otherInstance.refresh();
  otherInstance.start();
});
afterAll(() => otherInstance?.stop());

describe('FAQ catalog on several instances', () => {
  it('when another instance disables an entry, then this instance stops answering it after its next poll', async () => {
    const question = 'ทำบัตรคนพิการที่ไหนครับ';
    expect(matchQuestion(otherInstance.index(), question).faqId).toBe('disability-card');
    await FaqEntryModel.updateOne({ faqId: 'disability-card' }, { $set: { enabled: false } });
    await expect.poll(() => matchQuestion(otherInstance.index(), question).faqId, { timeout: 3_000 }).not.toBe('disability-card');
    expect(otherInstance.entry('disability-card')?.enabled).toBe(false);
  });

  it('when only usage is logged, then no instance rebuilds its index', async () => {
    const before = otherInstance.index();
    const event = { webhookEventId: 'catalog-test-event', at: new Date(), lineUserId: undefined };
    await logFaqShown(event, 'vaccination');
    await logFaqVote(event, 'vaccination', true);
    expect(await otherInstance.refresh()).toBe(false);
    expect(otherInstance.index()).toBe(before);
  });
});
