import { readFileSync } from 'node:fs';

/** Linux counts CPU time in clock ticks of 10 ms (USER_HZ 100). */
const TICK_MS = 10;

export type ProcessUsage = { peakRssMb: number; cpuMs: number };

/** Peak resident memory so far (VmHWM) and CPU time used (user + system, all threads) of a process, from /proc. */
export function processUsage(pid: number | 'self'): ProcessUsage {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name, which may itself hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { peakRssMb: peakKb / 1024, cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
}
