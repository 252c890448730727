import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCommand } from '../../dev/bot-process.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A program run with npm start's flags: where the compile cache is in the main thread and in a worker thread. */
const PROBE = `
import { getCompileCacheDir } from 'node:module';
import { Worker } from 'node:worker_threads';
const worker = new Worker("import { parentPort } from 'node:worker_threads'; import { getCompileCacheDir } from 'node:module'; parentPort.postMessage(getCompileCacheDir() ?? null);", { eval: true });
worker.once('message', (inWorker) => { console.log(JSON.stringify({ main: getCompileCacheDir() ?? null, inWorker })); worker.terminate(); });
`;

/** npm start's node flags, without the entry (bot/server.ts). */
const startFlags = () => startCommand().slice(0, -1);
/** Runs `script` as an ES module under those flags and parses the JSON it prints. */
const runWithStartFlags = <T>(script: string, env: NodeJS.ProcessEnv): T =>
  JSON.parse(execFileSync(process.execPath, [...startFlags(), '--input-type=module', '-e', script], { env, encoding: 'utf8' })) as T;
type CacheDirs = { main: string | null; inWorker: string | null };

describe("npm start's compile-cache preload", () => {
  it('is among the start flags, and caches the main thread and worker threads (the embedded database) in one directory', () => {
    expect(startFlags().join(' ')).toContain('--import ./bot/compile-cache.js');
    const cacheDir = mkdtempSync(join(tmpdir(), 'compile-cache-'));
    dirs.push(cacheDir);
    const { main, inWorker } = runWithStartFlags<CacheDirs>(PROBE, { ...process.env, NODE_COMPILE_CACHE: cacheDir });
    expect(main).toContain(cacheDir);
    expect(inWorker).toBe(main);
  });

  it('enables the cache without the variable and hands it on to worker threads', () => {
    const env = { ...process.env };
    delete env.NODE_COMPILE_CACHE;
    const { main, inWorker } = runWithStartFlags<CacheDirs>(PROBE, env);
    expect(main).toBeTruthy();
    expect(inWorker).toBe(main);
  });

  it('keeps the type-stripped modules, so a second start never loads the TypeScript stripper', () => {
    // Without NODE_COMPILE_CACHE the preload picks Node's default place, in this fresh temp directory.
    const temp = mkdtempSync(join(tmpdir(), 'compile-cache-'));
    dirs.push(temp);
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: temp };
    delete env.NODE_COMPILE_CACHE;
    // Node lists its internal modules as it loads them; amaro is the stripper, loaded on first need.
    const probe = "await import('./db/embedded/worker-server.ts'); console.log(JSON.stringify(process.moduleLoadList.some((name) => name.includes('amaro'))))";
    const stripperLoaded = () => runWithStartFlags<boolean>(probe, env);
    expect(stripperLoaded()).toBe(true);
    expect(readdirSync(join(temp, 'node-compile-cache')).length).toBeGreaterThan(0);
    expect(stripperLoaded()).toBe(false);
  });
});
