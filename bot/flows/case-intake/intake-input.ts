import type { ChatInput } from '../../conversation/chat-input.ts';
import { POSTBACK_ACTIONS } from '../../postback/postback-data.ts';
import { isCancelWord } from '../../../domain/conversation/question-shape.ts';
import { parseContactText, type IntakeAnswer, type IntakeStep } from '../../../domain/cases/intake/intake-state.ts';

/** What an input means to the intake flow at its current step, before any I/O. */
export type IntakeIntent =
  | { type: 'answer'; answer: IntakeAnswer }
  | { type: 'cancel' }
  | { type: 'submit' }
  | { type: 'edit-menu' }
  | { type: 'pick-district' }
  | { type: 'support'; ticket: string }
  | { type: 'photo'; messageId: string }
  | { type: 'location'; latitude: number; longitude: number; address: string | undefined }
  | { type: 'address-text'; text: string }
  | { type: 'retry-contact' }
  | { type: 'too-short' }
  | { type: 'aside'; text: string }
  | { type: 'reprompt' }
  | { type: 'pass' };

export function readIntakeInput(input: ChatInput, step: IntakeStep): IntakeIntent {
  switch (input.kind) {
    case 'postback':
      return readPostback(input.action, input.params);
    case 'text':
      return readText(input.text.trim(), step);
    case 'image':
      return { type: 'photo', messageId: input.messageId };
    case 'location':
      return { type: 'location', latitude: input.latitude, longitude: input.longitude, address: input.address };
    default:
      return { type: 'reprompt' };
  }
}

function readPostback(action: string, params: Record<string, string>): IntakeIntent {
  const A = POSTBACK_ACTIONS;
  switch (action) {
    case A.intakeCancel:
      return { type: 'cancel' };
    case A.intakeKind:
      return params.k === 'problem' || params.k === 'consultation' ? { type: 'answer', answer: { type: 'kind', kind: params.k } } : { type: 'reprompt' };
    case A.intakeCategory:
      return params.c ? { type: 'answer', answer: { type: 'category', code: params.c } } : { type: 'reprompt' };
    case A.intakeSkipPhotos:
      return { type: 'answer', answer: { type: 'photos-done' } };
    case A.intakeManualArea:
      return { type: 'pick-district' };
    case A.intakeDistrict:
      return params.d ? { type: 'answer', answer: { type: 'district', districtCode: params.d } } : { type: 'reprompt' };
    case A.intakeSubdistrict:
      return params.s ? { type: 'answer', answer: { type: 'subdistrict', districtCode: '', subdistrictCode: params.s } } : { type: 'reprompt' };
    case A.intakeContact:
      return { type: 'answer', answer: { type: 'contact-wanted', wanted: params.w === 'yes' } };
    case A.intakeFileNew:
      return { type: 'answer', answer: { type: 'duplicates-seen' } };
    case A.intakeSupport:
      return params.t ? { type: 'support', ticket: params.t } : { type: 'reprompt' };
    case A.intakeSubmit:
      return { type: 'submit' };
    case A.intakeEdit:
      return isEditField(params.field) ? { type: 'answer', answer: { type: 'edit', field: params.field } } : { type: 'edit-menu' };
    default:
      return { type: 'pass' };
  }
}

function isEditField(value: string | undefined): value is Extract<IntakeAnswer, { type: 'edit' }>['field'] {
  return value === 'category' || value === 'description' || value === 'photos' || value === 'location' || value === 'contact';
}

/** Text that is not a button's label (those arrive as the tap, see active-flow-responder.ts) depends on the step. */
function readText(text: string, step: IntakeStep): IntakeIntent {
  if (isCancelWord(text)) return { type: 'cancel' };
  switch (step) {
    case 'describe':
      return text.length >= 5 ? { type: 'answer', answer: { type: 'description', text } } : { type: 'too-short' };
    case 'contact-details': {
      const contact = parseContactText(text);
      return contact ? { type: 'answer', answer: { type: 'contact', ...contact } } : { type: 'retry-contact' };
    }
    case 'kind':
      if (/ปรึกษา/.test(text)) return { type: 'answer', answer: { type: 'kind', kind: 'consultation' } };
      if (/แจ้ง|ปัญหา/.test(text)) return { type: 'answer', answer: { type: 'kind', kind: 'problem' } };
      return { type: 'aside', text };
    case 'location':
    case 'subdistrict':
      return { type: 'address-text', text };
    default:
      return { type: 'aside', text };
  }
}
