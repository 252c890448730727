import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type BotProcess = {
  url: string;
  pid: number;
  /** Peak resident memory so far (VmHWM), and the CPU time used (user + system), of the bot process. */
  usage(): { peakRssMb: number; cpuMs: number };
  stop(): Promise<void>;
};

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

/**
 * `npm start`'s own entry point and flags, in a child process: what a
 * deployment runs, so the memory and CPU figures are the bot's own (its embedded database thread
 * included), not the emulator's or the load generator's. Logs stay on: a bot that fails to start
 * says why in the benchmark's output.
 */
export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, startCommand(), {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await waitForListening(child);
  const pid = child.pid!;
  return { url, pid, usage: () => readUsage(pid), stop: () => stopProcess(child) };
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

const TICK_MS = 10;

function readUsage(pid: number): { peakRssMb: number; cpuMs: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { peakRssMb: peakKb / 1024, cpuMs: ticks * TICK_MS };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
