import { describe, expect, it } from 'vitest';
import { forgetQuestionsFromEvents, recordUnansweredQuestion } from '../../domain/knowledge-base/faq-feedback.ts';
import { listOpenGroups } from '../../domain/knowledge-base/unanswered-list.ts';
import { UnansweredGroupModel } from '../../models/unanswered-group.ts';
import { UnansweredQuestionModel } from '../../models/unanswered-question.ts';
import { useTestDatabase } from '../helpers/database.ts';

useTestDatabase();

let event = 0;
const ask = (text: string, minute: number) =>
  recordUnansweredQuestion({
    sourceEventId: `group-test-${event++}`,
    text,
    lineUserId: 'U-villager',
    bestGuess: { faqId: 'vaccination', score: 0.3 },
    reason: 'no-match',
    askedAt: new Date(Date.UTC(2026, 5, 1, 8, minute)),
  });

describe('unanswered questions join their group when they are stored', () => {
  it('when the same thing is asked three ways, then one group counts three with the latest wordings', async () => {
    await ask('ขอใบรับรองการทำงานได้ไหม', 1);
    await ask('ขอ ใบรับรองการทำงาน ได้ไหมคะ', 2);
    await ask('ขอใบรับรองการทำงาณได้มั้ย', 3);
    await ask('ท่อระบายน้ำหน้าบ้านตันมาสามวันแล้ว', 4);
    const page = await listOpenGroups({ limit: 10 });
    expect(page.groups.map((group) => group.count)).toEqual([3, 1]);
    expect(page.groups[0]).toMatchObject({ title: 'ขอใบรับรองการทำงานได้ไหม', bestGuess: { faqId: 'vaccination', score: 0.3 } });
    expect(page.groups[0]?.examples[0]).toBe('ขอใบรับรองการทำงาณได้มั้ย');
    expect(await UnansweredQuestionModel.countDocuments({ groupId: { $exists: true } })).toBe(4);
  });

  it('when the same event is stored again, then neither the question nor the count is doubled', async () => {
    const again = { sourceEventId: 'group-test-0', text: 'ขอใบรับรองการทำงานได้ไหม', lineUserId: 'U-villager', bestGuess: null, reason: 'no-match' as const, askedAt: new Date() };
    await recordUnansweredQuestion(again);
    expect((await UnansweredGroupModel.findOne({ title: 'ขอใบรับรองการทำงานได้ไหม' }).lean())?.count).toBe(3);
  });

  it('when a villager unsends their question, then its text leaves the group and an emptied group goes', async () => {
    await forgetQuestionsFromEvents(['group-test-0', 'group-test-3']);
    const groups = await UnansweredGroupModel.find().lean();
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ count: 2, title: 'ขอ ใบรับรองการทำงาน ได้ไหมคะ' });
    expect(JSON.stringify(groups)).not.toContain('ขอใบรับรองการทำงานได้ไหม');
    expect(JSON.stringify(groups)).not.toContain('ท่อระบายน้ำ');
  });
});
