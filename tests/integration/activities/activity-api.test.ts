import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { userWithRole } from '../../helpers/api-client.ts';
import { ActivityQuestionModel } from '../../../models/activity-feedback.ts';

const bot = useBotHarness();

const FORM = {
  title: 'หน่วยบริการเคลื่อนที่ทับตีเหล็ก',
  type: 'mobile-unit',
  topic: 'public-health',
  start: '2027-03-10T08:30',
  end: '2027-03-10T15:30',
  venueName: 'วัดทับตีเหล็ก',
  areaScope: 'subdistrict',
  areaCode: '720103',
  audience: 'public',
  capacity: null,
  organiser: 'ศูนย์ Clinic Center',
};

describe('/api/activities', () => {
  it('when staff create, edit and act on activities, then bad forms get Thai field errors, published times move only by reschedule, and other roles are refused', async () => {
    const staff = await userWithRole(bot, 'เจ้าหน้าที่ศูนย์ API', 'staff');
    const villager = await userWithRole(bot, 'ชาวบ้าน API');
    const officer = await userWithRole(bot, 'เจ้าหน้าที่ทับตีเหล็ก API', 'officer', 'SAO-720103');
    const elsewhere = await userWithRole(bot, 'เจ้าหน้าที่สามชุก API', 'officer', 'MUN-7208');

    const invalid = await staff.api('/activities/manage', { body: { activity: { ...FORM, title: 'x', end: '2027-03-10T07:00', areaCode: '999999' }, publish: true } });
    expect(invalid.status).toBe(400);
    expect(invalid.json.fields).toMatchObject({ title: 'กรุณากรอกชื่อกิจกรรม (อย่างน้อย 3 ตัวอักษร)', end: 'เวลาสิ้นสุดต้องหลังเวลาเริ่ม' });
    const unknownArea = await staff.api('/activities/manage', { body: { activity: { ...FORM, areaCode: '999999' }, publish: true } });
    expect(unknownArea.json.fields).toEqual({ areaCode: 'ไม่พบตำบลนี้ในจังหวัด' });
    expect((await villager.api('/activities/manage', { body: { activity: FORM, publish: true } })).status).toBe(403);
    const halfMap = await staff.api('/activities/manage', { body: { activity: { ...FORM, venueLatitude: 14.47 }, publish: false } });
    expect(halfMap.json.fields).toEqual({ venueLongitude: 'กรอกทั้งละติจูดและลองจิจูด หรือเว้นว่างทั้งคู่' });
    const mapped = await staff.api('/activities/manage', { body: { activity: { ...FORM, title: 'หน่วยเคลื่อนที่มีแผนที่', venueLatitude: 14.4822, venueLongitude: 100.0853 }, publish: false } });
    expect(mapped.json.activity).toMatchObject({ status: 'draft', venueLocation: { latitude: 14.4822, longitude: 100.0853 } });

    const created = await staff.api('/activities/manage', { body: { activity: FORM, publish: true } });
    expect(created.status).toBe(201);
    const activity = created.json.activity as { id: string; version: number; status: string; areaLabel: string };
    expect(activity).toMatchObject({ status: 'published', areaLabel: 'ต.ทับตีเหล็ก อ.เมืองสุพรรณบุรี' });
    const moved = await staff.api(`/activities/manage/${activity.id}`, { method: 'PUT', body: { activity: { ...FORM, start: '2027-03-11T08:30', end: '2027-03-11T15:30' }, version: activity.version } });
    expect(moved.status).toBe(409);
    expect(moved.json.message).toContain('«เลื่อนวัน»');
    const stale = await staff.api(`/activities/manage/${activity.id}`, { method: 'PUT', body: { activity: { ...FORM, venueName: 'ศาลาวัด' }, version: activity.version + 5 } });
    expect(stale.status).toBe(409);
    const noReason = await staff.api(`/activities/manage/${activity.id}/cancel`, { body: { reason: '' } });
    expect(noReason.json.fields).toHaveProperty('reason');

    // The visit's page: its own office and staff see what villagers sent ahead; others do not.
    await ActivityQuestionModel.create({ activityId: activity.id, lineUserId: villager.userId, text: 'ขอตรวจความดันได้ไหมคะ', requestKey: 'api-test' });
    const seen = await officer.api(`/activities/${activity.id}/visit`);
    expect(seen.status).toBe(200);
    expect(seen.json.questions).toEqual([expect.objectContaining({ text: 'ขอตรวจความดันได้ไหมคะ' })]);
    expect(JSON.stringify(seen.json)).not.toContain(villager.userId);
    expect((await elsewhere.api(`/activities/${activity.id}/visit`)).status).toBe(403);
    expect((await villager.api(`/activities/${activity.id}/visit`)).status).toBe(403);

    const registered = await villager.api(`/activities/${activity.id}/registration`, { method: 'POST' });
    expect(registered.json).toMatchObject({ outcome: 'registered', activity: { registered: true, registeredCount: 1 } });
    const listed = await villager.api('/activities?month=2027-03');
    expect(listed.json.activities).toEqual([expect.objectContaining({ id: activity.id, registered: true })]);
    expect(JSON.stringify(listed.json)).not.toContain('registrants');
  });
});
