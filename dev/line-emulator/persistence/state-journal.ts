import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmulatorState } from '../emulator-state.ts';
import type { EmulatorNotice } from '../types.ts';
import { MESSAGE_ID_PATTERN, parseRecord, type JournalRecord } from './journal-records.ts';

const JOURNAL_FILE = 'journal.jsonl';
const CONTENT_DIR = 'content';
/** Rewritten at start when it holds this many times more records than are still kept. */
const COMPACT_RATIO = 2;

export interface StateJournal {
  /** Stops recording (the file is always complete up to the last notice). */
  close(): void;
}

/**
 * Keeps the emulator's users and their chats in `dir` (what LINE keeps on a phone), so a local run
 * starts where the last one stopped. One JSON record per line, appended as things happen: a crash
 * loses at most a half-written last line, which is skipped when reading.
 */
export function openStateJournal(state: EmulatorState, dir: string): StateJournal {
  const file = join(dir, JOURNAL_FILE);
  const contentDir = join(dir, CONTENT_DIR);
  mkdirSync(contentDir, { recursive: true });
  const records = readRecords(file, state);
  const saved = restore(state, records, contentDir);
  if (records.length > COMPACT_RATIO * (keptCount(state) + 1)) compact(state, file, saved);
  const append = (record: JournalRecord) => appendFileSync(file, `${JSON.stringify(record)}\n`);
  const unsubscribe = state.subscribe((notice) => {
    if (notice.kind === 'reset') return resetFiles(file, contentDir, saved);
    for (const record of recordsFor(notice, state, contentDir, saved)) append(record);
  });
  return { close: unsubscribe };
}

function readRecords(file: string, state: EmulatorState): JournalRecord[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const records: JournalRecord[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const record = parseRecord(line);
    if (record) records.push(record);
    else skipped += 1;
  }
  if (skipped > 0) state.config.logger?.warn({ file, skipped }, 'line emulator: skipped unreadable journal lines');
  return records;
}

/** Applies the records in order; returns the IDs of stored images that were found again. */
function restore(state: EmulatorState, records: JournalRecord[], contentDir: string): Set<string> {
  const saved = new Set<string>();
  const webhooks = [];
  const deliveries = [];
  for (const record of records) {
    if (record.t === 'user') state.users.restore(record.user);
    else if (record.t === 'webhook') webhooks.push(record.entry);
    else if (record.t === 'delivery') deliveries.push(record.delivery);
    else if (readContent(state, contentDir, record.messageId, record.contentType)) saved.add(record.messageId);
  }
  state.restoreLogs(webhooks, deliveries);
  return saved;
}

function readContent(state: EmulatorState, contentDir: string, messageId: string, contentType: string): boolean {
  try {
    state.contents.set(messageId, { contentType, bytes: readFileSync(join(contentDir, messageId)) });
    return true;
  } catch {
    return false;
  }
}

function keptCount(state: EmulatorState): number {
  return state.users.list().length + state.webhookLog.length + state.deliveries.length + state.contents.size;
}

/** Rewrites the journal with only what is still kept (logs are capped), atomically. */
function compact(state: EmulatorState, file: string, saved: Set<string>): void {
  const records: JournalRecord[] = [
    ...state.users.list().map((user) => ({ t: 'user' as const, user })),
    ...[...saved].map((messageId) => ({ t: 'content' as const, messageId, contentType: state.contents.get(messageId)!.contentType })),
    ...state.webhookLog.map((entry) => ({ t: 'webhook' as const, entry })),
    ...state.deliveries.map((delivery) => ({ t: 'delivery' as const, delivery })),
  ];
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, records.map((record) => `${JSON.stringify(record)}\n`).join(''));
  renameSync(temporary, file);
}

function resetFiles(file: string, contentDir: string, saved: Set<string>): void {
  writeFileSync(file, '');
  for (const name of readdirSync(contentDir)) rmSync(join(contentDir, name), { force: true });
  saved.clear();
}

/** What a notice adds to the journal; an image a user sent is stored beside it the first time it is seen. */
function recordsFor(notice: EmulatorNotice, state: EmulatorState, contentDir: string, saved: Set<string>): JournalRecord[] {
  switch (notice.kind) {
    case 'user':
      return [{ t: 'user', user: notice.user }];
    case 'delivery':
      return [{ t: 'delivery', delivery: notice.delivery }];
    case 'webhook':
      return [...saveImages(notice.entry.events, state, contentDir, saved), { t: 'webhook', entry: notice.entry }];
    default:
      return [];
  }
}

function saveImages(events: Record<string, unknown>[], state: EmulatorState, contentDir: string, saved: Set<string>): JournalRecord[] {
  const records: JournalRecord[] = [];
  for (const event of events) {
    const messageId = (event.message as { id?: unknown } | undefined)?.id;
    if (typeof messageId !== 'string' || !MESSAGE_ID_PATTERN.test(messageId) || saved.has(messageId)) continue;
    const image = state.contents.get(messageId);
    if (!image) continue;
    writeFileSync(join(contentDir, messageId), image.bytes);
    saved.add(messageId);
    records.push({ t: 'content', messageId, contentType: image.contentType });
  }
  return records;
}
