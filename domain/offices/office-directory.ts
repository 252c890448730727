import { OfficeModel, ProvinceSettingModel, type OfficeKind } from '../../models/office.ts';

export type Office = {
  code: string;
  name: string;
  kind: OfficeKind;
  districtCode: string;
  subdistrictCodes: string[];
  location: { latitude: number; longitude: number } | null;
  phone: string | undefined;
};

/** The offices of the served province, as routing and the pages read them. Pure once loaded. */
export type OfficeDirectory = {
  provinceCode: string;
  outline: [number, number][];
  sample: boolean;
  all(): Office[];
  byCode(code: string): Office | undefined;
  forSubdistrict(subdistrictCode: string): Office | undefined;
  /** Clinic Center staff: where every case nobody else can take goes. */
  clinic(): Office;
  pao(): Office | undefined;
};

export function buildOfficeDirectory(setting: { provinceCode: string; outline: [number, number][]; sample: boolean }, offices: Office[]): OfficeDirectory {
  const byCode = new Map(offices.map((office) => [office.code, office]));
  const bySubdistrict = new Map(offices.flatMap((office) => office.subdistrictCodes.map((sub) => [sub, office] as const)));
  const clinic = offices.find((office) => office.kind === 'clinic');
  if (!clinic) throw new Error('the office list has no Clinic Center (kind "clinic")');
  return {
    ...setting,
    all: () => offices,
    byCode: (code) => byCode.get(code),
    forSubdistrict: (code) => bySubdistrict.get(code),
    clinic: () => clinic,
    pao: () => offices.find((office) => office.kind === 'pao'),
  };
}

export async function readOfficeDirectory(): Promise<OfficeDirectory> {
  const [setting, offices] = await Promise.all([
    ProvinceSettingModel.findById('province').lean(),
    OfficeModel.find({ active: true }).sort({ code: 1 }).lean(),
  ]);
  if (!setting) throw new Error('no office list imported yet (npm run offices:import)');
  return buildOfficeDirectory(
    { provinceCode: setting.provinceCode, outline: (setting.outline ?? []) as [number, number][], sample: setting.sample ?? false },
    offices.map((office) => ({
      code: office.code,
      name: office.name,
      kind: office.kind,
      districtCode: office.districtCode,
      subdistrictCodes: office.subdistrictCodes ?? [],
      location: office.location ? { latitude: office.location.latitude, longitude: office.location.longitude } : null,
      phone: office.phone ?? undefined,
    })),
  );
}

/** Offices change rarely (an import); every instance re-reads them at most once per `ttlMs`. */
export function createOfficeDirectoryCache(ttlMs = 30_000): { get(): Promise<OfficeDirectory>; invalidate(): void } {
  let cached: { at: number; directory: Promise<OfficeDirectory> } | undefined;
  return {
    get() {
      if (!cached || Date.now() - cached.at > ttlMs) {
        const directory = readOfficeDirectory();
        cached = { at: Date.now(), directory };
        directory.catch(() => (cached = undefined));
      }
      return cached.directory;
    },
    invalidate: () => (cached = undefined),
  };
}
