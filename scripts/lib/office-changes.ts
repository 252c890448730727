import { isDeepStrictEqual } from 'node:util';
import type { OfficeFile, OfficeRecord } from '../../domain/offices/office-data.ts';
import { isOfficeRole } from '../../domain/users/assign-role.ts';
import { LineUserModel } from '../../models/line-user.ts';
import { OfficeModel, ProvinceSettingModel } from '../../models/office.ts';

export type OfficeChanges = { added: string[]; changed: string[]; deactivated: string[]; province: boolean; officers: string[] };

export const hasChanges = (changes: OfficeChanges) =>
  changes.province || [changes.added, changes.changed, changes.deactivated, changes.officers].some((list) => list.length > 0);

type StoredOffice = Omit<OfficeRecord, 'phone' | 'location'> & { active?: boolean | null; phone?: string | null; location?: { latitude: number; longitude: number } | null };

/**
 * What importing the file would change, compared with the database, so that importing the same
 * file twice writes nothing the second time. Mirrors importOffices: a phone left out is kept.
 */
export async function plannedChanges(file: OfficeFile): Promise<OfficeChanges> {
  const [stored, setting, users] = await Promise.all([
    OfficeModel.find().lean(),
    ProvinceSettingModel.findById('province').lean(),
    LineUserModel.find({ lineUserId: { $in: file.officers.map((officer) => officer.lineUserId) } }).lean(),
  ]);
  const byCode = new Map(stored.map((office) => [office.code, office as StoredOffice]));
  const inFile = new Set(file.offices.map((office) => office.code));
  const userById = new Map(users.map((user) => [user.lineUserId, user]));
  return {
    added: file.offices.filter((office) => !byCode.get(office.code)?.active).map((office) => office.code),
    changed: file.offices.filter((office) => byCode.get(office.code)?.active && differs(office, byCode.get(office.code)!)).map((office) => office.code),
    deactivated: stored.filter((office) => office.active && !inFile.has(office.code)).map((office) => office.code),
    province: !setting || setting.provinceCode !== file.provinceCode || setting.sample !== file.sample || !isDeepStrictEqual(setting.outline ?? [], file.outline),
    officers: file.officers
      .filter((officer) => {
        const user = userById.get(officer.lineUserId);
        return user?.role !== officer.role || (user.officeCode ?? undefined) !== (isOfficeRole(officer.role) ? officer.officeCode : undefined);
      })
      .map((officer) => officer.lineUserId),
  };
}

function differs(office: OfficeRecord, stored: StoredOffice): boolean {
  const location = (place: { latitude: number; longitude: number } | null | undefined) => (place ? { latitude: place.latitude, longitude: place.longitude } : null);
  return (
    office.name !== stored.name ||
    office.kind !== stored.kind ||
    office.districtCode !== stored.districtCode ||
    !isDeepStrictEqual([...office.subdistrictCodes], [...(stored.subdistrictCodes ?? [])]) ||
    !isDeepStrictEqual(location(office.location), location(stored.location)) ||
    (office.phone !== undefined && office.phone !== stored.phone)
  );
}
