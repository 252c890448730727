/**
 * Exports all FAQ entries (enabled or not) from the database to a spreadsheet-friendly CSV (UTF-8 with BOM).
 *   npm run faq:export -- faq.csv
 * Uses MONGODB_URI, or the embedded database in EMBEDDED_DB_PATH (default .data/db).
 */
import { writeFile } from 'node:fs/promises';
import pino from 'pino';
import { connectDatabase } from '../db/connect.ts';
import { formatFaqCsv } from '../domain/faq/kb-file.ts';
import { exportFaqEntries } from '../domain/faq/kb-sync.ts';

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((arg) => arg !== '--');
  if (!file) {
    console.error('usage: npm run faq:export -- <file.csv>');
    process.exitCode = 2;
    return;
  }
  const logger = pino({ name: 'faq-export' }, pino.destination(2));
  const database = await connectDatabase({
    mongodbUri: process.env.MONGODB_URI || undefined,
    embeddedDbPath: process.env.EMBEDDED_DB_PATH ?? '.data/db',
    logger,
  });
  try {
    const entries = await exportFaqEntries();
    await writeFile(file, formatFaqCsv(entries), 'utf8');
    console.log(`${file}: wrote ${entries.length} entries (${entries.filter((entry) => !entry.enabled).length} disabled)`);
  } finally {
    await database.close();
  }
}

await main();
