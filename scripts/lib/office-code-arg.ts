import { distance } from 'fastest-levenshtein';
import { loadShippedOfficesIfEmpty } from '../../domain/offices/import-offices.ts';
import { readOfficeDirectory, type Office, type OfficeDirectory } from '../../domain/offices/office-directory.ts';
import { CliError } from './cli.ts';

const MAX_TYPOS = 3;
const normalize = (code: string) => code.trim().toUpperCase().replace(/[\s_]+/g, '-');

/** Offices whose code is a few keystrokes off what was typed, or whose code or name contains it. */
export function closeOffices(typed: string, offices: readonly Office[], limit = 5): Office[] {
  const wanted = normalize(typed);
  const scored = offices.map((office) => {
    const code = normalize(office.code);
    const contains = wanted.length >= 2 && (code.includes(wanted) || office.name.includes(typed.trim()));
    return { office, score: contains ? 0 : distance(code, wanted) };
  });
  return scored
    .filter((item) => item.score <= MAX_TYPOS)
    .sort((a, b) => a.score - b.score || a.office.code.localeCompare(b.office.code))
    .slice(0, limit)
    .map((item) => item.office);
}

/** The office with exactly this code in the office list, or a refusal naming the close matches. */
export function requireOffice(typed: string, offices: OfficeDirectory): Office {
  const office = offices.byCode(typed);
  if (office) return office;
  const close = closeOffices(typed, offices.all());
  const hint = close.length > 0
    ? `รหัสที่ใกล้เคียง (close matches):\n${close.map((item) => `  ${item.code}  ${item.name}`).join('\n')}`
    : 'ดูรหัสหน่วยงานของพื้นที่ได้จาก npm run -s area:locate -- "<ที่อยู่>" (area:locate prints the office code of a place)';
  return refuse(`ไม่พบหน่วยงานรหัส "${typed}" ในรายการหน่วยงาน (unknown office code)\n${hint}`);
}

function refuse(message: string): never {
  throw new CliError(message);
}

/** The office list as the service sees it: the shipped sample when nothing was imported yet (as at the service's first start). */
export async function currentOffices(): Promise<OfficeDirectory> {
  await loadShippedOfficesIfEmpty();
  return readOfficeDirectory();
}
