import type { ProvinceAreas } from '../areas/admin-areas.ts';
import type { OfficeDirectory } from '../offices/office-directory.ts';
import type { ActivityForm } from './activity-forms.ts';
import type { ActivityArea } from './activity-areas.ts';
import type { ActivityInput } from './activity-repository.ts';
import { ActivityInputError } from './activity-errors.ts';
import { findTopic } from './activity-topics.ts';
import { parseBangkokDateTime } from './activity-time.ts';
import { DAY_MS } from '../time/thai-time.ts';

export type ActivityRefs = { areas: ProvinceAreas; offices: OfficeDirectory };

const MAX_DAYS = 31;

/** Checks what the form cannot know (the topic list, area and office codes) and builds the domain input. */
export function formToInput(form: ActivityForm, refs: ActivityRefs): ActivityInput {
  const fields: Record<string, string> = {};
  const topic = findTopic(form.topic);
  if (!topic) fields.topic = 'ไม่มีหัวข้อนี้ กรุณาเลือกจากรายการ';
  const area = checkArea(form.areaScope, form.areaCode, refs);
  if (typeof area === 'string') fields.areaCode = area;
  const startAt = parseBangkokDateTime(form.start);
  const endAt = parseBangkokDateTime(form.end);
  if (!startAt) fields.start = 'วันเวลาเริ่มไม่ถูกต้อง';
  if (!endAt) fields.end = 'วันเวลาสิ้นสุดไม่ถูกต้อง';
  if (startAt && endAt) Object.assign(fields, checkTimes(startAt, endAt));
  if (Object.keys(fields).length > 0) throw new ActivityInputError(fields);
  return {
    title: form.title,
    description: form.description,
    topic: topic!.code,
    type: form.type,
    startAt: startAt!,
    endAt: endAt!,
    venue: {
      name: form.venueName,
      ...(form.venueAddress ? { address: form.venueAddress } : {}),
      location: form.venueLatitude !== undefined && form.venueLongitude !== undefined ? { latitude: form.venueLatitude, longitude: form.venueLongitude } : null,
    },
    areas: [area as ActivityArea],
    audience: form.audience,
    capacity: form.capacity,
    registrationOpen: form.registrationOpen,
    organiser: form.organiser,
  };
}

export function checkTimes(startAt: Date, endAt: Date): Record<string, string> {
  if (endAt <= startAt) return { end: 'เวลาสิ้นสุดต้องหลังเวลาเริ่ม' };
  if (endAt.getTime() - startAt.getTime() > MAX_DAYS * DAY_MS) return { end: `กิจกรรมหนึ่งยาวได้ไม่เกิน ${MAX_DAYS} วัน` };
  return {};
}

/** The area as stored, or the Thai reason it is not one of the province's. */
export function checkArea(scope: ActivityArea['scope'], code: string | undefined, refs: ActivityRefs): ActivityArea | string {
  if (scope === 'province') return { scope };
  const value = code ?? '';
  if (scope === 'district') return refs.areas.district(value) ? { scope, code: value } : 'ไม่พบอำเภอนี้ในจังหวัด';
  if (scope === 'subdistrict') return refs.areas.subdistrict(value) ? { scope, code: value } : 'ไม่พบตำบลนี้ในจังหวัด';
  return refs.offices.byCode(value) ? { scope, code: value } : 'ไม่พบหน่วยงานนี้';
}
