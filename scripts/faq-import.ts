/**
 * Imports FAQ entries from a JSON or CSV file into the database (upsert by id; safe to run again).
 *   npm run faq:import -- data/faq/kb.th.json
 *   npm run faq:import -- faq.csv
 * Uses MONGODB_URI, or the embedded database in EMBEDDED_DB_PATH (default .data/db).
 */
import { withDatabase } from './lib/with-database.ts';
import { FaqFileError } from '../domain/faq/faq-entry-schema.ts';
import { readFaqFile } from '../domain/faq/kb-file.ts';
import { importFaqEntries } from '../domain/faq/kb-sync.ts';

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((arg) => arg !== '--');
  if (!file) {
    console.error('usage: npm run faq:import -- <file.json|file.csv>');
    process.exitCode = 2;
    return;
  }
  let entries;
  try {
    entries = await readFaqFile(file);
  } catch (error) {
    if (!(error instanceof FaqFileError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  await withDatabase(async () => {
    const counts = await importFaqEntries(entries);
    console.log(`${file}: ${entries.length} entries — created ${counts.created}, updated ${counts.updated}, unchanged ${counts.unchanged}`);
  });
}

await main();
