import type { NewCaseForm, CaseActionForm } from '../../../../domain/forms/case-forms.ts';
import { apiRequest } from '../../lib/api-client.ts';
import type { CaseDetail, CaseView } from './case-types.ts';

export function createCase(form: NewCaseForm): Promise<{ case: CaseView }> {
  return apiRequest('/cases', { method: 'POST', body: form });
}

export function uploadPhoto(photo: Blob): Promise<{ photoId: string }> {
  return apiRequest('/uploads', { method: 'POST', raw: photo });
}

/** Under /api; fetched with the ID token (see components/case-photo.tsx). */
export function photoPath(photoId: string): string {
  return `/photos/${encodeURIComponent(photoId)}`;
}

export function addCaseNote(ticket: string, note: { note: string; photoIds: string[] }): Promise<{ case: CaseDetail }> {
  return apiRequest(`/cases/${encodeURIComponent(ticket)}/notes`, { method: 'POST', body: note });
}

export function actOnCase(ticket: string, action: CaseActionForm): Promise<{ case: CaseDetail }> {
  return apiRequest(`/cases/${encodeURIComponent(ticket)}/actions`, { method: 'POST', body: action });
}

export function casePath(ticket: string): string {
  return `/cases/${encodeURIComponent(ticket)}`;
}
