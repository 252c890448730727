/**
 * `npm run activities:import -- file.csv`: a month of activities from the staff's spreadsheet,
 * header title,type,topic,start,end,venue,district,subdistrict,audience,capacity,status,description
 * (start/end `YYYY-MM-DD HH:mm` Bangkok time; district and sub-district by Thai name, both empty for
 * the whole province; capacity empty for no limit, 0 for no registration). The whole file is checked
 * first and every problem listed by row in Thai; nothing is written unless all of it is right, and
 * importing the same file again changes nothing.
 */
import { readFile } from 'node:fs/promises';
import { CliError, commandArgs, runCli } from './lib/cli.ts';
import { withDatabase } from './lib/with-database.ts';
import { ensureIndexes } from '../bot/start/ensure-indexes.ts';
import { readOfficeDirectory } from '../domain/offices/office-directory.ts';
import { loadShippedOfficesIfEmpty } from '../domain/offices/import-offices.ts';
import { loadProvinceAreas } from '../domain/areas/admin-areas.ts';
import { createActivityService } from '../domain/activities/activity-service.ts';
import { checkActivityCsv } from '../domain/activities/import/activity-csv.ts';
import { importActivityRows } from '../domain/activities/import/import-activities.ts';

runCli(async () => {
  const [path, ...extra] = commandArgs();
  if (!path || extra.length > 0) throw new CliError('usage: npm run activities:import -- file.csv', 2);
  const text = await readFile(path, 'utf8').catch(() => {
    throw new CliError(`อ่านไฟล์ ${path} ไม่ได้`);
  });
  await withDatabase(async () => {
    await ensureIndexes();
    await loadShippedOfficesIfEmpty();
    const offices = await readOfficeDirectory();
    const areas = await loadProvinceAreas(offices.provinceCode);
    const checked = checkActivityCsv(text, areas, offices.clinic().name);
    if (checked.errors.length > 0) {
      throw new CliError(`ไม่ได้นำเข้าเลย: พบปัญหา ${checked.errors.length} แถว แก้แล้วนำเข้าใหม่ทั้งไฟล์\n${checked.errors.join('\n')}`);
    }
    const service = createActivityService({ refs: async () => ({ areas, offices }) });
    const { created, existing } = await importActivityRows(service, checked.rows);
    process.stdout.write(`นำเข้ากิจกรรม ${checked.rows.length} แถว: เพิ่มใหม่ ${created}, มีอยู่แล้ว ${existing} (ไม่เปลี่ยน)\n`);
  });
});
