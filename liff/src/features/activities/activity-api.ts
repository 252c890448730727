import type { ActivityForm } from '../../../../domain/activities/activity-forms.ts';
import { apiRequest } from '../../lib/api-client.ts';
import type { Activity, ActivityDetail } from './activity-types.ts';

export function setRegistration(id: string, registered: boolean): Promise<{ outcome: string; message: string; activity?: Activity }> {
  return apiRequest(`/activities/${id}/registration`, { method: registered ? 'POST' : 'DELETE' });
}

export function createActivity(activity: ActivityForm, publish: boolean): Promise<{ activity: ActivityDetail }> {
  return apiRequest('/activities/manage', { method: 'POST', body: { activity, publish } });
}

export function saveActivity(id: string, activity: ActivityForm, version: number): Promise<{ activity: ActivityDetail }> {
  return apiRequest(`/activities/manage/${id}`, { method: 'PUT', body: { activity, version } });
}

export type StaffCommand = { action: 'publish' } | { action: 'cancel' | 'postpone'; reason: string } | { action: 'reschedule'; start: string; end: string; reason: string };

export function commandActivity(id: string, version: number, command: StaffCommand): Promise<{ activity: ActivityDetail }> {
  const { action, ...body } = command;
  return apiRequest(`/activities/manage/${id}/${action}`, { method: 'POST', body: { ...body, version } });
}

/** The public calendar file, served by the bot on the same origin. */
export function calendarPath(id: string): string {
  return `/calendar/activities/${id}.ics`;
}
