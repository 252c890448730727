import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLineEmulator, type LineEmulator } from '../../dev/line-emulator/index.ts';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const villager = { displayName: 'สมชาย', role: 'villager' as const, userId: `U${'a'.repeat(32)}` };

describe('the LINE emulator keeping its users and chats in a directory', () => {
  const dirs: string[] = [];
  const open: LineEmulator[] = [];
  afterEach(() => {
    for (const emulator of open.splice(0)) emulator.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function emulatorIn(stateDir: string, options: { maxLogEntries?: number } = {}): LineEmulator {
    // Nothing listens on port 9: every webhook fails fast, which the log records like any other.
    const emulator = createLineEmulator({ channelSecret: 's', channelAccessToken: 't', loginChannelId: '1', webhookUrl: 'http://127.0.0.1:9/', personas: [villager], stateDir, ...options });
    open.push(emulator);
    return emulator;
  }
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-state-'));
    dirs.push(dir);
    return dir;
  };

  it('when it starts again on the same directory, then added users, friendship, the timeline and sent images are back', async () => {
    const dir = tempDir();
    const first = emulatorIn(dir);
    const added = first.users.add({ displayName: 'บุญมี', role: 'officer', officeCode: 'MUN-7201', following: false });
    await first.sendFromUser(added.userId, { type: 'follow' });
    const sent = await first.sendFromUser(added.userId, { type: 'image', content: PNG, contentType: 'image/png' });
    await first.sendFromUser(villager.userId, { type: 'unfollow' });
    first.close();

    const second = emulatorIn(dir);
    expect(second.users.get(added.userId)).toMatchObject({ displayName: 'บุญมี', role: 'officer', officeCode: 'MUN-7201', following: true, blocked: false });
    expect(second.users.get(villager.userId)).toMatchObject({ following: false, blocked: true });
    expect(second.webhookLog().map((entry) => (entry.events[0] as { type: string }).type)).toEqual(['follow', 'message', 'unfollow']);
    const messageId = (sent.event.message as { id: string }).id;
    const running = await second.listen();
    const content = await fetch(`${running.url}/__emulator/content/${messageId}`);
    expect(Buffer.from(await content.arrayBuffer()).equals(PNG)).toBe(true);
    await running.close();
  });

  it('when the journal ends in a half-written line, then the rest is read and the line is skipped', async () => {
    const dir = tempDir();
    const first = emulatorIn(dir);
    first.users.add({ displayName: 'มาลี', userId: `U${'b'.repeat(32)}` });
    first.close();
    appendFileSync(join(dir, 'journal.jsonl'), '{"t":"user","user":{"userId":"U');
    expect(emulatorIn(dir).users.get(`U${'b'.repeat(32)}`)?.displayName).toBe('มาลี');
  });

  it('when the logs outgrow their cap, then the journal is rewritten at start with what is kept', async () => {
    const dir = tempDir();
    const first = emulatorIn(dir, { maxLogEntries: 3 });
    for (let index = 0; index < 20; index += 1) await first.sendFromUser(villager.userId, { type: 'text', text: `ข้อความ ${index}` });
    first.close();
    const second = emulatorIn(dir, { maxLogEntries: 3 });
    expect(second.webhookLog().map((entry) => (entry.events[0] as { message: { text: string } }).message.text)).toEqual(['ข้อความ 17', 'ข้อความ 18', 'ข้อความ 19']);
    expect(readFileSync(join(dir, 'journal.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1 + 3);
  });

  it('when it is reset, then the journal and the stored images are emptied', async () => {
    const dir = tempDir();
    const first = emulatorIn(dir);
    await first.sendFromUser(villager.userId, { type: 'image', content: PNG, contentType: 'image/png' });
    first.reset();
    expect(readFileSync(join(dir, 'journal.jsonl'), 'utf8')).toBe('');
    expect(readdirSync(join(dir, 'content'))).toEqual([]);
    first.close();
    expect(emulatorIn(dir).webhookLog()).toEqual([]);
  });
});
