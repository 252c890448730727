import type { ActivityForm } from '../../../../domain/activities/activity-forms.ts';
import type { Activity } from './activity-types.ts';

/** The form as typed: every input's text; `toFormInput` turns it into what the shared schema checks. */
export type ActivityDraft = {
  title: string;
  description: string;
  topic: string;
  type: string;
  start: string;
  end: string;
  venueName: string;
  venueAddress: string;
  venueLatitude: string;
  venueLongitude: string;
  areaScope: string;
  districtCode: string;
  subdistrictCode: string;
  officeCode: string;
  audience: string;
  capacity: string;
  registrationOpen: boolean;
  organiser: string;
};

export const EMPTY_ACTIVITY: ActivityDraft = {
  title: '', description: '', topic: '', type: '', start: '', end: '', venueName: '', venueAddress: '', venueLatitude: '', venueLongitude: '',
  areaScope: 'province', districtCode: '', subdistrictCode: '', officeCode: '', audience: 'public', capacity: '', registrationOpen: true, organiser: 'ศูนย์ Clinic Center',
};

const localInput = (iso: string) => new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 16);

export function draftOf(activity: Activity): ActivityDraft {
  const area = activity.areas[0] ?? { scope: 'province' };
  const code = area.code ?? '';
  return {
    title: activity.title, description: activity.description, topic: activity.topic, type: activity.type,
    start: localInput(activity.startAt), end: localInput(activity.endAt), venueName: activity.venueName, venueAddress: activity.venueAddress ?? '',
    venueLatitude: activity.venueLocation ? String(activity.venueLocation.latitude) : '', venueLongitude: activity.venueLocation ? String(activity.venueLocation.longitude) : '',
    areaScope: area.scope, districtCode: area.scope === 'subdistrict' ? code.slice(0, 4) : area.scope === 'district' ? code : '',
    subdistrictCode: area.scope === 'subdistrict' ? code : '', officeCode: area.scope === 'office' ? code : '',
    audience: activity.audience, capacity: activity.capacity === null ? '' : String(activity.capacity), registrationOpen: activity.registrationOpen, organiser: activity.organiser,
  };
}

export function toFormInput(draft: ActivityDraft): Record<keyof ActivityForm, unknown> {
  const areaCode = { province: undefined, district: draft.districtCode, subdistrict: draft.subdistrictCode, office: draft.officeCode }[draft.areaScope as 'province'];
  return {
    title: draft.title, description: draft.description, topic: draft.topic, type: draft.type, start: draft.start, end: draft.end,
    venueName: draft.venueName, venueAddress: draft.venueAddress || undefined,
    venueLatitude: numberOrUndefined(draft.venueLatitude), venueLongitude: numberOrUndefined(draft.venueLongitude), areaScope: draft.areaScope, areaCode: areaCode || undefined,
    audience: draft.audience, capacity: draft.capacity.trim() === '' ? null : Number(draft.capacity), registrationOpen: draft.registrationOpen, organiser: draft.organiser,
  };
}

function numberOrUndefined(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}
