import type { messagingApi } from '@line/bot-sdk';
import type { District } from '../../domain/areas/admin-areas.ts';
import { activityTopics } from '../../domain/activities/activity-topics.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { BRAND_COLOR, buttonAction, flexBox, flexButton, flexMessage, flexText } from './flex.ts';
import { messageAction, postbackAction, textMessage } from './quick-reply.ts';
import { FEATURE_NAMES as F } from './feature-names.ts';

type Flow = { flowId: string };
const cancel = (flow: Flow) => postbackAction('ยกเลิก', POSTBACK_ACTIONS.subCancel, { f: flow.flowId }, 'ยกเลิกการรับข่าวกิจกรรม');

export function topicNames(codes: string[]): string {
  if (codes.length === 0) return 'ทุกหัวข้อ';
  return activityTopics().filter((topic) => codes.includes(topic.code)).map((topic) => topic.name).join(', ');
}

export function buildDistrictChoice(flow: Flow, districts: District[], retry = false): messagingApi.Message[] {
  const lead = retry ? 'ยังหาพื้นที่จากข้อความนี้ไม่เจอค่ะ ' : '';
  const actions: messagingApi.Action[] = [
    { type: 'location', label: 'ส่งตำแหน่ง' },
    ...districts.map((district) => postbackAction(district.name, POSTBACK_ACTIONS.subDistrict, { f: flow.flowId, d: district.code }, `อำเภอ${district.name}`)),
    cancel(flow),
  ];
  return [textMessage(`${lead}อยากรับข่าวกิจกรรมของพื้นที่ไหนคะ\nเลือกอำเภอ หรือกด «ส่งตำแหน่ง» ก็ได้ค่ะ`, actions)];
}

export function buildSubdistrictChoice(flow: Flow, district: District): messagingApi.Message[] {
  const buttons = district.subdistricts.map((sub) => flexButton(buttonAction(sub.name, POSTBACK_ACTIONS.subSubdistrict, { f: flow.flowId, s: sub.code }, `ตำบล${sub.name}`), 'secondary'));
  const rows: messagingApi.FlexComponent[] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(flexBox(buttons.slice(i, i + 2).map((button) => ({ ...button, flex: 1 })), { layout: 'horizontal' }));
  const card: messagingApi.FlexBubble = {
    type: 'bubble',
    body: flexBox([flexText(`ตำบลไหนคะ (อำเภอ${district.name})`, { weight: 'bold', color: BRAND_COLOR, size: 'md' }), ...rows]),
    footer: flexBox([flexButton(buttonAction(`ทั้งอำเภอ${district.name}`, POSTBACK_ACTIONS.subWholeDistrict, { f: flow.flowId, d: district.code }), 'primary')]),
  };
  return [flexMessage(`เลือกตำบลในอำเภอ${district.name}`, card, [postbackAction('เลือกอำเภออื่น', POSTBACK_ACTIONS.subPickDistrict, { f: flow.flowId }), cancel(flow)])];
}

export function buildTopicChoice(flow: Flow, chosen: string[]): messagingApi.Message[] {
  const actions: messagingApi.Action[] = [
    postbackAction('เสร็จแล้ว', POSTBACK_ACTIONS.subDone, { f: flow.flowId }, 'เลือกหัวข้อเสร็จแล้ว'),
    postbackAction('ทุกหัวข้อ', POSTBACK_ACTIONS.subAllTopics, { f: flow.flowId }, 'รับข่าวทุกหัวข้อ'),
    ...activityTopics().map((topic) => postbackAction(`${chosen.includes(topic.code) ? '✓ ' : ''}${topic.name}`, POSTBACK_ACTIONS.subTopic, { f: flow.flowId, t: topic.code }, topic.name)),
    cancel(flow),
  ];
  return [textMessage(`สนใจหัวข้อไหนคะ แตะได้หลายหัวข้อ แล้วกด «เสร็จแล้ว»\nเลือกแล้ว: ${topicNames(chosen)}`, actions)];
}

const manage = (): messagingApi.Action[] => [
  postbackAction('เปลี่ยนพื้นที่', POSTBACK_ACTIONS.newsChangeArea, {}, 'เปลี่ยนพื้นที่รับข่าว'),
  postbackAction('เปลี่ยนหัวข้อ', POSTBACK_ACTIONS.newsChangeTopics, {}, 'เปลี่ยนหัวข้อรับข่าว'),
  postbackAction(F.newsStop, POSTBACK_ACTIONS.newsStop, {}, 'เลิกรับข่าว'),
  messageAction(F.schedule),
];

/** What someone receives now; every change ends here, with the way to stop. */
export function buildSubscriptionSummary(summary: { placeName: string | null; officeName: string | null; topics: string[] }, saved: boolean): messagingApi.Message[] {
  const lines = [saved ? 'บันทึกการรับข่าวกิจกรรมแล้วค่ะ' : 'คุณรับข่าวกิจกรรมอยู่ค่ะ'];
  if (summary.placeName) lines.push(`พื้นที่: ${summary.placeName}`, `หัวข้อ: ${topicNames(summary.topics)}`);
  if (summary.officeName) lines.push(`ในฐานะเจ้าหน้าที่: ทุกกิจกรรมในพื้นที่ของ${summary.officeName}`);
  lines.push('จะส่งตารางกิจกรรมของเดือนถัดไปทุกวันที่ 25 และเตือนก่อนหน่วยบริการเคลื่อนที่มาถึงพื้นที่ค่ะ', 'ระบบเก็บเฉพาะพื้นที่และหัวข้อที่เลือกเพื่อส่งข่าวนี้ พิมพ์ «เลิกรับข่าว» ได้ทุกเมื่อ');
  return [textMessage(lines.join('\n'), manage())];
}

export function buildStoppedMessages(wasActive: boolean): messagingApi.Message[] {
  const lead = wasActive ? 'หยุดส่งข่าวกิจกรรมแล้วค่ะ จะไม่ส่งตารางกิจกรรมหรือการเตือนให้อีก' : 'ตอนนี้คุณไม่ได้รับข่าวกิจกรรมอยู่แล้วค่ะ';
  return [textMessage(`${lead}\nเมื่ออยากรับอีก พิมพ์ «รับข่าวกิจกรรม» ได้เลยค่ะ`, [postbackAction(F.news, POSTBACK_ACTIONS.newsStart, {}, 'รับข่าวกิจกรรม')])];
}

/** Someone who stopped (or unfollowed and came back) chooses: the same as before, or afresh. Never restarted silently. */
export function buildResumeOffer(summary: { placeName: string | null; topics: string[] }): messagingApi.Message[] {
  return [textMessage(`ก่อนหน้านี้คุณเคยรับข่าวกิจกรรมของ${summary.placeName ?? 'หน่วยงานของคุณ'} (${topicNames(summary.topics)}) ค่ะ\nต้องการรับต่อแบบเดิม หรือเลือกใหม่คะ`, [
    postbackAction('รับต่อแบบเดิม', POSTBACK_ACTIONS.newsResume, {}, 'รับข่าวกิจกรรมต่อแบบเดิม'),
    postbackAction('เลือกใหม่', POSTBACK_ACTIONS.newsChangeArea, {}, 'เลือกพื้นที่รับข่าวใหม่'),
  ])];
}

export function buildSubscriptionCancelled(): messagingApi.Message[] {
  return [textMessage('ยกเลิกแล้วค่ะ ไม่มีอะไรเปลี่ยน', [messageAction(F.schedule)])];
}

export function buildSubscriptionExpired(): messagingApi.Message[] {
  return [textMessage('การเลือกรับข่าวกิจกรรมหมดเวลาแล้วค่ะ พิมพ์ «รับข่าวกิจกรรม» เพื่อเริ่มใหม่ได้เลย')];
}

export function buildSubscriptionStale(): messagingApi.Message[] {
  return [textMessage('ปุ่มนี้เป็นของการเลือกรับข่าวที่จบไปแล้วค่ะ ไม่มีอะไรเปลี่ยน พิมพ์ «รับข่าวกิจกรรม» เพื่อดูหรือเปลี่ยนได้')];
}
