import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { SOCKET_NAME, socketUri } from './socket-path.ts';

const PROBE_TIMEOUT_MS = 1_000;
const MAX_SOCKET_PATH_BYTES = 103;

export type RunningServer = { uri: string; release(): void };

/**
 * The embedded server already serving this data directory (the service, while it runs), when its
 * socket answers. A command-line task then works through it instead of waiting for the directory's
 * lock. The socket sits in the owner-only data directory, so only its owner reaches it.
 */
export async function findRunningServer(dbPath: string): Promise<RunningServer | null> {
  const socket = join(resolve(dbPath), SOCKET_NAME);
  if (!existsSync(socket)) return null;
  const reach = shortPathTo(socket);
  if (await answers(reach.path)) return { uri: socketUri(reach.path), release: reach.release };
  reach.release();
  return null;
}

/** A socket path too long for sun_path is reached through a link in a fresh private temp directory. */
function shortPathTo(socket: string): { path: string; release(): void } {
  if (Buffer.byteLength(socket) <= MAX_SOCKET_PATH_BYTES) return { path: socket, release: () => undefined };
  const linkDir = mkdtempSync(join(tmpdir(), 'clinic-db-'));
  symlinkSync(dirname(socket), join(linkDir, 'data'));
  return { path: join(linkDir, 'data', SOCKET_NAME), release: () => rmSync(linkDir, { recursive: true, force: true }) };
}

function answers(path: string): Promise<boolean> {
  return new Promise((done) => {
    const probe = connect({ path });
    const finish = (ok: boolean) => {
      probe.destroy();
      done(ok);
    };
    probe.setTimeout(PROBE_TIMEOUT_MS, () => finish(false));
    probe.once('connect', () => finish(true));
    probe.once('error', () => finish(false));
  });
}
