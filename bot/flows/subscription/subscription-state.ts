import { z } from 'zod';
import { findTopic } from '../../../domain/activities/activity-topics.ts';

/**
 * «รับข่าวกิจกรรม» as a form being filled: the place (district, then sub-district or the whole
 * district, or a location), then the topics. `mode` says what is being changed: everything for a
 * new subscription, or only the area or the topics of an existing one. Pure.
 */
export const subscriptionStateSchema = z.object({
  mode: z.enum(['new', 'area', 'topics']),
  pickedDistrict: z.string().optional(),
  area: z.object({ districtCode: z.string(), subdistrictCode: z.string().optional() }).optional(),
  topics: z.array(z.string()).default([]),
  topicsDone: z.boolean().default(false),
});

export type SubscriptionState = z.infer<typeof subscriptionStateSchema>;
export type SubscriptionStep = 'district' | 'subdistrict' | 'topics' | 'save';

export type SubscriptionAnswer =
  | { type: 'district'; districtCode: string }
  | { type: 'area'; districtCode: string; subdistrictCode?: string | undefined }
  | { type: 'pick-district' }
  | { type: 'toggle-topic'; code: string }
  | { type: 'all-topics' }
  | { type: 'topics-done' };

export function nextSubscriptionStep(state: SubscriptionState): SubscriptionStep {
  if (state.mode !== 'topics' && !state.area) return state.pickedDistrict ? 'subdistrict' : 'district';
  if (state.mode !== 'area' && !state.topicsDone) return 'topics';
  return 'save';
}

export function applySubscriptionAnswer(state: SubscriptionState, answer: SubscriptionAnswer): SubscriptionState {
  switch (answer.type) {
    case 'district':
      return { ...state, pickedDistrict: answer.districtCode, area: undefined };
    case 'area':
      return { ...state, pickedDistrict: undefined, area: { districtCode: answer.districtCode, ...(answer.subdistrictCode ? { subdistrictCode: answer.subdistrictCode } : {}) } };
    case 'pick-district':
      return { ...state, pickedDistrict: undefined, area: undefined };
    case 'toggle-topic': {
      if (!findTopic(answer.code)) return state;
      const topics = state.topics.includes(answer.code) ? state.topics.filter((code) => code !== answer.code) : [...state.topics, answer.code];
      return { ...state, topics };
    }
    case 'all-topics':
      return { ...state, topics: [], topicsDone: true };
    case 'topics-done':
      return { ...state, topicsDone: true };
  }
}
