/**
 * Where a place is and which office takes cases there, as one JSON line:
 *   npm run -s area:locate -- "ต.รั้วใหญ่ อ.เมืองสุพรรณบุรี จ.สุพรรณบุรี 72000"
 *   npm run -s area:locate -- 14.47 100.12 ["<address text LINE sent with the location>"]
 * → {"province","district","subdistrict","officeCode","officeName"} (Thai names, null when unknown).
 * Same resolution as a LINE location message in the chat, against the office list in the database
 * (MONGODB_URI, or the embedded server in EMBEDDED_DB_PATH); the shipped sample is loaded when empty.
 */
import { CliError, commandArgs, runCli } from './lib/cli.ts';
import { withDatabase } from './lib/with-database.ts';
import { loadProvinceAreas, type ProvinceAreas } from '../domain/areas/admin-areas.ts';
import { resolveArea, type AreaResolution } from '../domain/areas/locate-area.ts';
import type { LatLng } from '../domain/areas/geo.ts';
import type { OfficeDirectory } from '../domain/offices/office-directory.ts';
import { currentOffices } from './lib/office-code-arg.ts';

type Query = { address?: string; point?: LatLng };
type AreaLine = { province: string | null; district: string | null; subdistrict: string | null; officeCode: string; officeName: string };

const USAGE = 'usage: npm run -s area:locate -- "<address text>"  |  <latitude> <longitude> ["<address text>"]';
const NUMBER = /^[+-]?\d+(\.\d+)?$/;

function parseQuery(args: string[]): Query {
  const [first = '', second = '', ...rest] = args.map((arg) => arg.trim()).filter((arg) => arg.length > 0);
  if (NUMBER.test(first) && NUMBER.test(second)) {
    const point = { latitude: Number(first), longitude: Number(second) };
    if (Math.abs(point.latitude) > 90 || Math.abs(point.longitude) > 180) {
      throw new CliError(`พิกัดไม่ถูกต้อง (latitude −90…90, longitude −180…180): ${first} ${second}`);
    }
    return rest.length > 0 ? { point, address: rest.join(' ') } : { point };
  }
  const address = [first, second, ...rest].join(' ').trim();
  if (address.length < 2) throw new CliError(`ไม่มีที่อยู่หรือพิกัดให้ค้นหา (nothing to locate)\n${USAGE}`);
  return { address };
}

/**
 * The office as routing picks it for an area-routed case: a known sub-district goes to the office
 * serving it; a district alone, another province, or a sub-district nobody serves go to Clinic
 * Center staff, who are never nowhere.
 */
function toAreaLine(resolution: AreaResolution, areas: ProvinceAreas, offices: OfficeDirectory): AreaLine {
  const districtCode = resolution.status === 'resolved' || resolution.status === 'district' ? resolution.districtCode : undefined;
  const subdistrictCode = resolution.status === 'resolved' ? resolution.subdistrictCode : undefined;
  const office = (subdistrictCode ? offices.forSubdistrict(subdistrictCode) : undefined) ?? offices.clinic();
  const province = resolution.status === 'outside' ? (resolution.provinceName ?? null) : areas.province.name;
  return {
    province,
    district: districtCode ? (areas.district(districtCode)?.name ?? null) : null,
    subdistrict: subdistrictCode ? (areas.subdistrict(subdistrictCode)?.name ?? null) : null,
    officeCode: office.code,
    officeName: office.name,
  };
}

function describe(query: Query): string {
  return [query.point ? `${query.point.latitude}, ${query.point.longitude}` : '', query.address ? `«${query.address}»` : ''].filter(Boolean).join(' ');
}

async function main(): Promise<void> {
  const query = parseQuery(commandArgs());
  const line = await withDatabase(async () => {
    const offices = await currentOffices();
    const areas = await loadProvinceAreas(offices.provinceCode);
    const resolution = resolveArea(query, areas, offices);
    if (resolution.status === 'unknown') {
      throw new CliError(
        `ไม่พบอำเภอหรือตำบลในจังหวัด${areas.province.name} จาก ${describe(query)} ` +
          '(no district or sub-district found: give a sub-district with ต./ตำบล and a district with อ./อำเภอ, or a point near a known office)',
      );
    }
    return toAreaLine(resolution, areas, offices);
  });
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

runCli(main);
