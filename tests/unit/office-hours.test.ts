import { describe, expect, it } from 'vitest';
import { isOpen, nextOpening, parseOfficeHours } from '../../domain/office-hours/office-hours.ts';
import { soundsLikeEmergency } from '../../domain/conversation/emergency.ts';
import { asksForPerson } from '../../bot/conversation/vocabulary.ts';
import { describeOfficeHours } from '../../bot/messages/contact-messages.ts';

/** Bangkok wall-clock time as an instant (UTC+7 all year). */
const bkk = (local: string) => new Date(`${local}+07:00`);

describe('office hours', () => {
  const weekdays = parseOfficeHours('mon-fri 08:30-12:00,13:00-16:30');

  it('when inside or outside the spans, at lunch, at the weekend or on a Thai holiday, then open or closed as the office is', () => {
    expect(isOpen(weekdays, bkk('2026-12-01T09:00'))).toBe(true);
    expect(isOpen(weekdays, bkk('2026-12-01T12:30'))).toBe(false);
    expect(isOpen(weekdays, bkk('2026-12-01T16:30'))).toBe(false);
    expect(isOpen(weekdays, bkk('2026-12-06T10:00'))).toBe(false);
    expect(isOpen(weekdays, bkk('2026-12-10T10:00'))).toBe(false);
    expect(isOpen(parseOfficeHours('mon-sun 00:00-24:00'), bkk('2026-12-10T03:00'))).toBe(true);
  });

  it('when closed, then the next opening skips lunch, weekends, holidays and announced days off', () => {
    expect(nextOpening(weekdays, bkk('2026-12-01T12:10'))).toEqual(bkk('2026-12-01T13:00'));
    expect(nextOpening(weekdays, bkk('2026-12-04T17:00'))).toEqual(bkk('2026-12-08T08:30'));
    expect(nextOpening(weekdays, bkk('2026-12-09T20:00'))).toEqual(bkk('2026-12-11T08:30'));
  });

  it('when a spec is wrong, then it is refused with a message; a good one reads well in Thai', () => {
    expect(() => parseOfficeHours('weekdays 9-5')).toThrow(/mon-fri/);
    expect(() => parseOfficeHours('mon-fri 17:00-08:00')).toThrow(/after the start/);
    expect(describeOfficeHours(parseOfficeHours('mon-fri 08:30-16:30'))).toBe('จันทร์–ศุกร์ 08.30–16.30 น. (ปิดวันหยุดราชการ)');
    expect(describeOfficeHours(parseOfficeHours('mon-sun 00:00-24:00'))).toBe('ทุกวัน ตลอด 24 ชั่วโมง');
  });
});

describe('what a message asks for', () => {
  it('when it sounds like an emergency now, then yes; a report about something recurring is not one', () => {
    for (const text of ['ช่วยด้วย มีคนหมดสติ', 'รถชนกันตอนนี้มีคนเจ็บ', 'ไฟไหม้บ้านข้าง ๆ ด่วน', 'เด็กจมน้ำ']) expect(soundsLikeEmergency(text), text).toBe(true);
    for (const text of ['ไฟไหม้หญ้าข้างทางบ่อยมาก', 'ขอข้อมูลการป้องกันอุบัติเหตุช่วงสงกรานต์', 'ไฟถนนดับ']) expect(soundsLikeEmergency(text), text).toBe(false);
  });

  it('when someone asks for a person in everyday words, then it is recognised; a long question mentioning staff is left to the FAQ', () => {
    for (const text of ['ขอคุยกับเจ้าหน้าที่ตัวจริงได้ไหม', 'ขอคุยกับคน', 'แอดมินอยู่ไหม', 'ขอสายเจ้าหน้าที่หน่อยค่ะ', 'อยากคุยกับเจ้าหน้าที่']) expect(asksForPerson(text), text).toBe(true);
    for (const text of ['เจ้าหน้าที่ อบต. มาเก็บขยะวันไหน', 'ขยะไม่มาเก็บ', 'ถ้าอยากคุยกับเจ้าหน้าที่เรื่องเบี้ยผู้สูงอายุที่ได้รับไม่ครบมาสามเดือนแล้วต้องเตรียมเอกสารอะไรไปบ้าง']) expect(asksForPerson(text), text).toBe(false);
  });
});
