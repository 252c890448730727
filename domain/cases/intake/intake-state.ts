import { z } from 'zod';
import { MAX_CASE_PHOTOS } from '../../forms/case-forms.ts';
import { findCategory } from '../categories.ts';

/**
 * Case intake in chat as a form being filled: each answer fills a field, and the next step is
 * always the first field still missing. Editing from the summary clears one field, so the flow
 * asks only that again and comes back to the summary. Pure.
 */
export const intakeStateSchema = z.object({
  kind: z.enum(['problem', 'consultation']).optional(),
  category: z.string().optional(),
  description: z.string().optional(),
  photoIds: z.array(z.string()).default([]),
  photosDone: z.boolean().default(false),
  location: z.object({ latitude: z.number(), longitude: z.number(), address: z.string().optional() }).optional(),
  /** null: no area could be set (outside the province or unknown); undefined: not asked yet. */
  area: z.object({ districtCode: z.string(), subdistrictCode: z.string() }).nullable().optional(),
  /** A district chosen from the list while the sub-district is still to pick. */
  pickedDistrict: z.string().optional(),
  outsideProvince: z.boolean().default(false),
  /** null: the villager declined to leave contact details. */
  contact: z.object({ name: z.string(), phone: z.string() }).nullable().optional(),
  askingContactDetails: z.boolean().default(false),
  duplicatesChecked: z.boolean().default(false),
  unansweredQuestionId: z.string().optional(),
  /** A mobile-unit visit the case is opened for in advance. */
  activityId: z.string().optional(),
});

export type IntakeState = z.infer<typeof intakeStateSchema>;

export type IntakeStep = 'kind' | 'category' | 'describe' | 'photos' | 'location' | 'subdistrict' | 'contact' | 'contact-details' | 'duplicates' | 'confirm';

export type IntakeAnswer =
  | { type: 'kind'; kind: 'problem' | 'consultation' }
  | { type: 'category'; code: string }
  | { type: 'description'; text: string }
  | { type: 'photo'; photoId: string }
  | { type: 'photos-done' }
  | { type: 'located'; location: IntakeState['location']; area: IntakeState['area']; outsideProvince: boolean }
  | { type: 'district'; districtCode: string }
  | { type: 'subdistrict'; districtCode: string; subdistrictCode: string }
  | { type: 'contact-wanted'; wanted: boolean }
  | { type: 'contact'; name: string; phone: string }
  | { type: 'duplicates-seen' }
  | { type: 'edit'; field: 'category' | 'description' | 'photos' | 'location' | 'contact' };

export function newIntake(init: Partial<IntakeState> = {}): IntakeState {
  return intakeStateSchema.parse(init);
}

/** Categories handled by Clinic Center staff need no place: anyone in the province can ask. */
export function needsArea(state: IntakeState): boolean {
  const category = state.category ? findCategory(state.category) : undefined;
  return category?.route !== 'clinic';
}

export function nextIntakeStep(state: IntakeState): IntakeStep {
  if (!state.kind) return 'kind';
  if (!state.category) return 'category';
  if (!state.description) return 'describe';
  if (!state.photosDone) return 'photos';
  if (needsArea(state) && state.area === undefined) return state.pickedDistrict ? 'subdistrict' : 'location';
  if (state.contact === undefined) return state.askingContactDetails ? 'contact-details' : 'contact';
  if (!state.duplicatesChecked) return 'duplicates';
  return 'confirm';
}

export function applyIntakeAnswer(state: IntakeState, answer: IntakeAnswer): IntakeState {
  switch (answer.type) {
    case 'kind':
      return { ...state, kind: answer.kind, category: state.kind === answer.kind ? state.category : undefined };
    case 'category':
      return { ...state, category: answer.code, kind: findCategory(answer.code)?.kind ?? state.kind, duplicatesChecked: false };
    case 'description':
      return { ...state, description: answer.text.trim() };
    case 'photo': {
      const photoIds = state.photoIds.includes(answer.photoId) ? state.photoIds : [...state.photoIds, answer.photoId].slice(0, MAX_CASE_PHOTOS);
      return { ...state, photoIds, photosDone: photoIds.length >= MAX_CASE_PHOTOS };
    }
    case 'photos-done':
      return { ...state, photosDone: true };
    case 'located':
      return { ...state, location: answer.location, area: answer.area, outsideProvince: answer.outsideProvince, pickedDistrict: undefined, duplicatesChecked: false };
    case 'district':
      return { ...state, pickedDistrict: answer.districtCode };
    case 'subdistrict':
      return { ...state, area: { districtCode: answer.districtCode, subdistrictCode: answer.subdistrictCode }, outsideProvince: false, pickedDistrict: undefined, duplicatesChecked: false };
    case 'contact-wanted':
      return answer.wanted ? { ...state, askingContactDetails: true } : { ...state, contact: null, askingContactDetails: false };
    case 'contact':
      return { ...state, contact: { name: answer.name, phone: answer.phone }, askingContactDetails: false };
    case 'duplicates-seen':
      return { ...state, duplicatesChecked: true };
    case 'edit':
      return clearField(state, answer.field);
  }
}

function clearField(state: IntakeState, field: Extract<IntakeAnswer, { type: 'edit' }>['field']): IntakeState {
  switch (field) {
    case 'category':
      return { ...state, category: undefined };
    case 'description':
      return { ...state, description: undefined };
    case 'photos':
      return { ...state, photoIds: [], photosDone: false };
    case 'location':
      return { ...state, location: undefined, area: undefined, pickedDistrict: undefined, outsideProvince: false };
    case 'contact':
      return { ...state, contact: undefined, askingContactDetails: false };
  }
}

/** «สมชาย ใจดี 081-234-5678» → name and phone; null when no Thai phone number is in the text. */
export function parseContactText(text: string): { name: string; phone: string } | null {
  const digits = /(0[\d\s-]{8,12}\d)/.exec(text);
  if (!digits) return null;
  const phone = digits[1]!.replace(/[\s-]/g, '');
  if (!/^0\d{8,9}$/.test(phone)) return null;
  const name = text.replace(digits[1]!, ' ').replace(/(ชื่อ|เบอร์|โทร|ค่ะ|ครับ|คะ)/g, ' ').replace(/\s+/g, ' ').trim();
  return name.length >= 1 ? { name: name.slice(0, 100), phone } : null;
}
