import { LineUserModel, USER_ROLES, type UserRole } from '../../models/line-user.ts';

export function isUserRole(value: string): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value);
}

/** Roles that act for one local office and therefore need its code. */
export function isOfficeRole(role: UserRole): boolean {
  return role === 'officer' || role === 'office-admin';
}

/**
 * Makes someone an officer or staff member. Officers belong to one local office (`officeCode`); a user
 * who has not talked to the bot yet is created so the role is waiting when they do.
 */
export async function assignRole(lineUserId: string, role: UserRole, officeCode: string | undefined): Promise<void> {
  if (isOfficeRole(role) && !officeCode) throw new Error(`${role} needs the code of their office`);
  const keepsOffice = isOfficeRole(role);
  const update = keepsOffice ? { $set: { role, officeCode } } : { $set: { role }, $unset: { officeCode: 1 } };
  await LineUserModel.updateOne({ lineUserId }, update, { upsert: true });
}
