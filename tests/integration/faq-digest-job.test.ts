import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { buildFaqDigestMessages } from '../../bot/messages/faq-digest-messages.ts';
import { addFromDigest, skipFromDigest } from '../../domain/knowledge-base/digest-actions.ts';
import { recordUnansweredQuestion } from '../../domain/knowledge-base/faq-feedback.ts';
import { importFaqEntries } from '../../domain/faq/kb-sync.ts';
import { createOutbox } from '../../infra/outbox/outbox.ts';
import { runJobOnce } from '../../infra/jobs/job-runner.ts';
import { faqDigestJob, runFaqDigest } from '../../jobs/faq-digest.ts';
import type { JobServices } from '../../jobs/job-services.ts';
import { FaqEntryModel } from '../../models/faq-entry.ts';
import { LineUserModel } from '../../models/line-user.ts';
import { OutboxMessageModel } from '../../models/outbox-message.ts';
import { UnansweredGroupModel } from '../../models/unanswered-group.ts';
import { useTestDatabase } from '../helpers/database.ts';

useTestDatabase();

const outbox = createOutbox({ replyTokenMaxAgeMs: 50_000, onEnqueued: () => undefined });
const logger = pino({ level: 'silent' });
const at = (day: number, hour = 8) => new Date(Date.UTC(2026, 11, day, hour - 7));
let event = 0;
const ask = (text: string, when: Date) =>
  recordUnansweredQuestion({ sourceEventId: `digest-${event++}`, text, lineUserId: 'U-villager', bestGuess: { faqId: 'vaccination', score: 0.31 }, reason: 'no-match', askedAt: when });
const digests = () => OutboxMessageModel.find({ dedupeKey: /^job:faq-digest:/ }).lean();

describe('the daily FAQ digest for staff', () => {
  it('when it runs twice the same day, then staff get one digest of the new groups', async () => {
    await importFaqEntries([{ id: 'vaccination', category: 'health', question: 'พาเด็กไปฉีดวัคซีนได้ที่ไหน', variants: [], keywords: [], answer: 'ที่ รพ.สต. ค่ะ', links: [], enabled: true }]);
    await LineUserModel.create([
      { lineUserId: 'U-staff', role: 'staff' },
      { lineUserId: 'U-villager', role: 'villager' },
    ]);
    await ask('ฉีดวัคซีนหมาที่ไหนฟรี', at(1, 6));
    await ask('ฉีดวัคซีนหมาที่ไหนฟรีคะ', at(1, 7));
    await ask('ขอเลขเด็ดงวดนี้หน่อย', at(1, 7));
    expect(await runFaqDigest({ now: at(1), outbox })).toEqual({ groups: 2, staff: 1 });
    expect(await runFaqDigest({ now: at(1, 9), outbox })).toEqual({ groups: 2, staff: 1 });
    const sent = await digests();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to).toEqual(['U-staff']);
    expect(sent[0]?.messagesJson).toContain('พาเด็กไปฉีดวัคซีนได้ที่ไหน');
  });

  it('when the next day comes, then only the groups new since the last digest are sent; the runner never runs a day twice', async () => {
    await ask('รถเก็บขยะมาช้ามาก', at(2, 6));
    const deps = { outbox } as unknown as JobServices;
    const first = await runJobOnce(faqDigestJob, deps, { period: '2026-12-02', trigger: 'schedule', now: () => at(2), logger });
    const again = await runJobOnce(faqDigestJob, deps, { period: '2026-12-02', trigger: 'manual', now: () => at(2, 10), logger });
    expect(first).toMatchObject({ status: 'ran', result: { groups: 1 } });
    expect(again).toEqual({ status: 'skipped' });
    const sent = await digests();
    expect(sent.map((entry) => entry.dedupeKey).sort()).toEqual(['job:faq-digest:2026-12-01#0.0', 'job:faq-digest:2026-12-02#0.0']);
    expect(sent.find((entry) => entry.dedupeKey.includes('12-02'))?.messagesJson).not.toContain('ฉีดวัคซีนหมา');
  });

  it('when a run stopped after marking the groups, then the re-run sends that day once', async () => {
    await ask('ขอยืมเต็นท์จัดงานบวช', at(3, 6));
    const lost = { multicast: async () => { throw new Error('instance died before sending'); } };
    await expect(runFaqDigest({ now: at(3), outbox: lost })).rejects.toThrow();
    await runFaqDigest({ now: at(3, 8), outbox });
    await runFaqDigest({ now: at(3, 9), outbox });
    expect((await digests()).filter((entry) => entry.dedupeKey.includes('2026-12-03'))).toHaveLength(1);
  });

  it('when someone who is not staff taps a digest button, then nothing changes; staff add once, a second tap is already handled', async () => {
    const group = await UnansweredGroupModel.findOne({ title: 'ฉีดวัคซีนหมาที่ไหนฟรี' }).lean();
    const groupId = String(group!._id);
    expect(await addFromDigest({ lineUserId: 'U-villager', groupId, faqId: 'vaccination' })).toEqual({ outcome: 'not-staff' });
    expect(await skipFromDigest({ lineUserId: undefined, groupId })).toEqual({ outcome: 'not-staff' });
    expect((await UnansweredGroupModel.findById(groupId).lean())?.status).toBe('open');
    expect(await addFromDigest({ lineUserId: 'U-staff', groupId, faqId: 'vaccination' })).toEqual({ outcome: 'added', title: 'ฉีดวัคซีนหมาที่ไหนฟรี', question: 'พาเด็กไปฉีดวัคซีนได้ที่ไหน' });
    expect((await FaqEntryModel.findOne({ faqId: 'vaccination' }).lean())?.variants).toContain('ฉีดวัคซีนหมาที่ไหนฟรี');
    expect(await skipFromDigest({ lineUserId: 'U-staff', groupId })).toEqual({ outcome: 'already-handled' });
  });
});

describe('digest messages', () => {
  it('shows each group with its best guess and the two buttons, labels within LINE limits', () => {
    const messages = buildFaqDigestMessages(
      Array.from({ length: 14 }, (_, n) => ({ groupId: String(n).padStart(24, '0'), title: `คำถามที่ ${n}`, count: 14 - n, bestGuess: n % 2 ? null : { faqId: 'vaccination', question: 'พาเด็กไปฉีดวัคซีนได้ที่ไหน' } })),
      '1 ธ.ค. 2569',
    );
    expect(messages).toHaveLength(3);
    const json = JSON.stringify(messages);
    expect(json).toContain('"label":"เพิ่มเป็นคำถามของ …"');
    expect(json).toContain('"label":"ข้าม"');
    expect(json.match(/action=faq\.digest\.add/g)).toHaveLength(7);
    for (const [, label] of json.matchAll(/"label":"([^"]*)"/g)) expect(label?.length ?? 0).toBeLessThanOrEqual(20);
    expect(buildFaqDigestMessages([], 'x')).toEqual([]);
  });
});
