import { newCaseSchema, type NewCaseForm } from '../../../../domain/forms/case-forms.ts';
import type { FieldErrors } from '../../lib/api-client.ts';
import { issuesToFields } from '../../lib/form-errors.ts';
import type { AreaChoice } from './area-picker.tsx';
import type { ContactDraft } from './contact-fields.tsx';
import type { Position } from './location-picker.tsx';
import type { CaseKind } from './case-types.ts';

export type CaseDraft = {
  kind: CaseKind | '';
  category: string;
  description: string;
  photoIds: string[];
  location: Position | undefined;
  area: AreaChoice;
  contact: ContactDraft;
};

export const EMPTY_DRAFT: CaseDraft = {
  kind: '',
  category: '',
  description: '',
  photoIds: [],
  location: undefined,
  area: { districtCode: '', subdistrictCode: '' },
  contact: { wanted: false, name: '', phone: '', consent: false },
};

const NOT_A_NUMBER = 'กรุณากรอกพิกัดเป็นตัวเลข เช่น 14.4744';

/** The draft as the API takes it, checked by the API's own schema (newCaseSchema, Thai messages). */
export function checkDraft(draft: CaseDraft): { form: NewCaseForm } | { fields: FieldErrors } {
  const area = draft.area.districtCode || draft.area.subdistrictCode ? draft.area : undefined;
  const contact = draft.contact.wanted ? { name: draft.contact.name, phone: draft.contact.phone.replace(/[\s-]/g, ''), consent: draft.contact.consent } : undefined;
  const parsed = newCaseSchema.safeParse({
    kind: draft.kind || undefined,
    category: draft.category,
    description: draft.description,
    photoIds: draft.photoIds,
    ...(draft.location ? { location: draft.location } : {}),
    ...(area ? { area } : {}),
    ...(contact ? { contact } : {}),
  });
  if (parsed.success) return { form: parsed.data };
  const fields = issuesToFields(parsed.error.issues);
  // zod runs the "a position or an area" rule only once every field is valid; ask it now, on a
  // stand-in for the other fields, so the person sees every missing thing at the first try.
  if (!draft.location && !area) {
    const placeOnly = newCaseSchema.safeParse({ kind: 'problem', category: 'x', description: 'xxxxx' });
    if (!placeOnly.success) Object.assign(fields, { ...issuesToFields(placeOnly.error.issues), ...fields });
  }
  // A half-typed coordinate is NaN; zod's message for that is English.
  for (const key of ['latitude', 'longitude'] as const) {
    if (draft.location && !Number.isFinite(draft.location[key])) fields[`location.${key}`] = NOT_A_NUMBER;
  }
  return { fields };
}
