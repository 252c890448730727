import { describe, expect, it } from 'vitest';
import { distinctLabels, postbackAction, quickReply } from '../../bot/messages/quick-reply.ts';
import { truncateLabel } from '../../bot/messages/limits.ts';
import { splitForReading } from '../../bot/messages/read-more.ts';
import { POSTBACK_ACTIONS } from '../../bot/postback/postback-data.ts';

describe('button labels', () => {
  it('when a label is longer than LINE allows, then it is cut at a word, not inside one', () => {
    expect(truncateLabel('ลงทะเบียนขอรับเบี้ยยังชีพผู้สูงอายุ', 20)).toBe('ลงทะเบียนขอรับเบี้ย…');
    expect(truncateLabel('ไฟถนนดับ', 20)).toBe('ไฟถนนดับ');
  });

  it('when two cut labels would read the same, then they show their different ends; a message never repeats a label', () => {
    const offices = ['องค์การบริหารส่วนตำบลเขาดิน', 'องค์การบริหารส่วนตำบลเดิมบาง', 'ยกเลิก'].map((name) => postbackAction(name, POSTBACK_ACTIONS.menu, {}, name));
    const labels = (quickReply(offices).items ?? []).map((item) => item.action?.label);
    expect(new Set(labels).size).toBe(3);
    expect(labels[0]).toContain('เขาดิน');
    const numbered = ['ลงทะเบียนขอรับเบี้ยยังชีพผู้สูงอายุ', 'ลงทะเบียนขอรับเบี้ยความพิการ'].map((question, index) => postbackAction(`${index + 1}. ${question}`, POSTBACK_ACTIONS.faqAnswer, {}, question));
    expect(distinctLabels(numbered).map((action) => action.label)).toEqual(['1. …ยังชีพผู้สูงอายุ', '2. …เบี้ยความพิการ']);
  });
});

describe('long answers', () => {
  it('when an answer is long, then the first part ends at a sentence and the rest follows «อ่านต่อ»', () => {
    const sentence = 'ผู้สูงอายุที่มีสิทธิ์ต้องลงทะเบียนที่สำนักงานท้องถิ่นภายในเดือนพฤศจิกายนค่ะ ';
    const [first, rest] = splitForReading(sentence.repeat(10));
    expect(first.length).toBeLessThanOrEqual(420);
    expect(first.endsWith('ค่ะ')).toBe(true);
    expect(`${first} ${rest}`.replace(/\s+/g, ' ').trim()).toBe(sentence.repeat(10).replace(/\s+/g, ' ').trim());
    expect(splitForReading('สั้น ๆ ค่ะ')).toEqual(['สั้น ๆ ค่ะ', '']);
  });
});
