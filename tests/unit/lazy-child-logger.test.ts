import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { createLogger, lazyChild } from '../../infra/logger.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')));
      done();
    },
  });
  return { lines, logger: createLogger('info', destination) };
}

describe('lazy child logger', () => {
  it('when nothing is logged, or only below the level, then no child logger is made', () => {
    const { logger } = capture();
    const child = vi.spyOn(logger, 'child');
    const log = lazyChild(logger, { webhookEventId: 'E1' });
    log.debug({ detail: 1 }, 'not at info');
    log.trace('nor this');
    expect(child).not.toHaveBeenCalled();
  });

  it('when it logs, then the line carries the bindings, once made, and redaction still applies', async () => {
    const { logger, lines } = capture();
    const child = vi.spyOn(logger, 'child');
    const log = lazyChild(logger, { webhookEventId: 'E2', eventType: 'message' });
    log.info({ message: { text: 'เบอร์ 081-234-5678' } }, 'first');
    log.warn('second');
    await new Promise((resolve) => setImmediate(resolve));
    expect(child).toHaveBeenCalledTimes(1);
    expect(lines).toMatchObject([
      { level: 30, webhookEventId: 'E2', eventType: 'message', msg: 'first', message: { text: '[redacted]' } },
      { level: 40, webhookEventId: 'E2', eventType: 'message', msg: 'second' },
    ]);
    expect(log.isLevelEnabled('info')).toBe(true);
  });
});
