import { chmodSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SOCKET_NAME = 'mongodb.sock';
/** sun_path holds 108 bytes on Linux and 104 on macOS, the terminating NUL included. */
const MAX_SOCKET_PATH_BYTES = 103;

export interface SocketPath {
  /** Where the server listens and clients connect. */
  path: string;
  /** Removes the socket file and any short-path link. */
  remove(): void;
}

const fits = (path: string) => Buffer.byteLength(path) <= MAX_SOCKET_PATH_BYTES;

/**
 * The socket lives in the data directory, whose mode 0700 keeps other local users out. A data
 * directory with a long path is reached through a symlink in a fresh private directory under the
 * temp dir (mkdtemp: unpredictable name, mode 0700): the socket file itself is still created in
 * the data directory, only the name used to reach it is short.
 */
export function prepareSocketPath(dbPath: string): SocketPath {
  const dataDir = resolve(dbPath);
  chmodSync(dataDir, 0o700);
  const inDataDir = join(dataDir, SOCKET_NAME);
  // The data directory is locked by us, so a socket file left there is from a process that died.
  rmSync(inDataDir, { force: true });
  if (fits(inDataDir)) return { path: inDataDir, remove: () => rmSync(inDataDir, { force: true }) };
  const linkDir = mkdtempSync(join(tmpdir(), 'clinic-db-'));
  const path = join(linkDir, 'data', SOCKET_NAME);
  if (!fits(path)) {
    rmSync(linkDir, { recursive: true, force: true });
    throw new Error(`no socket path short enough for data directory ${dataDir} (temp dir ${tmpdir()} is too long too)`);
  }
  symlinkSync(dataDir, join(linkDir, 'data'));
  return {
    path,
    remove: () => {
      rmSync(inDataDir, { force: true });
      rmSync(linkDir, { recursive: true, force: true });
    },
  };
}

/** A mongodb:// URI for a socket path: the driver takes it percent-encoded, and it must end in `.sock`. */
export function socketUri(path: string): string {
  return `mongodb://${encodeURIComponent(path)}`;
}

/** Owner-only, in case the umask left the socket file writable by others. */
export function restrictSocket(path: string): void {
  chmodSync(path, 0o600);
}
