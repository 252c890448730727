/**
 * Embedded database benchmark through mongoose: single inserts, indexed point lookups at 1,000 and
 * 100,000 documents (the ratio shows lookups do not grow with collection size), single updates, a
 * full-collection scan, and the resident memory the server needs per 10,000 documents.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose, { Schema } from 'mongoose';
import { startEmbeddedServer } from '../db/embedded/index.ts';
import type { MemoryFigures, MemoryShape } from './lib/db-memory.ts';

const OPERATIONS = 5_000;
const SMALL = 1_000;
const LARGE = 100_000;

const Record = mongoose.model(
  'BenchRecord',
  new Schema({ key: { type: String, unique: true }, n: Number, payload: String }),
);

const keyOf = (i: number) => `key-${i}`;
const doc = (i: number) => ({ key: keyOf(i), n: i, payload: 'x'.repeat(100) });

interface Rate {
  wall: number;
  /** Operations per second of CPU time used by this process (client and server); steadier on a busy machine. */
  cpu: number;
}

async function opsPerSecond(count: number, op: (i: number) => Promise<unknown>): Promise<Rate> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < count; i++) await op(i);
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: count / wallSeconds, cpu: count / ((cpu.user + cpu.system) / 1e6) };
}

async function fillTo(total: number): Promise<void> {
  const existing = await Record.estimatedDocumentCount();
  for (let from = existing; from < total; from += 5_000) {
    const batch = Array.from({ length: Math.min(5_000, total - from) }, (_, i) => doc(from + i));
    await Record.insertMany(batch, { lean: true });
  }
}

function lookups(size: number): Promise<Rate> {
  return opsPerSecond(OPERATIONS, (i) => Record.findOne({ key: keyOf((i * 7919) % size) }).lean());
}

interface CompactionFigures {
  seconds: number;
  pings: number;
  maxPingMs: number;
  medianPingMs: number;
}

/** Pings one after another while the server rewrites its snapshot: how long any client waited. */
async function pingsDuringCompaction(): Promise<CompactionFigures> {
  const db = mongoose.connection.db!;
  const latencies: number[] = [];
  let done = false;
  const started = performance.now();
  const compaction = db.command({ compact: Record.collection.collectionName }).finally(() => (done = true));
  while (!done) {
    const sent = performance.now();
    await db.admin().ping();
    latencies.push(performance.now() - sent);
  }
  await compaction;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    seconds: (performance.now() - started) / 1000,
    pings: latencies.length,
    maxPingMs: sorted.at(-1) ?? 0,
    medianPingMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
  };
}

/** Each shape is measured in a fresh process, so nothing this run allocated is counted. */
function memoryFigures(shape: MemoryShape): MemoryFigures {
  const output = execFileSync(process.execPath, ['--expose-gc', '--experimental-strip-types', 'bench/lib/db-memory.ts', shape, String(LARGE)], {
    encoding: 'utf8',
  });
  return JSON.parse(output) as MemoryFigures;
}

const dbPath = mkdtempSync(join(tmpdir(), 'clinic-bench-db-'));
const server = await startEmbeddedServer({ dbPath });
try {
  await mongoose.connect(server.uri, { dbName: 'bench' });
  await Record.init();
  const admin = mongoose.connection.db!.admin();
  const raw = mongoose.connection.db!.collection('bench_raw');
  await opsPerSecond(500, () => admin.ping());
  // The floor: a driver round trip that does no work, and a driver insert without mongoose.
  const pings = await opsPerSecond(OPERATIONS, () => admin.ping());
  const rawInserts = await opsPerSecond(OPERATIONS, (i) => raw.insertOne(doc(i)));
  await opsPerSecond(500, (i) => Record.create(doc(2 * LARGE + i)));
  await opsPerSecond(500, (i) => Record.findOne({ key: keyOf(2 * LARGE + i) }).lean());
  const inserts = await opsPerSecond(OPERATIONS, (i) => Record.create(doc(LARGE + i)));
  await Record.deleteMany({});
  await fillTo(SMALL);
  const lookupsSmall = await lookups(SMALL);
  await fillTo(LARGE);
  const lookupsLarge = await lookups(LARGE);
  const updates = await opsPerSecond(OPERATIONS, (i) => Record.updateOne({ key: keyOf((i * 31) % LARGE) }, { $inc: { n: 1 } }));
  const scans = await opsPerSecond(10, () => Record.countDocuments({ n: { $lt: 0 } }));
  const compaction = await pingsDuringCompaction();
  const rows: [string, Rate, number][] = [
    ['baseline: driver ping round trips', pings, 0],
    ['baseline: driver insertOne (no mongoose)', rawInserts, 0],
    ['single inserts (sequential awaits)', inserts, 5_000],
    [`indexed point lookups @ ${SMALL.toLocaleString('en')} docs`, lookupsSmall, 5_000],
    [`indexed point lookups @ ${LARGE.toLocaleString('en')} docs`, lookupsLarge, 5_000],
    ['single updates ($inc by indexed key)', updates, 0],
    [`unindexed count (full scan) @ ${LARGE.toLocaleString('en')} docs`, scans, 0],
  ];
  console.log('\nEmbedded database benchmark (mongoose, sequential operations)\n');
  console.log(`${'operation'.padEnd(42)} ${'ops/s'.padStart(8)} ${'ops/cpu-s'.padStart(10)}  target (wall ops/s)`);
  for (const [name, rate, target] of rows) {
    const verdict = target === 0 ? '' : rate.wall >= target ? `>= ${target} ok` : `>= ${target} MISSED`;
    console.log(`${name.padEnd(42)} ${rate.wall.toFixed(0).padStart(8)} ${rate.cpu.toFixed(0).padStart(10)}  ${verdict}`);
  }
  console.log(`\nmongoose inserts reach ${((inserts.wall / pings.wall) * 100).toFixed(0)}% of the ping round-trip rate measured in this run`);
  const ratio = lookupsSmall.wall / lookupsLarge.wall;
  console.log(`lookup slowdown 1k -> 100k docs: ${ratio.toFixed(2)}x (aim <= 2x) ${ratio <= 2 ? 'ok' : 'MISSED'}`);
  console.log(
    `snapshot of ${LARGE.toLocaleString('en')} docs took ${compaction.seconds.toFixed(2)} s; ${compaction.pings} pings answered meanwhile, ` +
      `median ${compaction.medianPingMs.toFixed(2)} ms, slowest ${compaction.maxPingMs.toFixed(1)} ms`,
  );
  console.log(`\nresident memory of the server per 10,000 documents (${LARGE.toLocaleString('en')} inserted, measured in a fresh process):`);
  for (const figures of [memoryFigures('small'), memoryFigures('inbox')]) {
    const label = figures.shape === 'small' ? 'bench records' : 'inbox events (LINE text message)';
    console.log(
      `  ${label.padEnd(34)} ${String(figures.bsonBytesPerDoc).padStart(5)} B BSON each: RSS ${figures.rssMbPer10k.toFixed(1)} MB, JS heap + buffers ${figures.heapMbPer10k.toFixed(1)} MB`,
    );
  }
  console.log(`load average while running: ${os.loadavg()[0]?.toFixed(2)} on ${os.availableParallelism()} cores`);
} finally {
  await mongoose.disconnect();
  await server.close();
  rmSync(dbPath, { recursive: true, force: true });
}
