import type { Server } from 'node:http';
import type { DatabaseHandle } from '../../db/connect.ts';
import type { FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import type { LocalLine } from '../local-mode/start-local-line.ts';

export type RunningParts = {
  server: Server;
  graceMs: number;
  jobs: { stop(): Promise<void> } | null;
  inbox: { stop(timeoutMs: number): Promise<boolean> };
  sender: { stop(timeoutMs: number): Promise<boolean> };
  faqCatalog: FaqCatalog;
  local: LocalLine | null;
  database: DatabaseHandle | null;
};

/** Stops accepting, lets in-flight work finish within the grace period, then closes the database. */
export async function shutdown(parts: RunningParts): Promise<void> {
  const closed = new Promise<void>((resolve) => parts.server.close(() => resolve()));
  parts.server.closeIdleConnections();
  // A job run in progress finishes first (it may still queue messages for the sender).
  await parts.jobs?.stop();
  // Work in progress gets the grace period too; what is still running then keeps its lease, which expires.
  await parts.inbox.stop(parts.graceMs);
  await parts.sender.stop(parts.graceMs);
  parts.faqCatalog.stop();
  // Requests in flight get a grace period; long-lived ones (the console's event stream) are then cut.
  const grace = setTimeout(() => parts.server.closeAllConnections(), parts.graceMs);
  await closed;
  clearTimeout(grace);
  await parts.local?.close();
  await parts.database?.close();
}
