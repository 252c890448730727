import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processUsage, type ProcessUsage } from './process-usage.ts';

export type BotProcess = {
  url: string;
  pid: number;
  /** Peak resident memory so far (VmHWM), and the CPU time used (user + system), of the bot process. */
  usage(): ProcessUsage;
  /** SIGTERM (a graceful shutdown), SIGKILL if it has not gone after 30 s. */
  stop(): Promise<void>;
  /** SIGKILL at once: a crash. */
  kill(): Promise<void>;
};

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

/**
 * `npm start`'s own entry point and flags, in a child process: what a deployment runs. Benchmarks
 * read the bot's own memory and CPU from it (its embedded database thread included, the emulator
 * and load generator apart); tests can really kill it. `env` must log at info: the address line
 * says when it listens. Errors go to this process's stderr, so a bot that fails says why.
 */
export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, startCommand(), {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // A benchmark or test that dies must not leave a bot holding its port and data directory.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  child.once('exit', () => process.off('exit', orphanGuard));
  const url = await waitForListening(child);
  const pid = child.pid!;
  return {
    url,
    pid,
    usage: () => processUsage(pid),
    stop: () => stopProcess(child, 'SIGTERM'),
    kill: () => stopProcess(child, 'SIGKILL'),
  };
}

/**
 * package.json's "start" (`exec node <flags> bot/server.ts`) taken apart, so the benchmark runs
 * the bot with exactly the flags a deployment gets, as a direct child whose pid is the bot's own
 * (npm in between would hide it).
 */
export function startCommand(root = process.cwd()): string[] {
  const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
  const [exec, node, ...args] = scripts.start!.trim().split(/\s+/);
  if (exec !== 'exec' || node !== 'node') throw new Error(`package.json "start" should be "exec node …": ${scripts.start}`);
  return args;
}

function waitForListening(child: ChildProcess): Promise<string> {
  let output = '';
  child.stdout!.setEncoding('utf8');
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start in ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
    // Keeps draining after the address is found: a full pipe would stall the bot's logging.
    child.stdout!.on('data', (chunk: string) => {
      output += chunk;
      const found = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        output = '';
        resolve(found);
      }
    });
    child.once('exit', (code) => reject(new Error(`bot exited (${code}) before listening:\n${output}`)));
  });
}

async function stopProcess(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
