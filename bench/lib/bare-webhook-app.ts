import { fork } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { middleware } from '@line/bot-sdk';
import { processUsage, type ProcessUsage } from '../../dev/process-usage.ts';

export type BareWebhook = { url: string; close(): Promise<void> };
export type BareWebhookProcess = BareWebhook & { usage(): ProcessUsage };

/**
 * The baseline in a process of its own, as the bot runs in its own (bot-process.ts): in the
 * benchmark's process it would share an event loop and a heap with the emulator's bookkeeping.
 */
export async function startBareWebhookProcess(channelSecret: string): Promise<BareWebhookProcess> {
  const child = fork(new URL(import.meta.url), [], { execArgv: ['--experimental-strip-types'], env: { ...process.env, BARE_WEBHOOK_SECRET: channelSecret } });
  const exited = once(child, 'exit');
  const [ready] = (await Promise.race([once(child, 'message'), exited.then(([code]) => Promise.reject(new Error(`bare webhook exited (${code})`)))])) as [{ url: string }];
  const pid = child.pid!;
  return {
    url: ready.url,
    usage: () => processUsage(pid),
    close: async () => {
      child.disconnect();
      await exited;
    },
  };
}

/** The cheapest correct LINE webhook: verify the signature, parse, answer 200. The baseline for the bot. */
async function startBareWebhook(channelSecret: string): Promise<BareWebhook> {
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

// Run as the child of startBareWebhookProcess: serve until the parent disconnects.
if (process.send && process.env.BARE_WEBHOOK_SECRET) {
  const bare = await startBareWebhook(process.env.BARE_WEBHOOK_SECRET);
  process.send({ url: bare.url });
  process.once('disconnect', () => void bare.close().then(() => process.exit(0)));
}
