/**
 * Exports all FAQ entries (enabled or not) from the database to a spreadsheet-friendly CSV (UTF-8 with BOM).
 *   npm run faq:export -- faq.csv
 * Uses MONGODB_URI, or the embedded database in EMBEDDED_DB_PATH (default .data/db).
 */
import { writeFile } from 'node:fs/promises';
import { withDatabase } from './lib/with-database.ts';
import { formatFaqCsv } from '../domain/faq/kb-file.ts';
import { exportFaqEntries } from '../domain/faq/kb-sync.ts';

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((arg) => arg !== '--');
  if (!file) {
    console.error('usage: npm run faq:export -- <file.csv>');
    process.exitCode = 2;
    return;
  }
  await withDatabase(async () => {
    const entries = await exportFaqEntries();
    await writeFile(file, formatFaqCsv(entries), 'utf8');
    console.log(`${file}: wrote ${entries.length} entries (${entries.filter((entry) => !entry.enabled).length} disabled)`);
  });
}

await main();
