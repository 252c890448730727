import express from 'express';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createRequestLogging } from '../../bot/http/request-logging.ts';
import type { Logger } from '../../infra/logger.ts';

/** A real express app behind the real middleware, its log lines collected at the given level. */
async function logLinesFor(level: 'info' | 'debug', requests: { method: string; path: string; status: number }[]) {
  const lines: { level: number; req?: { path: string }; res?: { statusCode: number } }[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const logger = pino({ level }, sink) as unknown as Logger;
  const app = express().use(createRequestLogging(logger));
  app.all('/{*any}', (req, res) => void res.sendStatus(Number(req.query.status)));
  const server = app.listen(0);
  const { port } = server.address() as { port: number };
  for (const { method, path, status } of requests) await fetch(`http://127.0.0.1:${port}${path}?status=${status}`, { method });
  server.close();
  await new Promise((done) => setImmediate(done));
  return lines.filter((line) => line.req).map((line) => `${line.level} ${line.req!.path} ${line.res!.statusCode}`);
}

describe('request logging', () => {
  it('logs LINE webhook successes only at debug, and its failures and every other path at info or above', async () => {
    const requests = [
      { method: 'POST', path: '/webhook', status: 200 },
      { method: 'POST', path: '/webhook', status: 401 },
      { method: 'POST', path: '/webhook', status: 503 },
      { method: 'GET', path: '/api/cases', status: 200 },
      { method: 'GET', path: '/healthz', status: 200 },
    ];
    expect(await logLinesFor('info', requests)).toEqual(['40 /webhook 401', '50 /webhook 503', '30 /api/cases 200']);
    expect(await logLinesFor('debug', requests)).toEqual(['20 /webhook 200', '40 /webhook 401', '50 /webhook 503', '30 /api/cases 200']);
  });

  it("when a handler logs, then its line carries the request's id, the one sent back in X-Request-Id", async () => {
    const lines: { reqId?: string; msg?: string }[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const logger = pino({ level: 'info' }, sink) as unknown as Logger;
    const app = express().use(createRequestLogging(logger));
    app.get('/hello', (req, res) => {
      req.log.info('handler says hello');
      req.log.info('and again, with the same child logger');
      res.sendStatus(204);
    });
    const server = app.listen(0);
    const { port } = server.address() as { port: number };
    const [first, second] = await Promise.all([fetch(`http://127.0.0.1:${port}/hello`), fetch(`http://127.0.0.1:${port}/hello`, { headers: { 'x-request-id': 'proxy-id.42' } })]);
    server.close();
    await new Promise((done) => setImmediate(done));
    const idsOf = (message: string) => lines.filter((line) => line.msg === message).map((line) => line.reqId).sort();
    const sent = [first!.headers.get('x-request-id'), second!.headers.get('x-request-id')].sort();
    expect(sent).toContain('proxy-id.42');
    expect(idsOf('handler says hello')).toEqual(sent);
    expect(idsOf('and again, with the same child logger')).toEqual(sent);
  });
});
