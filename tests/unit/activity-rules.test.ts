import { describe, expect, it } from 'vitest';
import { parseBangkokDateTime, addMonths, monthOf } from '../../domain/activities/activity-time.ts';
import { planTransition } from '../../domain/activities/activity-transitions.ts';
import { coversOffice, localityOf } from '../../domain/activities/activity-areas.ts';
import { createAudienceSets } from '../../domain/activities/fanout/audience-sets.ts';
import { createBatcher, type PlannedBatch } from '../../domain/activities/fanout/batcher.ts';
import { budgetLeft } from '../../domain/activities/fanout/quota-budget.ts';
import { buildOfficeDirectory, type Office } from '../../domain/offices/office-directory.ts';
import type { Subscription } from '../../domain/subscriptions/subscription-store.ts';

const office = (code: string, kind: Office['kind'], districtCode: string, subdistrictCodes: string[]): Office => ({ code, name: code, kind, districtCode, subdistrictCodes, location: null, phone: undefined });
const offices = buildOfficeDirectory({ provinceCode: '72', outline: [], sample: true }, [
  office('CLINIC', 'clinic', '7201', []),
  office('MUN-7201', 'local', '7201', ['720101', '720102']),
  office('SAO-720103', 'local', '7201', ['720103']),
]);
const sub = (fields: Partial<Subscription>): Subscription => ({ lineUserId: 'U1', status: 'active', stoppedReason: undefined, area: null, topics: [], officeCode: undefined, ...fields });

describe('activity times', () => {
  it('when staff type a Bangkok time, with a Buddhist year or an impossible day, then it is read as meant or refused', () => {
    expect(parseBangkokDateTime('2027-01-12 09:00')?.toISOString()).toBe('2027-01-12T02:00:00.000Z');
    expect(parseBangkokDateTime('2570-01-12T09:00')?.toISOString()).toBe('2027-01-12T02:00:00.000Z');
    expect(parseBangkokDateTime('2027-02-30 09:00')).toBeNull();
    expect(parseBangkokDateTime('12/01/2027 09:00')).toBeNull();
    expect(monthOf(new Date('2026-12-31T18:00:00Z'))).toBe('2027-01');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
  });
});

describe('activity states', () => {
  const published = { status: 'published' as const, startAt: new Date('2027-01-12T02:00:00Z'), endAt: new Date('2027-01-12T05:00:00Z') };
  const now = new Date('2027-01-01T00:00:00Z');
  it('when staff act, then only the moves the status allows happen, and only told activities notify', () => {
    expect(planTransition({ ...published, status: 'draft' }, { action: 'publish' }, now)).toEqual({ status: 'published', notify: false });
    expect(planTransition(published, { action: 'publish' }, now)).toBeNull();
    expect(planTransition(published, { action: 'cancel', reason: 'ฝนตก' }, now)).toEqual({ status: 'cancelled', notify: true });
    expect(planTransition({ ...published, status: 'draft' }, { action: 'cancel', reason: 'ฝนตก' }, now)).toEqual({ status: 'cancelled', notify: false });
    expect(planTransition({ ...published, status: 'cancelled' }, { action: 'reschedule', startAt: now, endAt: published.endAt, reason: 'x' }, now)).toBeNull();
    expect(planTransition(published, { action: 'cancel', reason: 'x' }, new Date('2027-02-01T00:00:00Z'))).toBeNull();
    expect(planTransition({ ...published, status: 'postponed' }, { action: 'reschedule', startAt: new Date('2027-01-20T02:00:00Z'), endAt: new Date('2027-01-20T05:00:00Z'), reason: 'วันใหม่' }, now)).toMatchObject({ status: 'published', notify: true });
  });
});

describe('who an activity is for', () => {
  it('when areas are compared, then a sub-district is local, its district near, the province far, and an office covers what it serves', () => {
    const officeOf = (code: string) => offices.byCode(code);
    expect(localityOf([{ scope: 'subdistrict', code: '720103' }], { districtCode: '7201', subdistrictCode: '720103' }, officeOf)).toBe('subdistrict');
    expect(localityOf([{ scope: 'subdistrict', code: '720103' }], { districtCode: '7201' }, officeOf)).toBe('district');
    expect(localityOf([{ scope: 'subdistrict', code: '720103' }], { districtCode: '7201', subdistrictCode: '720101' }, officeOf)).toBeNull();
    expect(localityOf([{ scope: 'office', code: 'MUN-7201' }], { districtCode: '7201', subdistrictCode: '720102' }, officeOf)).toBe('subdistrict');
    expect(localityOf([{ scope: 'province' }], { districtCode: '7208' }, officeOf)).toBe('province');
    expect(coversOffice([{ scope: 'subdistrict', code: '720103' }], offices.byCode('MUN-7201')!)).toBe(false);
    expect(coversOffice([{ scope: 'district', code: '7201' }], offices.byCode('MUN-7201')!)).toBe(true);
    expect(coversOffice([{ scope: 'subdistrict', code: '720103' }], offices.byCode('CLINIC')!)).toBe(true);
  });

  it('when an officer also chose a home place, then they are told of both, once, in one set; topics and audiences filter villagers only', () => {
    const sets = createAudienceSets([
      { id: 'a-province-law', areas: [{ scope: 'province' }], audience: 'public', topic: 'law' },
      { id: 'b-forum-720103', areas: [{ scope: 'subdistrict', code: '720103' }], audience: 'public', topic: 'environment' },
      { id: 'c-officers-meeting', areas: [{ scope: 'office', code: 'MUN-7201' }], audience: 'officers', topic: 'law' },
    ], offices);
    expect(sets.of(sub({ officeCode: 'MUN-7201', area: { districtCode: '7201', subdistrictCode: '720103' } }))).toMatchObject({ ids: ['a-province-law', 'b-forum-720103', 'c-officers-meeting'], officer: true, tier: 0 });
    expect(sets.of(sub({ area: { districtCode: '7201', subdistrictCode: '720103' }, topics: ['environment'] }))).toMatchObject({ ids: ['b-forum-720103'], officer: false, tier: 1 });
    expect(sets.of(sub({ area: { districtCode: '7208' } }))).toMatchObject({ ids: ['a-province-law'], tier: 3 });
    expect(sets.of(sub({ area: { districtCode: '7201' } })).segment).toBe(sets.of(sub({ lineUserId: 'U2', area: { districtCode: '7201' } })).segment);
  });
});

describe('batches and budget', () => {
  it('when 1,201 people share a set and 3 another, then batches of at most 500 are numbered per segment and handed on as they fill', async () => {
    const batches: PlannedBatch[] = [];
    const batcher = createBatcher(async (batch) => void batches.push(batch));
    for (let i = 0; i < 1_201; i++) await batcher.add(['x', 'y'], `U${i}`, i < 10);
    for (let i = 0; i < 3; i++) await batcher.add(['y'], `V${i}`, false);
    expect(batches.map((batch) => batch.recipients.length)).toEqual([500, 500]);
    expect(await batcher.finish()).toEqual({ segments: 2, recipients: 1_204, officers: 10, batches: 4 });
    expect(batches.map((batch) => [batch.batch, batch.recipients.length, batch.officers])).toEqual([[0, 500, 10], [1, 500, 0], [2, 201, 0], [0, 3, 0]]);
    expect(new Set(batches.flatMap((batch) => batch.recipients)).size).toBe(1_204);
  });

  it('when the quota is limited, then the budget is what is left less the reserve and what is still queued; unlimited or unknown is no limit', () => {
    expect(budgetLeft({ limit: 1_000, used: 700 }, 200, 50)).toBe(50);
    expect(budgetLeft({ limit: 1_000, used: 990 }, 200, 0)).toBe(0);
    expect(budgetLeft({ limit: null, used: 5 }, 200, 0)).toBeNull();
    expect(budgetLeft(null, 200, 0)).toBeNull();
  });
});
