import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { middleware } from '@line/bot-sdk';

export type BareWebhook = { url: string; close(): Promise<void> };

/** The cheapest correct LINE webhook: verify the signature, parse, answer 200. The baseline for the bot. */
export async function startBareWebhook(channelSecret: string): Promise<BareWebhook> {
  const app = express();
  app.post('/webhook', middleware({ channelSecret }), (_req, res) => {
    res.status(200).json({});
  });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
