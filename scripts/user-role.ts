/**
 * Gives someone a role, for administrators and scripts (officers normally register with an invite code):
 *   npm run user:role -- <lineUserId> <villager|officer|office-admin|staff|clinic-staff|admin> [officeCode]
 * The office code must be in the office list (npm run -s area:locate prints the code of a place).
 */
import { CliError, commandArgs, runCli } from './lib/cli.ts';
import { currentOffices, requireOffice } from './lib/office-code-arg.ts';
import { withDatabase } from './lib/with-database.ts';
import { assignRole, isOfficeRole, isUserRole } from '../domain/users/assign-role.ts';
import type { UserRole } from '../models/line-user.ts';

const USAGE = 'usage: npm run user:role -- <lineUserId U…32 hex> <villager|officer|office-admin|staff|clinic-staff|admin> [officeCode]';
/** The issue's and the chat's name for Clinic Center staff. */
const ROLE_ALIASES: Record<string, UserRole> = { 'clinic-staff': 'staff' };

function parseArgs(args: string[]): { lineUserId: string; role: UserRole; officeCode: string | undefined } {
  const [lineUserId = '', typedRole = '', officeCode] = args;
  const role = ROLE_ALIASES[typedRole] ?? typedRole;
  if (!/^U[0-9a-f]{32}$/.test(lineUserId) || !isUserRole(role)) throw new CliError(USAGE, 2);
  if (isOfficeRole(role) && !officeCode) throw new CliError(`${role} ต้องระบุรหัสหน่วยงาน (needs the code of their office)\n${USAGE}`, 2);
  return { lineUserId, role, officeCode: isOfficeRole(role) ? officeCode : undefined };
}

async function main(): Promise<void> {
  const { lineUserId, role, officeCode } = parseArgs(commandArgs());
  const office = await withDatabase(async () => {
    const known = officeCode ? requireOffice(officeCode, await currentOffices()) : undefined;
    await assignRole(lineUserId, role, known?.code);
    return known;
  });
  process.stdout.write(`${lineUserId} is now ${role}${office ? ` of ${office.code} (${office.name})` : ''}\n`);
}

runCli(main);
