/** Buttons of «ตารางกิจกรรม» cards, reminders and rating prompts; each carries the activity id as `a`. */
export const ACTIVITY_POSTBACK_ACTIONS = {
  activityRegister: 'activity.register',
  activityUnregister: 'activity.unregister',
  activityRate: 'activity.rate',
  activityAsk: 'activity.ask',
  activityCase: 'activity.case',
} as const;

/** «รับข่าวกิจกรรม»: buttons outside the subscription flow (see, change, stop, resume). */
export const NEWS_POSTBACK_ACTIONS = {
  newsStart: 'news.start',
  newsChangeArea: 'news.area',
  newsChangeTopics: 'news.topics',
  newsStop: 'news.stop',
  newsResume: 'news.resume',
} as const;

/** Buttons of the subscription flow and of the visit-question flow; each carries the flow id as `f`. */
export const SUBSCRIPTION_FLOW_ACTIONS = {
  subDistrict: 'sub.district',
  subSubdistrict: 'sub.subdistrict',
  subWholeDistrict: 'sub.whole-district',
  subPickDistrict: 'sub.pick-district',
  subTopic: 'sub.topic',
  subAllTopics: 'sub.all-topics',
  subDone: 'sub.done',
  subCancel: 'sub.cancel',
  visitCancel: 'visitq.cancel',
} as const;
