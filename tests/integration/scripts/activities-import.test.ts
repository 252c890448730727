import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../helpers/database.ts';
import { ActivityModel } from '../../../models/activity.ts';
import { runNpmScript } from './run-command.ts';

const db = useTestDatabase();
const dir = mkdtempSync(join(tmpdir(), 'activities-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const importFile = (path: string) => runNpmScript('activities:import', [path], { MONGODB_URI: db.uri() });
const write = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `\uFEFF${lines.join('\n')}\n`);
  return path;
};

const HEADER = 'title,type,topic,start,end,venue,district,subdistrict,audience,capacity,status,description';
const GOOD = [
  HEADER,
  'อบรมการจัดการขยะชุมชน,training,สิ่งแวดล้อม,2027-01-12 09:00,2027-01-12 12:00,หอประชุมอำเภอ,เมืองสุพรรณบุรี,ทับตีเหล็ก,public,50,published,"แยกขยะ, ทำปุ๋ยหมัก"',
  'เวทีประชาคมทั้งจังหวัด,forum,participation,2570-01-20 13:00,2570-01-20 16:00,ศาลากลาง,,,both,,published,',
  'หน่วยบริการเคลื่อนที่สามชุก,mobile-unit,สาธารณสุข,2027-01-25 08:30,2027-01-25 15:30,วัดสามชุก,อ.สามชุก,,public,0,draft,ตรวจสุขภาพ',
];

describe('npm run activities:import', () => {
  it('when a file has errors, then every one is listed by row in Thai and nothing is imported', async () => {
    const path = write('bad.csv', [
      HEADER,
      GOOD[1]!,
      'อบรม,webinar,ดาราศาสตร์,2027-02-30 09:00,2027-01-12 08:00,หอประชุม,เมืองสุพรรณบุรี,ไม่มีตำบลนี้,everyone,-3,open,',
      'เวทีย่อย,forum,law,2027-01-12 09:00,2027-01-12 08:00,ที่ว่าการอำเภอ,อำเภอที่ไม่มี,,public,,draft,',
    ]);
    const result = await importFile(path);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ไม่ได้นำเข้าเลย: พบปัญหา 2 แถว');
    expect(result.stderr).toContain('แถว 3: type ต้องเป็น training, forum, meeting, exhibition, mobile-unit (ได้ «webinar»)');
    expect(result.stderr).toContain('topic «ดาราศาสตร์» ไม่มีในรายการหัวข้อ');
    expect(result.stderr).toContain('start ต้องเป็น YYYY-MM-DD HH:mm เวลาไทย (ได้ «2027-02-30 09:00»)');
    expect(result.stderr).toContain('subdistrict «ไม่มีตำบลนี้» ไม่พบในอำเภอเมืองสุพรรณบุรี');
    expect(result.stderr).toContain('audience ต้องเป็น public, officers หรือ both');
    expect(result.stderr).toContain('status ต้องเป็น draft หรือ published');
    expect(result.stderr).toContain('แถว 4: end: เวลาสิ้นสุดต้องหลังเวลาเริ่ม; district «อำเภอที่ไม่มี» ไม่พบในจังหวัดสุพรรณบุรี');
    expect(await ActivityModel.countDocuments()).toBe(0);

    const header = await importFile(write('header.csv', ['name,type,start', 'x,y,z']));
    expect(header.stderr).toContain('แถว 1: หัวตารางต้องเป็น title,type,topic,start,end,venue,district,subdistrict,audience,capacity,status,description');
  });

  it('when the file is right, then every row is imported with Bangkok times and Thai places, and importing it again changes nothing', async () => {
    const path = write('good.csv', GOOD);
    const first = await importFile(path);
    expect(first.stdout).toContain('นำเข้ากิจกรรม 3 แถว: เพิ่มใหม่ 3, มีอยู่แล้ว 0');
    const stored = await ActivityModel.find().sort({ startAt: 1 }).lean();
    expect(stored.map((activity) => [activity.title, activity.status, activity.startAt.toISOString(), activity.areas, activity.capacity, activity.registrationOpen])).toEqual([
      ['อบรมการจัดการขยะชุมชน', 'published', '2027-01-12T02:00:00.000Z', [{ scope: 'subdistrict', code: '720103' }], 50, true],
      ['เวทีประชาคมทั้งจังหวัด', 'published', '2027-01-20T06:00:00.000Z', [{ scope: 'province' }], null, true],
      ['หน่วยบริการเคลื่อนที่สามชุก', 'draft', '2027-01-25T01:30:00.000Z', [{ scope: 'district', code: '7208' }], null, false],
    ]);
    expect(stored[0]).toMatchObject({ topic: 'environment', description: 'แยกขยะ, ทำปุ๋ยหมัก', organiser: 'ศูนย์ Clinic Center อบจ.สุพรรณบุรี' });
    const before = JSON.stringify(stored);
    const again = await importFile(path);
    expect(again.stdout).toContain('นำเข้ากิจกรรม 3 แถว: เพิ่มใหม่ 0, มีอยู่แล้ว 3 (ไม่เปลี่ยน)');
    expect(JSON.stringify(await ActivityModel.find().sort({ startAt: 1 }).lean())).toBe(before);
  });
});
