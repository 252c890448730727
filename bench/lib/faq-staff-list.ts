import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { startEmbeddedServer } from '../../db/embedded/index.ts';
import { seededRandom, pick } from '../../domain/faq/calibration/seeded-random.ts';
import { recordUnansweredQuestion } from '../../domain/knowledge-base/faq-feedback.ts';
import { listOpenGroups } from '../../domain/knowledge-base/unanswered-list.ts';
import { UnansweredGroupModel } from '../../models/unanswered-group.ts';
import { UnansweredQuestionModel } from '../../models/unanswered-question.ts';
import { describeTimings, percentile } from './timing.ts';

const SUBJECTS = ['ตลาดนัด', 'วัด', 'โรงเรียน', 'สนามกีฬา', 'ศาลาประชาคม', 'ห้องสมุด', 'สวนสาธารณะ', 'บ่อปลา', 'ลานจอดรถ', 'ป้ายรถเมล์', 'ร้านค้าชุมชน', 'กองทุนหมู่บ้าน', 'รถรับส่งนักเรียน', 'งานบุญประจำปี', 'คลองส่งน้ำ', 'หอกระจายข่าว', 'ลานตากข้าว', 'โรงสีชุมชน', 'ตู้น้ำหยอดเหรียญ', 'ไวไฟหมู่บ้าน'];
const ASKS = ['เปิดกี่โมง', 'ใครดูแล', 'ขอใช้ได้ไหม', 'ต้องจ่ายเงินไหม', 'ปิดปรับปรุงถึงเมื่อไหร่', 'จองล่วงหน้าที่ไหน', 'มีกฎอะไรบ้าง', 'ใครเป็นประธาน', 'ย้ายไปอยู่ที่ไหน', 'ขอสร้างเพิ่มได้ไหม', 'เสียบ่อยแจ้งใคร', 'มีประชุมวันไหน', 'ขอรายชื่อสมาชิก', 'ทำไมปิด', 'มีที่นั่งพอไหม', 'ได้งบจากไหน', 'จัดงานได้ไหม', 'ขอเบอร์ผู้ดูแล', 'มีห้องน้ำไหม', 'รับอาสาสมัครไหม'];
const TAILS = ['', 'คะ', 'ครับ', 'ค่ะ', 'จ้า', ' ครับผม', 'นะคะ', 'บ้าง', ''];
const TOTAL = 50_000;
const CONCURRENCY = 8;

/** 50,000 villager questions over 400 topics × wordings, stored through the real path (each joins its group). */
async function seed(random: () => number): Promise<number[]> {
  const timings: number[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < TOTAL) {
      const n = next++;
      const text = `${pick(random, SUBJECTS)}${pick(random, ASKS)}${pick(random, TAILS)}`;
      const begin = performance.now();
      await recordUnansweredQuestion({ sourceEventId: `bench-${n}`, text, lineUserId: `U${n % 997}`, bestGuess: null, reason: 'no-match', askedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000) });
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
    const started = performance.now();
    const storing = await seed(seededRandom(50_000));
    const seconds = (performance.now() - started) / 1000;
    const groups = await UnansweredGroupModel.countDocuments({ status: 'open' });
    console.log(`staff list of unanswered questions (embedded database, ${TOTAL.toLocaleString()} questions stored through the real path, ${CONCURRENCY} at a time)`);
    console.log(`  storing a question and joining its group: ${describeTimings(storing)}   (${Math.round(TOTAL / seconds)} questions/s, ${groups} groups)`);
    const firstPages: number[] = [];
    for (let i = 0; i < 100; i++) {
      const begin = performance.now();
      await listOpenGroups({ limit: 50 });
      firstPages.push(performance.now() - begin);
    }
    const walk: number[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 50; page++) {
      const begin = performance.now();
      const result = await listOpenGroups({ limit: 50, cursor });
      walk.push(performance.now() - begin);
      cursor = result.nextCursor ?? undefined;
      if (!cursor) break;
    }
    firstPages.sort((a, b) => a - b);
    walk.sort((a, b) => a - b);
    console.log(`  first page of 50 groups (100 reads):        ${describeTimings(firstPages)}`);
    console.log(`  walking ${walk.length} pages by cursor:                ${describeTimings(walk)}   (goal p99 < 100 ms: ${percentile([...firstPages, ...walk].sort((a, b) => a - b), 99) < 100 ? 'met' : 'NOT met'})`);
  } finally {
    await mongoose.disconnect();
    await server.close();
    rmSync(dbPath, { recursive: true, force: true });
  }
}
