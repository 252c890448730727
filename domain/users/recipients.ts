import { LineUserModel } from '../../models/line-user.ts';

/** Who is told about an office's cases: its officers and office admins who still follow the account. */
export async function officersOf(officeCode: string): Promise<string[]> {
  const users = await LineUserModel.find({ officeCode, role: { $in: ['officer', 'office-admin'] }, active: true }, { lineUserId: 1 }).lean();
  return users.map((user) => user.lineUserId);
}

/** Clinic Center staff (and admins) who follow the account. */
export async function clinicStaff(): Promise<string[]> {
  const users = await LineUserModel.find({ role: { $in: ['staff', 'admin'] }, active: true }, { lineUserId: 1 }).lean();
  return users.map((user) => user.lineUserId);
}

/** Drops people who blocked the account: a push to them is refused by LINE and wastes a request. */
export async function stillFollowing(lineUserIds: string[]): Promise<string[]> {
  if (lineUserIds.length === 0) return [];
  const blocked = await LineUserModel.find({ lineUserId: { $in: lineUserIds }, active: false }, { lineUserId: 1 }).lean();
  const out = new Set(blocked.map((user) => user.lineUserId));
  return lineUserIds.filter((id) => !out.has(id));
}
