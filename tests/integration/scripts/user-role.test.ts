import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../helpers/database.ts';
import { LineUserModel } from '../../../models/line-user.ts';
import { runNpmScript } from './run-command.ts';

const db = useTestDatabase();
const userRole = (...args: string[]) => runNpmScript('user:role', args, { MONGODB_URI: db.uri() });
const lineUserId = (digit: string) => `U${digit.repeat(32)}`;

describe('npm run user:role', () => {
  it('when given an office code from the office list, then the person becomes an officer of that office', async () => {
    const result = await userRole(lineUserId('1'), 'officer', 'SAO-720702');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('is now officer of SAO-720702 (องค์การบริหารส่วนตำบลบางเลน)');
    expect(await LineUserModel.findOne({ lineUserId: lineUserId('1') }).lean()).toMatchObject({ role: 'officer', officeCode: 'SAO-720702' });
  });

  it('when the office code is not in the office list, then it is refused with the close matches and nothing is written', async () => {
    const [typo, lowerCase] = await Promise.all([userRole(lineUserId('2'), 'officer', 'SAO-72070'), userRole(lineUserId('2'), 'office-admin', 'sao-720702')]);
    for (const result of [typo, lowerCase]) {
      expect(result).toMatchObject({ code: 1, stdout: '' });
      expect(result.stderr).toContain('ไม่พบหน่วยงานรหัส');
      expect(result.stderr).toMatch(/close matches\):\n {2}SAO-720702 {2}องค์การบริหารส่วนตำบลบางเลน/);
    }
    expect(await LineUserModel.exists({ lineUserId: lineUserId('2') })).toBeNull();
  });

  it('when the role is clinic-staff, then it is staff (no office), and an officer without an office code is a usage error', async () => {
    const [staff, noOffice, unknownRole] = await Promise.all([
      userRole(lineUserId('3'), 'clinic-staff'),
      userRole(lineUserId('4'), 'officer'),
      userRole(lineUserId('4'), 'boss'),
    ]);
    expect(staff).toMatchObject({ code: 0, stdout: `${lineUserId('3')} is now staff\n` });
    expect(await LineUserModel.findOne({ lineUserId: lineUserId('3') }).lean()).toMatchObject({ role: 'staff' });
    expect(noOffice.code).toBe(2);
    expect(noOffice.stderr).toContain('ต้องระบุรหัสหน่วยงาน');
    expect(unknownRole.code).toBe(2);
    expect(unknownRole.stderr).toContain('usage: npm run user:role');
    expect(await LineUserModel.exists({ lineUserId: lineUserId('4') })).toBeNull();
  });
});
