import { beforeAll, describe, expect, it } from 'vitest';
import { loadProvinceAreas, type ProvinceAreas } from '../../domain/areas/admin-areas.ts';
import { matchAddressText } from '../../domain/areas/address-text.ts';
import { isInsidePolygon } from '../../domain/areas/geo.ts';
import { lastScheduledTime } from '../../infra/jobs/cron-times.ts';
import sample from '../../data/offices/suphanburi.sample.json' with { type: 'json' };

let areas: ProvinceAreas;
beforeAll(async () => {
  areas = await loadProvinceAreas('72');
});

describe('reading LINE location addresses against Suphan Buri', () => {
  it('when the address names the sub-district, in Thai or English, with or without prefixes, then it is found', () => {
    const cases: [string, string | undefined, string][] = [
      ['123 หมู่ 4 ตำบลท่าพี่เลี้ยง อำเภอเมืองสุพรรณบุรี สุพรรณบุรี 72000 ประเทศไทย', '720101', '7201'],
      ['ต.รั้วใหญ่ อ.เมือง จ.สุพรรณบุรี', '720102', '7201'],
      ['Tha Phi Liang, Mueang Suphan Buri District, Suphan Buri 72000, Thailand', '720101', '7201'],
      ['ต.จรเข้สามพัน อ.อู่ทอง จ.สุพรรณบุรี 71170', '720903', '7209'],
      ['อู่ทอง สุพรรณบุรี', undefined, '7209'],
    ];
    for (const [text, subdistrictCode, districtCode] of cases) {
      expect(matchAddressText(text, areas), text).toEqual({ kind: 'inside', districtCode, subdistrictCode });
    }
  });

  it('when the address is in another province, then it says which; unknown text is unknown', () => {
    expect(matchAddressText('ถนนเพชรเกษม นครปฐม 73000', areas)).toEqual({ kind: 'outside', provinceName: 'นครปฐม' });
    expect(matchAddressText('บ้านเลขที่ 5 ถนนราชดำเนิน กรุงเทพมหานคร', areas)).toEqual({ kind: 'outside', provinceName: 'กรุงเทพมหานคร' });
    expect(matchAddressText('ร้านกาแฟหน้าวัด', areas)).toEqual({ kind: 'unknown' });
  });

  it('when a point is tested against the sample outline, then the district towns are inside and Bangkok is not', () => {
    const outline = sample.outline as [number, number][];
    for (const office of sample.offices.filter((candidate) => candidate.location)) expect(isInsidePolygon(office.location!, outline), office.code).toBe(true);
    expect(isInsidePolygon({ latitude: 13.7563, longitude: 100.5018 }, outline)).toBe(false);
  });
});

describe('the last scheduled time of a cron expression in Bangkok', () => {
  it('when asked before and after today\'s fire, then it gives yesterday\'s and today\'s', () => {
    expect(lastScheduledTime('30 8 * * *', new Date('2026-12-01T01:00:00Z'))?.toISOString()).toBe('2026-11-30T01:30:00.000Z');
    expect(lastScheduledTime('30 8 * * *', new Date('2026-12-01T01:30:00Z'))?.toISOString()).toBe('2026-12-01T01:30:00.000Z');
    expect(lastScheduledTime('0 9 25 * *', new Date('2026-12-01T01:00:00Z'))?.toISOString()).toBe('2026-11-25T02:00:00.000Z');
    expect(lastScheduledTime('0 8 * * 1-5', new Date('2026-12-06T05:00:00Z'))?.toISOString()).toBe('2026-12-04T01:00:00.000Z');
  });
});
