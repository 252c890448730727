import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { apiAs, userWithRole } from '../../helpers/api-client.ts';
import { chatAs, testPhoto } from '../../helpers/chat-driver.ts';
import { CaseModel } from '../../../models/case.ts';
import { PhotoModel } from '../../../models/photo.ts';
import { openPhoto } from '../../../domain/media/photo-store.ts';
import sharp from 'sharp';

const bot = useBotHarness();

const form = (extra: Record<string, unknown> = {}) => ({
  kind: 'problem',
  category: 'road',
  description: 'ถนนหน้าโรงเรียนเป็นหลุมลึก รถจักรยานยนต์ล้มบ่อย',
  area: { districtCode: '7209', subdistrictCode: '720903' },
  ...extra,
});

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe('cases API', () => {
  it('when the ID token is missing or forged, then 401 and nothing is written', async () => {
    const anonymous = await apiAs(bot, undefined)('/cases', { body: form() });
    expect(anonymous.status).toBe(401);
    expect((await apiAs(bot, 'forged.token.value')('/cases', { body: form() })).status).toBe(401);
    expect(await CaseModel.countDocuments()).toBe(0);
  });

  it('when a villager files a detailed case with photos, then it routes by sub-district, the chat gets the ticket and others see photos without EXIF', async () => {
    const villager = await userWithRole(bot, 'สมใจ');
    const upload = await villager.api('/uploads', { raw: await testPhoto(), headers: { 'content-type': 'image/jpeg' } });
    expect(upload.status).toBe(201);
    const photoId = upload.json.photoId as string;
    const created = await villager.api('/cases', { body: form({ photoIds: [photoId], contact: { name: 'สมใจ', phone: '0812345678', consent: true } }) });
    expect(created.status).toBe(201);
    const view = created.json.case as { ticket: string; officeCode: string; canAct: string[] };
    expect(view.officeCode).toBe('SAO-720903');
    expect(view.canAct).toContain('cancel');
    await chatAs(bot().emulator, villager.userId).waitFor(view.ticket);

    const stored = await CaseModel.findOne({ ticket: view.ticket }).lean();
    expect(stored?.contact).toMatchObject({ name: 'สมใจ', phone: '0812345678' });
    const shared = await openPhoto(photoId, 'shared');
    const metadata = await sharp(await streamBytes(shared!.stream)).metadata();
    expect(metadata.exif).toBeUndefined();
    expect((await PhotoModel.findById(photoId).lean())?.caseTicket).toBe(view.ticket);

    const stranger = await userWithRole(bot, 'คนอื่น');
    expect((await stranger.api(`/cases/${view.ticket}`)).status).toBe(403);
    const detail = await villager.api(`/cases/${view.ticket}`);
    expect((detail.json.case as { contact: unknown }).contact).toBeNull();
  });

  it('when the form is invalid, then 400 with Thai field errors and no case', async () => {
    const villager = await userWithRole(bot, 'กรอกผิด');
    const before = await CaseModel.countDocuments();
    const bad = await villager.api('/cases', { body: { kind: 'problem', category: '', description: 'สั้น', contact: { name: 'ก', phone: '123', consent: false } } });
    expect(bad.status).toBe(400);
    const fields = bad.json.fields as Record<string, string>;
    expect(fields.category).toBe('กรุณาเลือกประเภทเรื่อง');
    expect(fields['contact.phone']).toContain('เบอร์โทร');
    expect(fields['contact.consent']).toContain('ยินยอม');
    const unknownArea = await villager.api('/cases', { body: form({ area: { districtCode: '7209', subdistrictCode: '720101' } }) });
    expect(unknownArea.status).toBe(400);
    expect((unknownArea.json.fields as Record<string, string>)['area.subdistrictCode']).toContain('ไม่พบตำบล');
    expect(await CaseModel.countDocuments()).toBe(before);
  });

  it('when an upload is not an image or declares more than 10 MB, then 400 or 413 and nothing is stored', async () => {
    const villager = await userWithRole(bot, 'ส่งไฟล์');
    const before = await PhotoModel.countDocuments();
    const text = await villager.api('/uploads', { raw: Buffer.from('%PDF-1.4 not an image'), headers: { 'content-type': 'image/jpeg' } });
    expect(text.status).toBe(400);
    expect(text.json.message).toContain('ไม่ใช่รูปภาพ');
    const huge = await villager.api('/uploads', { raw: Buffer.alloc(10 * 1024 * 1024 + 1), headers: { 'content-type': 'image/jpeg' } });
    expect(huge.status).toBe(413);
    expect(await PhotoModel.countDocuments()).toBe(before);
  });

  it('when officers of another office or villagers try to move a case, then 403; its own officer can accept and resolve needs a photo', async () => {
    const villager = await userWithRole(bot, 'ผู้แจ้ง');
    const { json } = await villager.api('/cases', { body: form() });
    const ticket = (json.case as { ticket: string }).ticket;
    const outsider = await userWithRole(bot, 'ต่างหน่วย', 'officer', 'SAO-720101');
    expect((await outsider.api(`/cases/${ticket}/actions`, { body: { action: 'accept' } })).status).toBe(403);
    expect((await villager.api(`/cases/${ticket}/actions`, { body: { action: 'accept' } })).status).toBe(403);
    const officer = await userWithRole(bot, 'เจ้าหน้าที่อู่ทอง', 'officer', 'SAO-720903');
    expect((await officer.api(`/cases/${ticket}/actions`, { body: { action: 'accept' } })).status).toBe(200);
    const noPhoto = await officer.api(`/cases/${ticket}/actions`, { body: { action: 'resolve', note: 'ซ่อมแล้ว', photoIds: [] } });
    expect(noPhoto.status).toBe(400);
    expect((noPhoto.json.fields as Record<string, string>).photoIds).toContain('รูปผลการแก้ไข');
    const cancelLate = await villager.api(`/cases/${ticket}/actions`, { body: { action: 'cancel' } });
    expect(cancelLate.status).toBe(409);
    expect((await CaseModel.findOne({ ticket }).lean())?.status).toBe('accepted');
  });

  it('when staff list cases and export them, then filters and counts apply and the CSV holds no contact details', async () => {
    const staff = await userWithRole(bot, 'เจ้าหน้าที่ศูนย์', 'staff');
    const list = await staff.api('/staff/cases?districtCode=7209&status=new');
    expect(list.status).toBe(200);
    expect((list.json.cases as { area: { districtCode: string } }[]).every((item) => item.area.districtCode === '7209')).toBe(true);
    expect((list.json.counts as Record<string, number>).accepted).toBeGreaterThanOrEqual(1);
    const csv = await fetch(`${bot().bot.url}/api/staff/cases.csv`, { headers: { authorization: `Bearer ${bot().emulator.issueIdToken(staff.userId)}` } });
    // Named with the Bangkok day in the Buddhist year, like the LIFF button's download.
    expect(csv.headers.get('content-disposition')).toMatch(/filename="cases-25\d\d-\d\d-\d\d\.csv"/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A byte-order mark, so Excel opens the Thai text as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = bytes.toString('utf8');
    expect(body).toContain('ticket,kind,category');
    expect(body).not.toContain('0812345678');
    const villager = await userWithRole(bot, 'อยากดู');
    expect((await villager.api('/staff/cases')).status).toBe(403);
  });

  it('when staff create an invite, then a person registers with it once and becomes that office\'s officer', async () => {
    const staff = await userWithRole(bot, 'ผู้ดูแลเชิญ', 'staff');
    const invite = await staff.api('/staff/invites', { body: { officeCode: 'SAO-720903', role: 'officer' } });
    expect(invite.status).toBe(201);
    const code = (invite.json.invite as { code: string }).code;
    const newcomer = await userWithRole(bot, 'เจ้าหน้าที่ใหม่');
    const registered = await newcomer.api('/officer/register', { body: { code } });
    expect(registered.json).toMatchObject({ role: 'officer', officeCode: 'SAO-720903' });
    expect((await newcomer.api('/me')).json).toMatchObject({ role: 'officer', officeCode: 'SAO-720903' });
    const second = await userWithRole(bot, 'คนที่สอง');
    const reused = await second.api('/officer/register', { body: { code } });
    expect(reused.status).toBe(400);
    expect((reused.json.fields as Record<string, string>).code).toContain('ถูกใช้ไปแล้ว');
  });
});
