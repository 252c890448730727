/**
 * The fixed vocabularies of an activity (the types, audiences and states) with the Thai
 * names the chat, the pages and the CSV errors use. Topics, which the province extends, are data
 * (activity-topics.ts). Pure; imported by the LIFF pages too.
 */
export const ACTIVITY_TYPES = ['training', 'forum', 'meeting', 'exhibition', 'mobile-unit'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_AUDIENCES = ['public', 'officers', 'both'] as const;
export type ActivityAudience = (typeof ACTIVITY_AUDIENCES)[number];

export const ACTIVITY_STATUSES = ['draft', 'published', 'cancelled', 'postponed'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const AREA_SCOPES = ['province', 'district', 'subdistrict', 'office'] as const;
export type AreaScope = (typeof AREA_SCOPES)[number];

export const TYPE_NAMES: Record<ActivityType, string> = {
  training: 'อบรม',
  forum: 'เวทีประชาคม',
  meeting: 'ประชุม',
  exhibition: 'นิทรรศการตัวอย่างที่ดี',
  'mobile-unit': 'หน่วยบริการเคลื่อนที่',
};

export const AUDIENCE_NAMES: Record<ActivityAudience, string> = {
  public: 'ประชาชนทั่วไป',
  officers: 'เจ้าหน้าที่ อปท.',
  both: 'ประชาชนและเจ้าหน้าที่',
};

export const STATUS_NAMES: Record<ActivityStatus, string> = {
  draft: 'ร่าง',
  published: 'เผยแพร่แล้ว',
  cancelled: 'ยกเลิก',
  postponed: 'เลื่อนออกไป',
};

export function isActivityType(value: string): value is ActivityType {
  return (ACTIVITY_TYPES as readonly string[]).includes(value);
}

export function isAudience(value: string): value is ActivityAudience {
  return (ACTIVITY_AUDIENCES as readonly string[]).includes(value);
}

/** Villagers hear of public activities; officers of everything in their office's area. */
export function isForPublic(audience: ActivityAudience): boolean {
  return audience !== 'officers';
}
