import type { ActivityService } from '../activity-service.ts';
import type { ImportRow } from './activity-csv.ts';

const IMPORTER = { lineUserId: undefined, role: 'staff', name: 'นำเข้าจากไฟล์ CSV' };

/**
 * Writes checked rows: each by its import key, inserted only if absent, so a second import of
 * the same file (or one that stopped half way) adds only what is missing and changes nothing else.
 */
export async function importActivityRows(service: ActivityService, rows: ImportRow[]): Promise<{ created: number; existing: number }> {
  let created = 0;
  for (const row of rows) {
    const outcome = await service.insert(row.input, { publish: row.publish, actor: IMPORTER, importKey: row.importKey });
    if (outcome.created) created += 1;
  }
  return { created, existing: rows.length - created };
}
