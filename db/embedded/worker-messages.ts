/** Messages between the parent and the embedded server's worker thread. */
export type FromWorker =
  | { type: 'ready'; uri: string; socketPath: string; tcpUri?: string }
  | { type: 'failed'; message: string }
  | { type: 'closed' }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; obj: object; msg?: string };

export type ToWorker = { type: 'close' };
