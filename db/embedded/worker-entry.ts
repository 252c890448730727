/**
 * Runs the embedded server inside a worker thread (see worker-server.ts). Log lines and the
 * outcome of start and close go to the parent as messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { EmbeddedLogger } from './logger.ts';
import { startEmbeddedServer, type EmbeddedServerOptions } from './server.ts';
import type { FromWorker, ToWorker } from './worker-messages.ts';

const port = parentPort;
if (!port) throw new Error('worker-entry.ts must run in a worker thread');

const post = (message: FromWorker) => port.postMessage(message);
/** Log objects hold strings and numbers in practice; the JSON round trip guarantees they can be posted. */
const logAt =
  (level: 'info' | 'warn' | 'error') =>
  (obj: object, msg?: string): void =>
    post({ type: 'log', level, obj: JSON.parse(JSON.stringify(obj)) as object, msg });
const logger: EmbeddedLogger = { info: logAt('info'), warn: logAt('warn'), error: logAt('error') };

try {
  const server = await startEmbeddedServer({ ...(workerData as Omit<EmbeddedServerOptions, 'logger'>), logger });
  port.on('message', (message: ToWorker) => {
    if (message.type !== 'close') return;
    void server.close().then(
      () => {
        post({ type: 'closed' });
        port.close();
      },
      (err: unknown) => post({ type: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
  });
  post({ type: 'ready', uri: server.uri, socketPath: server.socketPath, tcpUri: server.tcpUri });
} catch (err) {
  post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  port.close();
}
