import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { OfficeModel, ProvinceSettingModel } from '../../models/office.ts';
import { assignRole } from '../users/assign-role.ts';
import { loadProvinceAreas } from '../areas/admin-areas.ts';
import { checkOfficeFile, officeFileSchema, type OfficeFile } from './office-data.ts';

/** The sample office list shipped with the product (Suphan Buri), loaded when none was imported. */
export const SHIPPED_OFFICES_PATH = fileURLToPath(new URL('../../data/offices/suphanburi.sample.json', import.meta.url));

export class OfficeImportError extends Error {
  override name = 'OfficeImportError';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`office list refused:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.problems = problems;
  }
}

/** Validates the whole list first: nothing is written unless every office and officer is right. */
export async function validateOfficeFile(raw: unknown): Promise<OfficeFile> {
  const parsed = officeFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new OfficeImportError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const areas = await loadProvinceAreas(parsed.data.provinceCode);
  const known = new Set(areas.districts.flatMap((district) => district.subdistricts.map((sub) => sub.code)));
  const problems = checkOfficeFile(parsed.data, known);
  if (problems.length > 0) throw new OfficeImportError(problems);
  return parsed.data;
}

/** Replaces the office list: offices missing from the file are deactivated (their cases keep their code). */
export async function importOffices(file: OfficeFile): Promise<{ offices: number; officers: number }> {
  await OfficeModel.bulkWrite(
    file.offices.map((office) => ({
      updateOne: { filter: { code: office.code }, update: { $set: { ...office, location: office.location ?? null, active: true } }, upsert: true },
    })),
  );
  await OfficeModel.updateMany({ code: { $nin: file.offices.map((office) => office.code) } }, { $set: { active: false } });
  await ProvinceSettingModel.updateOne(
    { _id: 'province' },
    { $set: { provinceCode: file.provinceCode, outline: file.outline, sample: file.sample } },
    { upsert: true },
  );
  for (const officer of file.officers) await assignRole(officer.lineUserId, officer.role, officer.officeCode);
  return { offices: file.offices.length, officers: file.officers.length };
}

/** First start: the shipped sample, so the product runs before the province sends its list. */
export async function loadShippedOfficesIfEmpty(): Promise<number> {
  if (await ProvinceSettingModel.exists({ _id: 'province' })) return 0;
  const file = await validateOfficeFile(JSON.parse(await readFile(SHIPPED_OFFICES_PATH, 'utf8')));
  return (await importOffices(file)).offices;
}
