import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from '../../infra/config/load-config.ts';
import { createLimitedServer } from '../http/server-limits.ts';

/** Listens at once (local mode needs the port for the emulator's webhook URL) and answers 503 until ready. */
export async function listenWhileStarting(config: AppConfig) {
  let handler: RequestListener = (_req, res) => {
    res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"starting"}');
  };
  const server = createLimitedServer(config.http, (req, res) => handler(req, res));
  const port = await listen(server, config.port, config.host);
  return { server, port, serve: (app: RequestListener) => (handler = app) };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}
