import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';
import { isEmbeddedDb } from '../helpers/database.ts';

const dbPath = mkdtempSync(join(tmpdir(), 'clinic-db-script-'));
afterAll(() => rmSync(dbPath, { recursive: true, force: true }));

/** Starts the script and returns the URIs it prints (socket first, then TCP when asked for). */
function startScript(args: string[]): Promise<{ child: ReturnType<typeof spawn>; uris: string[] }> {
  const child = spawn(process.execPath, ['--experimental-strip-types', 'scripts/db-embedded.ts', '--dbpath', dbPath, ...args], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.on('exit', () => reject(new Error(`exited early: ${output}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const uris = output.match(/mongodb:\/\/\S+/g) ?? [];
      if (uris.length === (args.includes('--port') ? 2 : 1)) resolve({ child, uris });
    });
  });
}

async function stopScript(child: ReturnType<typeof spawn>): Promise<number | null> {
  child.removeAllListeners('exit');
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const [code] = (await exited) as [number | null];
  return code;
}

describe.skipIf(!isEmbeddedDb())('npm run db:embedded', () => {
  it('when started with --port 0, then it prints its socket URI and a TCP URI on a free port, both serve, and SIGTERM exits 0', async () => {
    const { child, uris } = await startScript(['--port', '0']);
    const [socketUri = '', tcpUri = ''] = uris;
    expect(decodeURIComponent(socketUri)).toBe(`mongodb://${join(dbPath, 'mongodb.sock')}`);
    expect(tcpUri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+$/);
    for (const [uri, text] of [[socketUri, 'over the socket'], [tcpUri, 'over TCP']] as const) {
      const client = await MongoClient.connect(uri);
      await client.db('script').collection('notes').insertOne({ text });
      await client.close();
    }
    expect(await stopScript(child)).toBe(0);
    expect(existsSync(join(dbPath, 'embedded.lock'))).toBe(false);
    expect(existsSync(join(dbPath, 'mongodb.sock'))).toBe(false);
  });

  it('when started without --port, then it listens only on the socket, inside a data dir only its user can enter', async () => {
    const { child, uris } = await startScript([]);
    expect(uris).toHaveLength(1);
    expect(statSync(dbPath).mode & 0o777).toBe(0o700);
    const client = await MongoClient.connect(uris[0] ?? '');
    expect(await client.db('script').collection('notes').countDocuments()).toBe(2);
    await client.close();
    expect(await stopScript(child)).toBe(0);
  });
});
