import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../helpers/database.ts';
import { InviteModel } from '../../../models/invite.ts';
import { LineUserModel } from '../../../models/line-user.ts';
import { redeemInvite } from '../../../domain/users/invites.ts';
import { buddhistYear, formatThaiDateTime } from '../../../domain/time/thai-time.ts';
import { runNpmScript } from './run-command.ts';

const db = useTestDatabase();
const inviteCreate = (...args: string[]) => runNpmScript('invite:create', args, { MONGODB_URI: db.uri() });

describe('npm run -s invite:create', () => {
  it('when given an office, then it prints a six-digit code and its expiry in Thai with the Buddhist year, and the code registers an officer there', async () => {
    const before = Date.now();
    const result = await inviteCreate('SAO-720702');
    expect(result.code).toBe(0);
    const [code = '', ...details] = result.stdout.trimEnd().split('\n');
    expect(code).toMatch(/^\d{6}$/);
    const stored = await InviteModel.findOne({ code }).lean();
    expect(stored).toMatchObject({ officeCode: 'SAO-720702', role: 'officer', usedBy: null });
    expect(stored!.expiresAt.getTime() - before).toBeGreaterThan(6.9 * 86_400_000);
    expect(details.join('\n')).toContain(`หมดอายุ ${formatThaiDateTime(stored!.expiresAt)}`);
    expect(details.join('\n')).toContain(String(buddhistYear(stored!.expiresAt)));
    expect(details.join('\n')).toContain(`ลงทะเบียน ${code}`);

    const officer = `U${'5'.repeat(32)}`;
    expect((await redeemInvite(code, officer, new Date())).ok).toBe(true);
    expect(await LineUserModel.findOne({ lineUserId: officer }).lean()).toMatchObject({ role: 'officer', officeCode: 'SAO-720702' });
  });

  it('when given a role, then the invite carries it (clinic-staff meaning staff)', async () => {
    const [admin, staff] = await Promise.all([inviteCreate('MUN-7209', 'office-admin'), inviteCreate('CLINIC', 'clinic-staff')]);
    expect(await InviteModel.findOne({ code: admin.stdout.slice(0, 6) }).lean()).toMatchObject({ officeCode: 'MUN-7209', role: 'office-admin' });
    expect(await InviteModel.findOne({ code: staff.stdout.slice(0, 6) }).lean()).toMatchObject({ officeCode: 'CLINIC', role: 'staff' });
  });

  it('when the office is unknown or the role is wrong, then it is refused and no invite is stored', async () => {
    const count = await InviteModel.countDocuments();
    const [unknown, badRole, nothing] = await Promise.all([inviteCreate('SAO-72070'), inviteCreate('SAO-720702', 'mayor'), inviteCreate()]);
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr).toContain('SAO-720702  องค์การบริหารส่วนตำบลบางเลน');
    expect(badRole.code).toBe(2);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('usage: npm run -s invite:create');
    expect(await InviteModel.countDocuments()).toBe(count);
  });
});
