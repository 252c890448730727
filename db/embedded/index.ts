/**
 * Embedded MongoDB-compatible server (wire protocol on a Unix socket in its data directory, TCP
 * only when asked for) for local runs, tests and small single-machine installs; production uses a
 * real MongoDB through MONGODB_URI. docs/embedded-db.md describes its storage and memory.
 *
 * wire/         framing, OP_MSG/OP_QUERY parsing and replies
 * dispatch.ts   command name -> handler; every failure becomes an error document
 * commands/     one module per command family
 * storage/      catalog, collections (where each document is in the data files), indexes, planning
 * query/        mingo-backed filters, updates, projections, aggregation; BSON-order sort
 * values/       BSON order, value keys, MongoDB's storage rules, raw-BSON nesting depth
 * persistence/  journal (append before each ack, rollback if it fails), background snapshots,
 *               recovery, data-dir lock
 * socket-path.ts  where the socket goes (a short link for long data-dir paths)
 * worker-*.ts   the same server in a worker thread, off the app's event loop
 */
export { startEmbeddedServer, type EmbeddedServer, type EmbeddedServerOptions } from './server.ts';
export { startEmbeddedServerInWorker } from './worker-server.ts';
export type { EmbeddedLogger } from './logger.ts';
