import type { ActivityRefs } from './activity-validation.ts';
import type { ActivityArea } from './activity-areas.ts';
import { AUDIENCE_NAMES, STATUS_NAMES, TYPE_NAMES, type ActivityAudience, type ActivityStatus, type ActivityType } from './activity-kinds.ts';
import { idOf, type ListedActivity } from './activity-repository.ts';
import { findTopic } from './activity-topics.ts';
import { seatsLeft } from './registration.ts';

/** An activity as the chat, the pages and the jobs show it: names resolved, no registrant list. */
export type ActivityView = {
  id: string;
  title: string;
  description: string;
  topic: string;
  topicName: string;
  type: ActivityType;
  typeName: string;
  status: ActivityStatus;
  statusName: string;
  startAt: Date;
  endAt: Date;
  venueName: string;
  venueAddress: string | undefined;
  venueLocation: { latitude: number; longitude: number } | null;
  areas: ActivityArea[];
  areaLabel: string;
  audience: ActivityAudience;
  audienceName: string;
  capacity: number | null;
  registeredCount: number;
  seatsLeft: number | null;
  registrationOpen: boolean;
  organiser: string;
  version: number;
};

/** «ทั้งจังหวัด», «อ.เมืองสุพรรณบุรี», «ต.รั้วใหญ่ อ.เมืองสุพรรณบุรี» or the office's name. */
export function describeArea(area: ActivityArea, refs: ActivityRefs): string {
  const code = area.code ?? '';
  if (area.scope === 'province') return `ทั้งจังหวัด${refs.areas.province.name}`;
  if (area.scope === 'district') return `อ.${refs.areas.district(code)?.name ?? code}`;
  if (area.scope === 'subdistrict') {
    const sub = refs.areas.subdistrict(code);
    return sub ? `ต.${sub.name} อ.${refs.areas.district(sub.districtCode)?.name ?? ''}`.trim() : code;
  }
  return refs.offices.byCode(code)?.name ?? code;
}

export function toActivityView(stored: ListedActivity, refs: ActivityRefs): ActivityView {
  const areas = (stored.areas ?? []).map((area) => ({ scope: area.scope, ...(area.code ? { code: area.code } : {}) }));
  return {
    id: idOf(stored),
    title: stored.title,
    description: stored.description ?? '',
    topic: stored.topic,
    topicName: findTopic(stored.topic)?.name ?? stored.topic,
    type: stored.type,
    typeName: TYPE_NAMES[stored.type],
    status: stored.status,
    statusName: STATUS_NAMES[stored.status],
    startAt: stored.startAt,
    endAt: stored.endAt,
    venueName: stored.venue.name,
    venueAddress: stored.venue.address ?? undefined,
    venueLocation: typeof stored.venue.location?.latitude === 'number' && typeof stored.venue.location.longitude === 'number' ? { latitude: stored.venue.location.latitude, longitude: stored.venue.location.longitude } : null,
    areas,
    areaLabel: areas.map((area) => describeArea(area, refs)).join(', ') || `ทั้งจังหวัด${refs.areas.province.name}`,
    audience: stored.audience,
    audienceName: AUDIENCE_NAMES[stored.audience],
    capacity: stored.capacity ?? null,
    registeredCount: stored.registeredCount ?? 0,
    seatsLeft: seatsLeft(stored),
    registrationOpen: stored.registrationOpen !== false,
    organiser: stored.organiser,
    version: stored.version ?? 0,
  };
}
