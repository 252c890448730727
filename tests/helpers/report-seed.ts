import { Types } from 'mongoose';
import { CaseModel } from '../../models/case.ts';
import { FaqAskModel, FaqVoteModel } from '../../models/faq-ask.ts';
import { FaqEntryModel } from '../../models/faq-entry.ts';
import { UnansweredGroupModel } from '../../models/unanswered-group.ts';
import { UnansweredQuestionModel } from '../../models/unanswered-question.ts';
import { ActivityModel } from '../../models/activity.ts';
import { ActivityQuestionModel, ActivityRatingModel } from '../../models/activity-feedback.ts';
import { ActivityPlanModel, ActivitySendModel } from '../../models/activity-send.ts';
import { SubscriptionModel } from '../../models/subscription.ts';

/** A Bangkok wall-clock time as an instant: `bkk('2026-10-01 00:00')`. */
export function bkk(local: string): Date {
  return new Date(`${local.replace(' ', 'T')}:00+07:00`);
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const plus = (date: Date, ms: number) => new Date(date.getTime() + ms);

/** Personal data the seed writes; no public output may contain any of it. */
export const SEEDED_PERSONAL = {
  names: ['สมศรี ใจดีมาก', 'บุญมา รักถิ่นเกิด', 'ประยูร เจ้าหน้าที่เทศบาล'],
  phones: ['0891234567', '0867654321'],
  lineUserIds: ['U1a2b3c4d5e6f70811223344556677889', 'U99887766554433221100ffeeddccbbaa', 'Uofficer000000000000000000000000a'],
};
const [REPORTER_A, REPORTER_B, OFFICER] = SEEDED_PERSONAL.lineUserIds as [string, string, string];
const officer = { lineUserId: OFFICER, role: 'officer', name: SEEDED_PERSONAL.names[2] };
const reporter = (id: string) => ({ lineUserId: id, role: 'villager', name: SEEDED_PERSONAL.names[0] });

type SeedCase = {
  ticket: string;
  category: string;
  kind?: 'problem' | 'consultation';
  created: Date;
  slaDays: number;
  status: string;
  area?: { districtCode: string; subdistrictCode: string };
  officeCode?: string;
  location?: { latitude: number; longitude: number };
  acceptedAt?: Date;
  resolvedAt?: Date;
  closedAt?: Date;
  escalatedAt?: Date;
  anonymisedAt?: Date;
  rating?: { score: number; at: Date };
  steps?: { at: Date; action: string; note?: string }[];
  contact?: boolean;
  reporterId?: string;
  activityId?: string;
};

function caseDocument(seed: SeedCase) {
  const reporterId = seed.reporterId ?? REPORTER_A;
  const history = [
    { at: seed.created, actor: reporter(reporterId), action: 'file', to: 'new', photoIds: [] },
    ...(seed.steps ?? []).map((step) => ({ ...step, actor: officer, photoIds: [] })),
  ];
  return {
    ticket: seed.ticket,
    requestKey: `seed:${seed.ticket}`,
    kind: seed.kind ?? 'problem',
    category: seed.category,
    description: `${SEEDED_PERSONAL.names[0]} แจ้งว่ามีปัญหาหน้าบ้าน โทร ${SEEDED_PERSONAL.phones[0]}`,
    photoIds: [],
    location: seed.location ? { ...seed.location, address: `บ้านเลขที่ 12 ${SEEDED_PERSONAL.names[1]}` } : null,
    area: seed.area ?? { districtCode: '7201', subdistrictCode: '720101' },
    outsideProvince: false,
    officeCode: seed.officeCode ?? 'MUN-7201',
    officeChain: [seed.officeCode ?? 'MUN-7201'],
    assignee: seed.acceptedAt ? officer : null,
    reporterLineUserId: reporterId,
    contact: seed.contact && !seed.anonymisedAt ? { name: SEEDED_PERSONAL.names[1], phone: SEEDED_PERSONAL.phones[1], consentAt: seed.created } : null,
    followers: [REPORTER_B],
    status: seed.status,
    priority: 'normal',
    supporters: 0,
    dueAt: plus(seed.created, seed.slaDays * DAY),
    ...(seed.acceptedAt ? { acceptedAt: seed.acceptedAt } : {}),
    ...(seed.resolvedAt ? { resolvedAt: seed.resolvedAt } : {}),
    ...(seed.closedAt ? { closedAt: seed.closedAt } : {}),
    ...(seed.escalatedAt ? { escalatedAt: seed.escalatedAt } : {}),
    ...(seed.anonymisedAt ? { anonymisedAt: seed.anonymisedAt } : {}),
    ...(seed.activityId ? { activityId: seed.activityId } : {}),
    resolution: null,
    rating: seed.rating ? { score: seed.rating.score, comment: `ขอบคุณ ${SEEDED_PERSONAL.names[2]}`, at: seed.rating.at } : null,
    reopenCount: (seed.steps ?? []).filter((step) => step.action === 'reopen').length,
    source: 'chat',
    version: history.length,
    history,
    createdAt: seed.created,
    updatedAt: seed.created,
  };
}

/**
 * Cases of 2570-H1 (1 Oct 2026 – 31 Mar 2027, Bangkok) and of 2569-H2 before it, with cases on
 * the boundaries' last and first minutes. The expected figures are worked out by hand in
 * tests/integration/reports/report-figures.test.ts.
 */
export const SEED_CASES: SeedCase[] = [
  // 2570-H1
  { ticket: 'CC-2569-90001', category: 'road', created: bkk('2026-10-01 00:00'), slaDays: 15, status: 'closed', acceptedAt: bkk('2026-10-01 02:00'), resolvedAt: bkk('2026-10-04 00:00'), closedAt: bkk('2026-10-05 00:00'), rating: { score: 5, at: bkk('2026-10-05 00:00') }, location: { latitude: 14.47512, longitude: 100.11734 }, contact: true },
  { ticket: 'CC-2569-90003', category: 'waste', created: bkk('2027-03-31 23:59'), slaDays: 3, status: 'new', location: { latitude: 14.48122, longitude: 100.12051 } },
  { ticket: 'CC-2569-90004', category: 'water-supply', created: bkk('2027-04-01 00:00'), slaDays: 3, status: 'new' },
  {
    ticket: 'CC-2569-90005',
    category: 'drainage',
    created: bkk('2026-11-01 10:00'),
    slaDays: 7,
    status: 'resolved',
    area: { districtCode: '7209', subdistrictCode: '720903' },
    officeCode: 'SAO-720903',
    acceptedAt: bkk('2026-11-02 11:00'),
    resolvedAt: bkk('2026-11-12 10:00'),
    location: { latitude: 14.36421, longitude: 100.01872 },
    steps: [
      { at: bkk('2026-11-02 10:00'), action: 'forward', note: 'อยู่ในเขตเทศบาลตำบล' },
      { at: bkk('2026-11-08 10:00'), action: 'resolve' },
      { at: bkk('2026-11-09 10:00'), action: 'reopen', note: 'น้ำยังท่วมอยู่' },
      { at: bkk('2026-11-12 10:00'), action: 'resolve' },
    ],
  },
  { ticket: 'CC-2569-90006', category: 'consult-law', kind: 'consultation', created: bkk('2026-12-01 09:00'), slaDays: 15, status: 'rejected', officeCode: 'CLINIC', closedAt: bkk('2026-12-02 09:00'), anonymisedAt: bkk('2027-01-15 03:00'), contact: true, steps: [{ at: bkk('2026-12-02 09:00'), action: 'reject', note: 'ไม่อยู่ในอำนาจหน้าที่' }] },
  { ticket: 'CC-2570-00001', category: 'road', created: bkk('2027-01-10 08:00'), slaDays: 15, status: 'in_progress', acceptedAt: bkk('2027-01-11 08:00'), escalatedAt: bkk('2027-01-29 08:30'), reporterId: REPORTER_B, contact: true, activityId: '66a000000000000000000002' },
  { ticket: 'CC-2570-00002', category: 'tree', created: bkk('2027-02-01 09:00'), slaDays: 7, status: 'cancelled', closedAt: bkk('2027-02-01 10:00'), steps: [{ at: bkk('2027-02-01 10:00'), action: 'cancel' }] },
  // 2569-H2, and one that crosses into 2570-H1
  { ticket: 'CC-2569-90002', category: 'streetlight', created: bkk('2026-09-30 23:59'), slaDays: 7, status: 'closed', acceptedAt: bkk('2026-10-01 01:59'), resolvedAt: bkk('2026-10-10 23:59'), closedAt: bkk('2026-10-11 00:00'), rating: { score: 2, at: bkk('2026-10-11 00:00') }, location: { latitude: 14.47633, longitude: 100.11902 } },
  { ticket: 'CC-2569-80001', category: 'road', created: bkk('2026-05-01 09:00'), slaDays: 15, status: 'closed', acceptedAt: bkk('2026-05-01 10:00'), resolvedAt: bkk('2026-05-04 09:00'), closedAt: bkk('2026-05-05 09:00'), rating: { score: 4, at: bkk('2026-05-05 09:00') } },
  { ticket: 'CC-2569-80002', category: 'waste', created: bkk('2026-06-01 09:00'), slaDays: 3, status: 'closed', acceptedAt: bkk('2026-06-01 15:00'), resolvedAt: bkk('2026-06-10 09:00'), closedAt: bkk('2026-06-11 09:00'), rating: { score: 3, at: bkk('2026-06-11 09:00') } },
  { ticket: 'CC-2569-80003', category: 'streetlight', created: bkk('2026-07-01 09:00'), slaDays: 7, status: 'rejected', closedAt: bkk('2026-07-02 09:00'), steps: [{ at: bkk('2026-07-02 09:00'), action: 'reject', note: 'ไม่อยู่ในอำนาจหน้าที่' }] },
];

type AskSeed = [at: string, outcome: 'answered' | 'clarify' | 'clarified' | 'unanswered'];
const ASKS: AskSeed[] = [
  ['2026-10-01 00:00', 'answered'], ['2026-10-02 08:00', 'answered'], ['2026-11-05 12:00', 'answered'], ['2026-12-24 18:00', 'answered'], ['2027-03-31 23:59', 'answered'],
  ['2026-10-15 09:00', 'clarified'], ['2027-02-14 09:00', 'clarified'], ['2027-01-01 09:00', 'clarify'],
  ['2026-12-01 09:00', 'unanswered'], ['2027-03-01 09:00', 'unanswered'],
  ['2027-04-01 00:00', 'answered'],
  ['2026-09-30 23:59', 'answered'], ['2026-06-01 09:00', 'answered'], ['2026-07-01 09:00', 'answered'], ['2026-08-01 09:00', 'unanswered'],
];

async function seedFaq(): Promise<void> {
  await FaqAskModel.insertMany(ASKS.map(([at, outcome], index) => ({ _id: `ask:seed-${index}`, askedAt: bkk(at), outcome, ...(outcome === 'answered' || outcome === 'clarified' ? { faqId: 'seed-faq' } : {}) })));
  const votes: [string, boolean][] = [['2026-10-02 08:05', true], ['2026-11-05 12:05', true], ['2027-03-31 23:59', true], ['2026-12-24 18:05', false], ['2026-06-01 09:05', true]];
  await FaqVoteModel.insertMany(votes.map(([at, helpful], index) => ({ _id: `vote:seed-${index}`, at: bkk(at), faqId: 'seed-faq', helpful })));
  const groupA = new Types.ObjectId();
  const groupB = new Types.ObjectId();
  const group = (_id: Types.ObjectId, title: string, count: number) => ({ _id, title, normalizedTitle: title, count, firstAskedAt: bkk('2026-10-01 09:00'), lastAskedAt: bkk('2027-03-01 09:00'), listKey: `${count}`, status: 'open' });
  await UnansweredGroupModel.collection.insertMany([group(groupA, 'ขอใบอนุญาตเลี้ยงไก่ชนที่ไหน', 4), group(groupB, 'รถขยะมาวันไหน', 1)]);
  const question = (groupId: Types.ObjectId, text: string, at: string) => ({ text, normalizedText: text, lineUserId: REPORTER_A, askedAt: bkk(at), reason: 'no-match', resolved: false, groupId, bestGuess: null });
  await UnansweredQuestionModel.collection.insertMany([
    question(groupA, 'ขอใบอนุญาตเลี้ยงไก่ชนที่ไหน', '2026-12-01 09:00'),
    question(groupA, 'ไก่ชนต้องขออนุญาตไหม', '2027-01-05 09:00'),
    question(groupA, 'ใบอนุญาตไก่ชน', '2027-03-01 09:00'),
    question(groupB, 'รถขยะมาวันไหน', '2027-02-01 09:00'),
    question(groupA, 'เลี้ยงไก่ชนขออนุญาตที่ไหน', '2026-08-01 09:00'),
  ]);
  const entry = (faqId: string, question: string, at: string) => ({ faqId, category: 'general', question, variants: [], keywords: [], answer: 'คำตอบ', links: [], enabled: true, createdAt: bkk(at), updatedAt: bkk(at) });
  await FaqEntryModel.collection.insertMany([entry('seed-new-1', 'ขอใบอนุญาตเลี้ยงไก่ชน', '2027-03-02 10:00'), entry('seed-new-2', 'ตารางรถเก็บขยะ', '2027-02-02 10:00'), entry('seed-old', 'ภาษีป้าย', '2026-05-02 10:00')]);
}

const activityId = (n: number) => new Types.ObjectId(`66a00000000000000000000${n}`);

async function seedActivities(): Promise<void> {
  const activity = (n: number, type: string, topic: string, status: string, start: string, registeredCount: number) => ({
    _id: activityId(n), title: `กิจกรรมทดสอบ ${n}`, description: '', topic, type, startAt: bkk(start), endAt: new Date(bkk(start).getTime() + 3 * HOUR), venue: { name: 'ศาลาประชาคม', location: null },
    areas: [{ scope: 'province' }], audience: 'public', capacity: null, registrationOpen: true, registrants: SEEDED_PERSONAL.lineUserIds.slice(0, 1), registeredCount, organiser: 'ศูนย์ Clinic Center', status, pendingNotices: [], version: 1, history: [], createdAt: bkk(start), updatedAt: bkk(start),
  });
  await ActivityModel.collection.insertMany([
    activity(1, 'training', 'law', 'published', '2026-11-10 09:00', 25),
    activity(2, 'mobile-unit', 'public-health', 'published', '2027-02-15 09:00', 10),
    activity(3, 'forum', 'law', 'cancelled', '2026-12-05 09:00', 4),
    activity(4, 'training', 'environment', 'published', '2027-04-05 09:00', 8),
    activity(5, 'meeting', 'law', 'published', '2026-08-01 09:00', 5),
  ]);
  const rating = (n: number, score: number, end: string, who: string) => ({ activityId: String(activityId(n)), lineUserId: who, score, activityType: 'training', activityEndAt: bkk(end), createdAt: bkk(end), updatedAt: bkk(end) });
  await ActivityRatingModel.collection.insertMany([rating(1, 5, '2026-11-10 12:00', REPORTER_A), rating(1, 4, '2026-11-10 12:00', REPORTER_B), rating(5, 3, '2026-08-01 12:00', REPORTER_A)]);
  await ActivityQuestionModel.collection.insertMany([1, 2, 3].map((n) => ({ activityId: String(activityId(2)), lineUserId: REPORTER_A, text: `คำถามถึงหน่วยเคลื่อนที่ ${n}`, requestKey: `seed:question:${n}`, createdAt: bkk('2027-02-10 09:00') })));
  const subscription = (who: string, status: string, started: string, extra: Record<string, unknown>) => ({ lineUserId: who, status, bucket: 1, topics: [], area: null, startedAt: bkk(started), createdAt: bkk(started), updatedAt: bkk(started), ...extra });
  await SubscriptionModel.collection.insertMany([
    subscription('Usub1', 'active', '2026-10-15 09:00', { area: { districtCode: '7201' }, topics: ['law'] }),
    subscription('Usub2', 'active', '2026-05-01 09:00', { area: { districtCode: '7209' } }),
    subscription('Usub3', 'stopped', '2026-06-01 09:00', { area: { districtCode: '7201' }, topics: ['law', 'environment'], stoppedAt: bkk('2027-01-10 09:00'), stoppedReason: 'opt-out' }),
    subscription('Usub4', 'active', '2026-07-01 09:00', { officeCode: 'MUN-7201' }),
    subscription('Usub5', 'active', '2027-04-02 09:00', { area: { districtCode: '7201' } }),
  ]);
  const send = (id: string, queued: string, size: number) => ({ _id: id, job: 'monthly-schedule', period: queued.slice(0, 7), segment: 's', batch: 0, activityIds: [], recipients: [], size, status: 'queued', queuedAt: bkk(queued) });
  await ActivitySendModel.insertMany([send('a', '2026-11-25 09:00', 120), send('b', '2027-02-25 09:00', 80), send('c', '2026-08-25 09:00', 50)]);
  await ActivityPlanModel.insertMany([{ _id: 'plan-2027-03', job: 'monthly-schedule', period: '2027-03', complete: true, summary: { shortfall: { officers: 0, subscribers: 7 } }, createdAt: bkk('2027-02-25 09:00') }], { timestamps: false });
}

/** Writes the seeded cases, FAQ feedback and activities straight to the collections (their dates are the point). */
export async function seedReportData(): Promise<void> {
  await CaseModel.collection.insertMany(SEED_CASES.map(caseDocument));
  await seedFaq();
  await seedActivities();
}
