import { describe, expect, it } from 'vitest';
import { buildMonthlySchedule, buildScheduleReply } from '../../bot/messages/activity-schedule-messages.ts';
import { buildChangeNotice } from '../../bot/messages/activity-notice-messages.ts';
import type { ActivityView } from '../../domain/activities/activity-view.ts';
import { actionsOf, type BotMessage } from '../helpers/chat-driver.ts';

const view = (i: number, extra: Partial<ActivityView> = {}): ActivityView => ({
  id: i.toString(16).padStart(24, '0'),
  title: `กิจกรรมทดสอบที่ ${i} ชื่อยาวพอสมควรสำหรับการ์ด`,
  description: '',
  topic: 'law', topicName: 'กฎหมาย', type: 'training', typeName: 'อบรม', status: 'published', statusName: 'เผยแพร่แล้ว',
  startAt: new Date(`2027-01-${String(10 + (i % 15)).padStart(2, '0')}T02:00:00Z`), endAt: new Date(`2027-01-${String(10 + (i % 15)).padStart(2, '0')}T05:00:00Z`),
  venueName: 'หอประชุม', venueAddress: undefined, venueLocation: null, areas: [{ scope: 'province' }], areaLabel: 'ทั้งจังหวัดสุพรรณบุรี',
  audience: 'public', audienceName: 'ประชาชนทั่วไป', capacity: 30, registeredCount: 30, seatsLeft: 0, registrationOpen: true, organiser: 'ศูนย์ฯ', version: 0,
  ...extra,
});

describe('«ตารางกิจกรรม» messages', () => {
  it('when there are more activities than a carousel holds, then 11 cards and «ดูทั้งหมด» to the list; labels fit LINE', () => {
    const [message] = buildMonthlySchedule('2027-01', Array.from({ length: 15 }, (_, i) => view(i)), { listUrl: 'https://liff.line.me/x/activities', calendarUrl: (id) => `https://clinic.example/calendar/activities/${id}.ics` }) as BotMessage[];
    const contents = (message!.contents as { contents: unknown[] }).contents;
    expect(contents).toHaveLength(12);
    expect(JSON.stringify(contents.at(-1))).toContain('ยังมีอีก 4 กิจกรรม');
    const actions = actionsOf(message!);
    expect(actions.find((action) => action.label === 'ดูทั้งหมด')?.uri).toBe('https://liff.line.me/x/activities');
    expect(actions.every((action) => (action.label ?? '').length <= 40)).toBe(true);
    expect(JSON.stringify(message)).toContain('ม.ค. 2570');
    expect(JSON.stringify(message)).toContain('เต็มแล้ว (30 ที่)');
    expect(message!.altText?.startsWith('ตารางกิจกรรม มกราคม 2570: 15 กิจกรรม')).toBe(true);
  });

  it('when nothing is near, then the reply says so and offers «รับข่าวกิจกรรม»; a registered person’s card offers «ยกเลิกการลงทะเบียน»', () => {
    const empty = buildScheduleReply(['2026-12', '2027-01'], [], { placeName: 'อ.สามชุก' }) as BotMessage[];
    expect(empty[0]?.text).toContain('ตารางกิจกรรมธันวาคม 2569 และ มกราคม 2570: ยังไม่มีกิจกรรมใกล้อ.สามชุก');
    expect(actionsOf(empty[0]!).map((action) => action.label)).toContain('รับข่าวกิจกรรม');
    const one = view(1, { seatsLeft: 3 });
    const mine = buildScheduleReply(['2027-01'], [one], { placeName: null, registeredIds: new Set([one.id]) }) as BotMessage[];
    expect(actionsOf(mine[1]!).map((action) => action.label)).toContain('ยกเลิกการลงทะเบียน');
  });

  it('when an activity is rescheduled, then the notice gives the old and the new time and the reason', () => {
    const moved = buildChangeNotice('reschedule', view(2, { startAt: new Date('2027-01-20T02:00:00Z'), endAt: new Date('2027-01-20T05:00:00Z') }), { reason: 'ฝนตกหนัก', fromStartAt: new Date('2027-01-12T02:00:00Z'), fromEndAt: new Date('2027-01-12T05:00:00Z') }, {}) as BotMessage[];
    expect(moved[0]?.text).toContain('จาก วันอังคาร 12 ม.ค. 2570 เวลา 09:00–12:00 น.\nเป็น วันพุธ 20 ม.ค. 2570 เวลา 09:00–12:00 น.\nเหตุผล: ฝนตกหนัก');
  });
});
