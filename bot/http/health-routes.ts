import { Router } from 'express';
import mongoose from 'mongoose';

const PING_TIMEOUT_MS = 2_000;

/** `/healthz`: the process answers. `/readyz`: it can also reach the database, so it can take traffic. */
export function createHealthRoutes(): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const reachable = await pingDatabase();
    res.status(reachable ? 200 : 503).json({ status: reachable ? 'ready' : 'database_unreachable' });
  });
  return router;
}

async function pingDatabase(): Promise<boolean> {
  const db = mongoose.connection.db;
  if (!db || mongoose.connection.readyState !== 1) return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
  });
  const ping = db.admin().ping().then(() => true, () => false);
  return Promise.race([ping, timeout]).finally(() => clearTimeout(timer));
}
