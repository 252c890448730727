import { LineUserModel, USER_ROLES, type UserRole } from '../../models/line-user.ts';

export function isUserRole(value: string): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value);
}

/**
 * Makes someone an officer or staff member. Officers belong to one LAO (`laoCode`); a user
 * who has not talked to the bot yet is created so the role is waiting when they do.
 */
export async function assignRole(lineUserId: string, role: UserRole, laoCode: string | undefined): Promise<void> {
  if (role === 'officer' && !laoCode) throw new Error('an officer needs the code of their LAO');
  const keepsLao = role !== 'villager' && laoCode !== undefined;
  const update = keepsLao ? { $set: { role, laoCode } } : { $set: { role }, $unset: { laoCode: 1 } };
  await LineUserModel.updateOne({ lineUserId }, update, { upsert: true });
}
