import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../db/embedded/persistence/record-file.ts';
import { isEmbeddedDb } from '../helpers/database.ts';
import { spyLogger, useTempDataDirs, withServer } from '../helpers/embedded-server.ts';

const tempDir = useTempDataDirs('clinic-poison-');

function nested(levels: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

/** The journal an older server wrote after storing a webhook event nested 100,000 levels. */
function writePoisonedJournal(dbPath: string): void {
  const at = { d: 'app', c: 'inbox_events' };
  const records = [
    { o: 'meta', generation: 0 },
    { o: 'create', ...at, options: {} },
    { o: 'put', ...at, doc: { _id: 'before', text: 'hello' } },
    { o: 'put', ...at, doc: { _id: 'poison', payload: nested(100_000) } },
    { o: 'put', ...at, doc: { _id: 'after', text: 'still here' } },
  ];
  writeFileSync(join(dbPath, 'journal.bson'), Buffer.concat(records.map(encodeRecord)));
}

describe.skipIf(!isEmbeddedDb())('embedded server: a poison document from before', () => {
  it('when the journal holds a document nested 100,000 levels, then the server starts without it, says so and serves the rest', async () => {
    const dbPath = tempDir();
    writePoisonedJournal(dbPath);
    const logger = spyLogger();
    const ids = await withServer(dbPath, async (client) => {
      const events = client.db('app').collection<{ _id: string }>('inbox_events');
      await events.insertOne({ _id: 'new' });
      return (await events.find({}, { projection: { _id: 1 } }).toArray()).map((doc) => doc._id);
    }, { logger });
    expect(ids).toEqual(['before', 'after', 'new']);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.objectContaining({ op: 'put', err: expect.stringContaining('maximum nesting depth of 100') }),
      expect.stringContaining('skipped a journal record'),
    );
    expect(await withServer(dbPath, (client) => client.db('app').collection('inbox_events').countDocuments())).toBe(3);
  });
});
