import { typedKey } from '../../../domain/conversation/typed-key.ts';
import { EDITABLE } from '../../messages/case-draft-messages.ts';
import { INTAKE_LABELS } from '../../messages/case-intake-messages.ts';
import type { IntakeStep } from '../../../domain/cases/intake/intake-state.ts';
import type { IntakeIntent } from './intake-input.ts';

/**
 * What the buttons of each step say, typed instead of tapped (a villager on an old phone, or one who
 * prefers the keyboard): the same intent as the tap. Compared as commands are, without spaces,
 * punctuation or polite particles.
 */
const L = INTAKE_LABELS;
const BY_STEP: Partial<Record<IntakeStep, [words: string[], intent: IntakeIntent][]>> = {
  location: [[[L.pickArea, 'เลือกอำเภอ', 'เลือกตำบล'], { type: 'pick-district' }]],
  subdistrict: [[[L.otherDistrict, L.pickArea], { type: 'pick-district' }]],
  contact: [
    [[L.contactYes, 'ยินยอมให้เจ้าหน้าที่โทรกลับ', 'ให้โทรกลับ', 'ยินยอม', 'โทรกลับได้'], { type: 'answer', answer: { type: 'contact-wanted', wanted: true } }],
    [[L.contactNo, 'ไม่ต้อง', 'ไม่ยินยอม', 'ไม่ต้องติดต่อกลับ'], { type: 'answer', answer: { type: 'contact-wanted', wanted: false } }],
  ],
  'contact-details': [[[L.contactNo, 'ไม่ต้อง'], { type: 'answer', answer: { type: 'contact-wanted', wanted: false } }]],
  duplicates: [[[L.fileNew, 'เป็นเรื่องใหม่'], { type: 'answer', answer: { type: 'duplicates-seen' } }]],
  confirm: [
    [[L.submit, 'ส่งเรื่อง', 'ยืนยัน'], { type: 'submit' }],
    [[L.edit, 'ขอแก้ไข'], { type: 'edit-menu' }],
    ...EDITABLE.map(([field, label]): [string[], IntakeIntent] => [[label], { type: 'answer', answer: { type: 'edit', field } }]),
  ],
};

const LOOKUP = new Map(
  Object.entries(BY_STEP).map(([step, entries]) => [step, new Map(entries.flatMap(([words, intent]) => words.map((word) => [typedKey(word), intent] as const)))]),
);

export function typedButton(text: string, step: IntakeStep): IntakeIntent | undefined {
  return LOOKUP.get(step)?.get(typedKey(text));
}
