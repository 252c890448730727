/**
 * `npm run -s privacy:export -- <lineUserId> [--out file.json]`: everything stored about a person
 * (PDPA right of access), as JSON, to a file or stdout. Logs go to stderr.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { withDatabase } from './lib/with-database.ts';
import { exportPerson } from '../domain/privacy/export-person.ts';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
  const lineUserId = positionals[0];
  if (!lineUserId || !/^U[0-9a-f]{32}$/.test(lineUserId)) {
    process.stderr.write('usage: npm run -s privacy:export -- <lineUserId U…32 hex> [--out file.json]\n');
    return 2;
  }
  const data = await withDatabase(() => exportPerson(lineUserId, new Date()));
  const json = `${JSON.stringify(data, null, 2)}\n`;
  if (values.out) {
    await writeFile(values.out, json, { mode: 0o600 });
    process.stderr.write(`wrote ${data.sections.length} sections to ${values.out}\n`);
  } else {
    process.stdout.write(json);
  }
  return 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
