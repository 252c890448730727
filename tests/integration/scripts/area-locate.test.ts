import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MongoClient } from 'mongodb';
import { useTestDatabase } from '../../helpers/database.ts';
import { startEmbeddedServerInWorker } from '../../../db/embedded/index.ts';
import { createLogger } from '../../../infra/logger.ts';
import { OfficeModel, ProvinceSettingModel } from '../../../models/office.ts';
import { jsonLine, runNpmScript } from './run-command.ts';

const db = useTestDatabase();
const locate = (...args: string[]) => runNpmScript('area:locate', args, { MONGODB_URI: db.uri() });

const CLINIC = { officeCode: 'CLINIC', officeName: 'ศูนย์ Clinic Center อบจ.สุพรรณบุรี' };
const MUEANG = { province: 'สุพรรณบุรี', district: 'เมืองสุพรรณบุรี' };

describe('npm run -s area:locate', () => {
  it('when given a Thai address on an empty database, then it loads the sample office list and prints the sub-district and its local office', async () => {
    const line = jsonLine(await locate('ต.รั้วใหญ่ อ.เมืองสุพรรณบุรี จ.สุพรรณบุรี 72000'));
    expect(line).toEqual({ ...MUEANG, subdistrict: 'รั้วใหญ่', officeCode: 'MUN-7201', officeName: 'เทศบาลเมืองสุพรรณบุรี' });
    expect(Object.keys(line)).toEqual(['province', 'district', 'subdistrict', 'officeCode', 'officeName']);
    expect(await ProvinceSettingModel.exists({ _id: 'province', provinceCode: '72' })).toBeTruthy();
  });

  it('when given addresses as LINE sends them in English or unspaced Thai, then the same names come out in Thai', async () => {
    const [english, unspaced, songPhiNong] = await Promise.all([
      locate('Tha Phi Liang, Mueang Suphan Buri District, Suphan Buri 72000'),
      locate('ต.ดอนเจดีย์อ.ดอนเจดีย์จ.สุพรรณบุรี'),
      locate('Bang Len, Song Phi Nong, Suphan Buri 72110'),
    ]);
    expect(jsonLine(english)).toEqual({ ...MUEANG, subdistrict: 'ท่าพี่เลี้ยง', officeCode: 'MUN-7201', officeName: 'เทศบาลเมืองสุพรรณบุรี' });
    expect(jsonLine(unspaced)).toMatchObject({ district: 'ดอนเจดีย์', subdistrict: 'ดอนเจดีย์', officeCode: 'MUN-7206' });
    expect(jsonLine(songPhiNong)).toMatchObject({ district: 'สองพี่น้อง', subdistrict: 'บางเลน', officeCode: 'SAO-720702', officeName: 'องค์การบริหารส่วนตำบลบางเลน' });
  });

  it('when given a point near a district town, then the nearest known sub-district and its office; a point in Bangkok goes to Clinic Center', async () => {
    const [uThong, bangkok] = await Promise.all([locate('14.38', '99.89'), locate('13.75', '100.5')]);
    expect(jsonLine(uThong)).toEqual({ province: 'สุพรรณบุรี', district: 'อู่ทอง', subdistrict: 'อู่ทอง', officeCode: 'MUN-7209', officeName: 'เทศบาลเมืองอู่ทอง' });
    expect(jsonLine(bangkok)).toEqual({ province: null, district: null, subdistrict: null, ...CLINIC });
  });

  it('when the address names only a district or another province, then the unknown parts are null and Clinic Center takes it', async () => {
    const [district, chiangMai] = await Promise.all([locate('อ.อู่ทอง'), locate('Mueang Chiang Mai, Chiang Mai 50000')]);
    expect(jsonLine(district)).toEqual({ province: 'สุพรรณบุรี', district: 'อู่ทอง', subdistrict: null, ...CLINIC });
    expect(jsonLine(chiangMai)).toEqual({ province: 'เชียงใหม่', district: null, subdistrict: null, ...CLINIC });
  });

  it('when given garbage, impossible coordinates or nothing, then a clear error on stderr, nothing on stdout and exit code 1', async () => {
    const [garbage, coordinates, nothing] = await Promise.all([locate('asdf qwer 12'), locate('91', '100.5'), locate()]);
    expect(garbage).toMatchObject({ code: 1, stdout: '' });
    expect(garbage.stderr).toContain('ไม่พบอำเภอหรือตำบลในจังหวัดสุพรรณบุรี');
    expect(garbage.stderr).toContain('no district or sub-district found');
    expect(coordinates).toMatchObject({ code: 1, stdout: '' });
    expect(coordinates.stderr).toContain('พิกัดไม่ถูกต้อง');
    expect(nothing).toMatchObject({ code: 1, stdout: '' });
    expect(nothing.stderr).toContain('usage: npm run -s area:locate');
  });

  it('when the office list in the database changes, then the answer follows it, not the shipped sample', async () => {
    await OfficeModel.updateOne({ code: 'MUN-7201' }, { $set: { subdistrictCodes: ['720101'] } });
    await OfficeModel.create({ code: 'SAO-720102', name: 'องค์การบริหารส่วนตำบลรั้วใหญ่', kind: 'local', districtCode: '7201', subdistrictCodes: ['720102'] });
    expect(jsonLine(await locate('ตำบลรั้วใหญ่ อำเภอเมืองสุพรรณบุรี'))).toMatchObject({ subdistrict: 'รั้วใหญ่', officeCode: 'SAO-720102', officeName: 'องค์การบริหารส่วนตำบลรั้วใหญ่' });
  });
});

describe('npm run -s area:locate on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'area-locate-db-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when MONGODB_URI is not set, then it uses the embedded server in EMBEDDED_DB_PATH and answers the same', async () => {
    const result = await runNpmScript('area:locate', ['Tha Phi Liang, Mueang Suphan Buri District, Suphan Buri 72000'], { MONGODB_URI: '', EMBEDDED_DB_PATH: dataDir });
    expect(jsonLine(result)).toMatchObject({ subdistrict: 'ท่าพี่เลี้ยง', officeCode: 'MUN-7201' });
  });

  it('when the service is running on that data directory, then the command works through the running server instead of waiting for its lock', async () => {
    const running = mkdtempSync(join(tmpdir(), 'area-locate-running-'));
    const server = await startEmbeddedServerInWorker({ dbPath: running, logger: createLogger('silent') });
    const client = await MongoClient.connect(server.uri);
    try {
      const result = await runNpmScript('area:locate', ['ต.รั้วใหญ่ อ.เมืองสุพรรณบุรี'], { MONGODB_URI: '', EMBEDDED_DB_PATH: running });
      expect(jsonLine(result)).toMatchObject({ subdistrict: 'รั้วใหญ่', officeCode: 'MUN-7201' });
      expect(result.stderr).not.toContain('in use');
      // The sample office list it loaded is in the running server's database: it went through it.
      expect(await client.db('clinic-center').collection('province_settings').countDocuments()).toBe(1);
    } finally {
      await client.close();
      await server.close();
      rmSync(running, { recursive: true, force: true });
    }
  });
});
