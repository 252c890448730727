/**
 * An invite code for an officer to register in chat («ลงทะเบียน 483920»), bound to an office and a role:
 *   npm run -s invite:create -- <officeCode> [officer|office-admin|staff]
 * Prints the six-digit code on the first line, then its expiry in Thai (Buddhist year, Bangkok time).
 */
import { CliError, commandArgs, runCli } from './lib/cli.ts';
import { currentOffices, requireOffice } from './lib/office-code-arg.ts';
import { withDatabase } from './lib/with-database.ts';
import { createInvite, INVITE_ROLES, INVITE_VALID_DAYS, type InviteRole } from '../domain/users/invites.ts';
import { formatThaiDateTime } from '../domain/time/thai-time.ts';
import { ROLE_NAMES } from '../domain/users/role-names.ts';

const USAGE = 'usage: npm run -s invite:create -- <officeCode> [officer|office-admin|staff]';
/** clinic-staff is the name the issue and user:role also accept for staff. */
const ROLE_ALIASES: Record<string, InviteRole> = { 'clinic-staff': 'staff' };

function parseArgs(args: string[]): { officeCode: string; role: InviteRole } {
  const [officeCode, typedRole = 'officer', ...extra] = args;
  const role = ROLE_ALIASES[typedRole] ?? typedRole;
  if (!officeCode || extra.length > 0 || !(INVITE_ROLES as readonly string[]).includes(role)) throw new CliError(USAGE, 2);
  return { officeCode, role: role as InviteRole };
}

async function main(): Promise<void> {
  const { officeCode, role } = parseArgs(commandArgs());
  const { invite, officeName } = await withDatabase(async () => {
    const office = requireOffice(officeCode, await currentOffices());
    return { invite: await createInvite({ officeCode: office.code, role, createdBy: undefined, now: new Date() }), officeName: office.name };
  });
  process.stdout.write(
    [
      invite.code,
      `บทบาท: ${ROLE_NAMES[role]} · หน่วยงาน: ${officeName} (${invite.officeCode})`,
      `ใช้ได้ครั้งเดียว หมดอายุ ${formatThaiDateTime(invite.expiresAt)} (อีก ${INVITE_VALID_DAYS} วัน)`,
      `ให้ผู้ได้รับเชิญพิมพ์ “ลงทะเบียน ${invite.code}” ในแชต LINE ของศูนย์ฯ`,
    ].join('\n') + '\n',
  );
}

runCli(main);
