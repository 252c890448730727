import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export type DatabaseProcess = { uri: string; child: ChildProcess; stop(): Promise<void> };

/**
 * The embedded database in a process of its own (bench:fanout, bench:report), so the measured
 * process's memory is its own and the database's can be read apart (`child.pid`). `stop` closes it
 * cleanly and waits until it has gone.
 */
export async function startDatabaseProcess(dbPath: string): Promise<DatabaseProcess> {
  const child = fork(new URL('./database-child.ts', import.meta.url), [dbPath], { execArgv: ['--experimental-strip-types'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = once(child, 'exit');
  const [ready] = (await Promise.race([once(child, 'message'), exited.then(([code]) => Promise.reject(new Error(`embedded database exited (${code})`)))])) as [{ uri: string }];
  return {
    uri: ready.uri,
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.disconnect();
      await exited;
    },
  };
}
