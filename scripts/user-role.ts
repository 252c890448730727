import { withDatabase } from './lib/with-database.ts';
import { assignRole, isUserRole } from '../domain/users/assign-role.ts';

/** `npm run user:role -- <lineUserId> <villager|officer|office-admin|staff|admin> [officeCode]` */
async function main(): Promise<void> {
  const [lineUserId, role, officeCode] = process.argv.slice(2);
  if (!lineUserId || !/^U[0-9a-f]{32}$/.test(lineUserId) || !role || !isUserRole(role)) {
    process.stderr.write('usage: npm run user:role -- <lineUserId U…32 hex> <villager|officer|office-admin|staff|admin> [officeCode]\n');
    process.exit(2);
  }
  await withDatabase(() => assignRole(lineUserId, role, officeCode));
  process.stdout.write(`${lineUserId} is now ${role}${officeCode ? ` of ${officeCode}` : ''}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
