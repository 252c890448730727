import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose, { Types } from 'mongoose';
import { startEmbeddedServer } from '../../db/embedded/index.ts';
import { seededRandom, pick } from '../../domain/faq/calibration/seeded-random.ts';
import { recordUnansweredQuestion } from '../../domain/knowledge-base/faq-feedback.ts';
import { listOpenGroups } from '../../domain/knowledge-base/unanswered-list.ts';
import { questionSignature, questionSimilarity, SAME_QUESTION, type SignatureGrams } from '../../domain/knowledge-base/question-signature.ts';
import { listKeyOf } from '../../domain/knowledge-base/unanswered-groups.ts';
import { SHIPPED_VOCABULARY } from '../../domain/faq/vocabulary/shipped-vocabulary.ts';
import { UnansweredGroupModel } from '../../models/unanswered-group.ts';
import { UnansweredQuestionModel } from '../../models/unanswered-question.ts';
import { describeTimings, percentile } from './timing.ts';

const SUBJECTS = ['ตลาดนัด', 'วัด', 'โรงเรียน', 'สนามกีฬา', 'ศาลาประชาคม', 'ห้องสมุด', 'สวนสาธารณะ', 'บ่อปลา', 'ลานจอดรถ', 'ป้ายรถเมล์', 'ร้านค้าชุมชน', 'กองทุนหมู่บ้าน', 'รถรับส่งนักเรียน', 'งานบุญประจำปี', 'คลองส่งน้ำ', 'หอกระจายข่าว', 'ลานตากข้าว', 'โรงสีชุมชน', 'ตู้น้ำหยอดเหรียญ', 'ไวไฟหมู่บ้าน'];
const ASKS = ['เปิดกี่โมง', 'ใครดูแล', 'ขอใช้ได้ไหม', 'ต้องจ่ายเงินไหม', 'ปิดปรับปรุงถึงเมื่อไหร่', 'จองล่วงหน้าที่ไหน', 'มีกฎอะไรบ้าง', 'ใครเป็นประธาน', 'ย้ายไปอยู่ที่ไหน', 'ขอสร้างเพิ่มได้ไหม', 'เสียบ่อยแจ้งใคร', 'มีประชุมวันไหน', 'ขอรายชื่อสมาชิก', 'ทำไมปิด', 'มีที่นั่งพอไหม', 'ได้งบจากไหน', 'จัดงานได้ไหม', 'ขอเบอร์ผู้ดูแล', 'มีห้องน้ำไหม', 'รับอาสาสมัครไหม'];
const TAILS = ['', 'คะ', 'ครับ', 'ค่ะ', 'จ้า', ' ครับผม', 'นะคะ', 'บ้าง', ''];
const TOTAL = Number(process.env.STAFF_LIST_QUESTIONS ?? 50_000);
const CONCURRENCY = 8;
const REAL_PATH = 400;

/** Everyday things from the thesaurus beside the fixed subjects, so 50,000 questions make thousands of groups. */
const THINGS = [...SUBJECTS, ...SHIPPED_VOCABULARY.concepts.flatMap((concept) => concept.terms.filter((term) => /^[\u0e00-\u0e7f]{4,}$/.test(term)))];
const wordingOf = (random: () => number): string => `${pick(random, THINGS)}${pick(random, ASKS)}${pick(random, TAILS)}`;
const askedAt = (n: number): Date => new Date(Date.UTC(2026, 0, 1) + n * 60_000);

type SeedGroup = { _id: Types.ObjectId; grams: SignatureGrams; doc: Record<string, unknown> & { count: number; examples: string[] } };

/**
 * Stores `total` questions with their groups in bulk: the same signatures and similarity as
 * assignToGroup, decided in memory (the real path stores about 50 questions a second on this machine,
 * so 50,000 of them one by one would take a quarter of an hour before anything is measured).
 */
async function seedInBulk(random: () => number, total: number): Promise<void> {
  const groups: SeedGroup[] = [];
  const byBand = new Map<string, SeedGroup[]>();
  const questions: Record<string, unknown>[] = [];
  for (let n = 0; n < total; n++) {
    const text = wordingOf(random);
    const signature = questionSignature(text);
    const candidates = new Set(signature.bandKeys.flatMap((key) => byBand.get(key) ?? []));
    let home = [...candidates].find((group) => questionSimilarity(signature.grams, group.grams) >= SAME_QUESTION);
    if (!home) {
      const _id = new Types.ObjectId();
      const doc = { _id, title: text, normalizedTitle: signature.normalized, content: signature.content, bandKeys: signature.bandKeys, count: 0, firstAskedAt: askedAt(n), lastAskedAt: askedAt(n), examples: [] as string[], bestGuess: null, status: 'open', listKey: '' };
      home = { _id, grams: signature.grams, doc };
      groups.push(home);
      for (const key of signature.bandKeys) byBand.set(key, [...(byBand.get(key) ?? []), home]);
    }
    home.doc.count += 1;
    home.doc.lastAskedAt = askedAt(n);
    home.doc.examples = [...home.doc.examples, text].slice(-5);
    questions.push({ sourceEventId: `bench-${n}`, text, normalizedText: signature.normalized, lineUserId: `U${n % 997}`, askedAt: askedAt(n), bestGuess: null, reason: 'no-match', resolved: false, groupId: home._id });
  }
  for (const group of groups) group.doc.listKey = listKeyOf(group.doc.count, group.doc.lastAskedAt as Date, group._id);
  for (let at = 0; at < questions.length; at += 2_000) await UnansweredQuestionModel.collection.insertMany(questions.slice(at, at + 2_000));
  for (let at = 0; at < groups.length; at += 2_000) await UnansweredGroupModel.collection.insertMany(groups.slice(at, at + 2_000).map((group) => group.doc));
}

/** Questions stored one by one through the real path (recordUnansweredQuestion → assignToGroup), `concurrency` at a time. */
async function storeThroughRealPath(random: () => number, from: number, count: number): Promise<number[]> {
  const timings: number[] = [];
  let next = from;
  const worker = async (): Promise<void> => {
    while (next < from + count) {
      const n = next++;
      const begin = performance.now();
      await recordUnansweredQuestion({ sourceEventId: `bench-${n}`, text: wordingOf(random), lineUserId: `U${n % 997}`, bestGuess: null, reason: 'no-match', askedAt: askedAt(n) });
      timings.push(performance.now() - begin);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return timings.sort((a, b) => a - b);
}

/** The staff list at 50,000 stored unanswered questions: first pages and a walk of 50 pages by cursor. */
export async function measureStaffList(): Promise<void> {
  const dbPath = mkdtempSync(join(tmpdir(), 'bench-faq-groups-'));
  const server = await startEmbeddedServer({ dbPath });
  try {
    await mongoose.connect(server.uri, { dbName: 'bench_faq' });
    await Promise.all([UnansweredQuestionModel.syncIndexes(), UnansweredGroupModel.syncIndexes()]);
    const random = seededRandom(50_000);
    await seedInBulk(random, TOTAL - REAL_PATH);
    const started = performance.now();
    const storing = await storeThroughRealPath(random, TOTAL - REAL_PATH, REAL_PATH);
    const seconds = (performance.now() - started) / 1000;
    const groups = await UnansweredGroupModel.countDocuments({ status: 'open' });
    const stored = await UnansweredQuestionModel.estimatedDocumentCount();
    console.log(`staff list of unanswered questions (embedded database, ${stored.toLocaleString()} questions in ${groups.toLocaleString()} open groups; the last ${REAL_PATH} stored through the real path, ${CONCURRENCY} at a time)`);
    console.log(`  storing a question and joining its group: ${describeTimings(storing)}   (${Math.round(REAL_PATH / seconds)} questions/s)`);
    await listOpenGroups({ limit: 50 });
    const firstPages: number[] = [];
    for (let i = 0; i < 100; i++) {
      const begin = performance.now();
      await listOpenGroups({ limit: 50 });
      firstPages.push(performance.now() - begin);
    }
    const walk: number[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page++) {
      const begin = performance.now();
      const result = await listOpenGroups({ limit: 50, cursor });
      walk.push(performance.now() - begin);
      cursor = result.nextCursor ?? undefined;
      if (!cursor) break;
    }
    const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
    const shallow = sorted([...firstPages, ...walk.slice(0, 20)]);
    console.log(`  first page of 50 groups (100 reads):        ${describeTimings(sorted(firstPages))}`);
    console.log(`  pages 2–20 by cursor:                       ${describeTimings(sorted(walk.slice(1, 20)))}`);
    console.log(`  pages 81–100 by cursor (groups 4,000–5,000): ${describeTimings(sorted(walk.slice(80)))}`);
    const depth = percentile(sorted(walk.slice(80)), 50) / percentile(sorted(firstPages), 50);
    console.log(`  goal p99 < 100 ms over the first page and pages 2–20: ${percentile(shallow, 99) < 100 ? 'met' : 'NOT met'}; pages 81–100 take ${depth.toFixed(1)}× the first page's p50 (1× means the walk seeks to the cursor)`);
  } finally {
    await mongoose.disconnect();
    await server.close();
    rmSync(dbPath, { recursive: true, force: true });
  }
}
