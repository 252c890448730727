import { Worker } from 'node:worker_threads';
import { stderrLogger } from './logger.ts';
import type { EmbeddedServer, EmbeddedServerOptions } from './server.ts';
import type { FromWorker, ToWorker } from './worker-messages.ts';

const ENTRY = new URL('./worker-entry.ts', import.meta.url);

/**
 * Starts the embedded server in a worker thread of this process. Parsing, matching, indexing and
 * journaling then run on another core than the app's event loop, while the app still talks to
 * it over the wire protocol like to any MongoDB. close() resolves once the journal is flushed
 * and the data directory unlocked.
 */
export function startEmbeddedServerInWorker(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const { logger = stderrLogger, ...serverOptions } = options;
  const worker = new Worker(ENTRY, { workerData: serverOptions });
  let started = false;
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= new Promise<void>((resolve, reject) => {
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'closed') resolve();
        if (message.type === 'failed') reject(new Error(message.message));
      });
      worker.once('exit', () => resolve());
      worker.postMessage({ type: 'close' } satisfies ToWorker);
    }));
  return new Promise((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'log') logger[message.level](message.obj, message.msg);
      else if (message.type === 'ready') {
        started = true;
        resolve({ uri: message.uri, socketPath: message.socketPath, tcpUri: message.tcpUri, close });
      }
      else if (message.type === 'failed' && !closing) reject(new Error(message.message));
    });
    // Before 'ready' the caller gets the error; after it, the app's queries fail and this says why.
    worker.on('error', (err: Error) => {
      if (started) logger.error({ err: err.message }, 'embedded database worker failed');
      reject(err);
    });
    worker.on('exit', (code) => {
      if (closing || !started) return;
      logger.error({ code }, 'embedded database worker stopped unexpectedly');
      reject(new Error(`embedded database worker exited with code ${code}`));
    });
  });
}
