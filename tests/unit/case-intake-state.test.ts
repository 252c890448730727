import { describe, expect, it } from 'vitest';
import { applyIntakeAnswer, newIntake, nextIntakeStep, parseContactText, type IntakeAnswer } from '../../domain/cases/intake/intake-state.ts';

describe('case intake as a form being filled', () => {
  it('when answers come in order, then each step asks for the first field still missing', () => {
    const answers: [IntakeAnswer, string][] = [
      [{ type: 'kind', kind: 'problem' }, 'category'],
      [{ type: 'category', code: 'streetlight' }, 'describe'],
      [{ type: 'description', text: '  ไฟดับทั้งซอย  ' }, 'photos'],
      [{ type: 'photo', photoId: 'p1' }, 'photos'],
      [{ type: 'photos-done' }, 'location'],
      [{ type: 'district', districtCode: '7201' }, 'subdistrict'],
      [{ type: 'subdistrict', districtCode: '7201', subdistrictCode: '720101' }, 'contact'],
      [{ type: 'contact-wanted', wanted: true }, 'contact-details'],
      [{ type: 'contact', name: 'สมใจ', phone: '0812345678' }, 'duplicates'],
      [{ type: 'duplicates-seen' }, 'confirm'],
    ];
    let state = newIntake();
    expect(nextIntakeStep(state)).toBe('kind');
    for (const [answer, next] of answers) {
      state = applyIntakeAnswer(state, answer);
      expect(nextIntakeStep(state), answer.type).toBe(next);
    }
    expect(state.description).toBe('ไฟดับทั้งซอย');
    expect(applyIntakeAnswer(state, { type: 'edit', field: 'location' })).toMatchObject({ area: undefined });
    expect(nextIntakeStep(applyIntakeAnswer(state, { type: 'edit', field: 'location' }))).toBe('location');
    expect(nextIntakeStep(applyIntakeAnswer(state, { type: 'edit', field: 'description' }))).toBe('describe');
  });

  it('when the category is handled by Clinic Center staff, then no place is asked', () => {
    const state = applyIntakeAnswer(applyIntakeAnswer(applyIntakeAnswer(newIntake({ kind: 'consultation' }), { type: 'category', code: 'consult-law' }), { type: 'description', text: 'ข้อพิพาทที่ดิน' }), { type: 'photos-done' });
    expect(nextIntakeStep(state)).toBe('contact');
  });

  it('when five photos are in, then the photo step is over and a sixth is not kept', () => {
    let state = applyIntakeAnswer(newIntake({ kind: 'problem', category: 'road', description: 'ถนนพัง' }), { type: 'photo', photoId: 'p0' });
    for (let i = 1; i < 7; i++) state = applyIntakeAnswer(state, { type: 'photo', photoId: `p${i}` });
    expect(state.photoIds).toHaveLength(5);
    expect(state.photosDone).toBe(true);
  });

  it('when contact details are typed, then the phone is found in the usual Thai forms', () => {
    expect(parseContactText('สมใจ ใจดี 081-234-5678')).toEqual({ name: 'สมใจ ใจดี', phone: '0812345678' });
    expect(parseContactText('ชื่อ บุญมี เบอร์ 0812345678 ค่ะ')).toEqual({ name: 'บุญมี', phone: '0812345678' });
    expect(parseContactText('โทรมาได้เลย')).toBeNull();
    expect(parseContactText('0812345678')).toBeNull();
  });
});
