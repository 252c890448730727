import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';
import { isEmbeddedDb } from '../helpers/database.ts';

const dbPath = mkdtempSync(join(tmpdir(), 'clinic-db-script-'));
afterAll(() => rmSync(dbPath, { recursive: true, force: true }));

describe.skipIf(!isEmbeddedDb())('npm run db:embedded', () => {
  it('when started with --port 0, then it prints its URI, serves clients and exits 0 on SIGTERM', async () => {
    const child = spawn('node_modules/.bin/tsx', ['scripts/db-embedded.ts', '--port', '0', '--dbpath', dbPath], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let output = '';
    const uri = await new Promise<string>((resolve, reject) => {
      child.on('exit', () => reject(new Error(`exited early: ${output}`)));
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /mongodb:\/\/127\.0\.0\.1:\d+/.exec(output);
        if (match) resolve(match[0]);
      });
    });
    const client = await MongoClient.connect(uri);
    await client.db('script').collection('notes').insertOne({ text: 'kept' });
    await client.close();
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(existsSync(join(dbPath, 'embedded.lock'))).toBe(false);
  });
});
