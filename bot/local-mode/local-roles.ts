import type { ConsoleRoles } from '../../dev/chat-console/index.ts';
import type { LineEmulator } from '../../dev/line-emulator/index.ts';
import { assignRole } from '../../domain/users/assign-role.ts';
import { readOfficeDirectory } from '../../domain/offices/office-directory.ts';
import type { Logger } from '../../infra/logger.ts';

const thaiOrder = new Intl.Collator('th');

/** The console's roles are the bot's: set through the same use-case as `npm run user:role`. */
export const localRoles: ConsoleRoles = {
  offices: async () => {
    const directory = await readOfficeDirectory();
    return directory
      .all()
      .filter((office) => office.kind === 'local')
      .map(({ code, name }) => ({ code, name }))
      .sort((a, b) => thaiOrder.compare(a.name, b.name));
  },
  assign: (userId, role, officeCode) => assignRole(userId, role, officeCode),
};

/**
 * Every officer and staff user the console offers (personas and those added earlier) has that role
 * in the bot, even on a database that was emptied since; an officer whose office left the list stays as the bot has them.
 */
export async function seedRoles(emulator: LineEmulator, logger: Logger): Promise<void> {
  const known = new Set((await localRoles.offices()).map((office) => office.code));
  for (const user of emulator.users.list()) {
    if (user.role === 'villager') continue;
    if (user.role === 'officer' && !known.has(user.officeCode ?? '')) {
      logger.warn({ officeCode: user.officeCode }, 'local mode: a console officer\'s office is not in the office list; role left unchanged');
      continue;
    }
    await assignRole(user.userId, user.role, user.role === 'officer' ? user.officeCode : undefined);
  }
}
