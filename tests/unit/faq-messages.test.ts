import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import {
  buildFaqAnswerMessages,
  buildFaqClarifyMessages,
  buildFaqNoAnswerMessages,
  buildFaqRestMessages,
  buildFaqVoteThanksMessages,
} from '../../bot/messages/faq-messages.ts';
import { parsePostbackData } from '../../bot/postback/postback-data.ts';
import type { FaqEntry } from '../../domain/faq/types.ts';

const entry: FaqEntry = {
  id: 'elderly-allowance-rates',
  category: 'elderly-welfare',
  question: 'เบี้ยยังชีพผู้สูงอายุได้เดือนละเท่าไร',
  variants: [],
  keywords: [],
  answer: 'อายุ 60–69 ปี ได้เดือนละ 600 บาทค่ะ',
  links: [],
  enabled: true,
};

const quickReplyActions = (message: messagingApi.Message | undefined) =>
  ((message as { quickReply?: messagingApi.QuickReply } | undefined)?.quickReply?.items ?? []).map((item) => item.action);

describe('FAQ message builders', () => {
  it('when the entry has no links, then one text carries the answer and the 👍/👎 quick reply', () => {
    const messages = buildFaqAnswerMessages(entry);
    expect(messages).toHaveLength(1);
    expect((messages[0] as messagingApi.TextMessage).text).toContain('600 บาท');
    const votes = quickReplyActions(messages[0]).map((action) => parsePostbackData((action as messagingApi.PostbackAction).data!));
    expect(votes).toEqual([
      { action: 'faq.feedback', params: { faqId: entry.id, vote: 'up' } },
      { action: 'faq.feedback', params: { faqId: entry.id, vote: 'down' } },
    ]);
  });

  it('when the answer names features, then each is a button before the vote, in the order the answer names them', () => {
    const answer = 'พิมพ์ «ตารางกิจกรรม» เพื่อดูวันอบรม หรือ “แจ้งเรื่อง” ถ้ามีปัญหา ถ้าอยากถามคนให้กด «คุยกับเจ้าหน้าที่» หรือ «ติดต่อศูนย์» ค่ะ แจ้งเรื่องได้ทุกวัน';
    const actions = quickReplyActions(buildFaqAnswerMessages({ ...entry, answer }).at(-1));
    expect(actions.slice(0, 3)).toEqual([
      { type: 'message', label: 'ตารางกิจกรรม', text: 'ตารางกิจกรรม' },
      { type: 'message', label: 'แจ้งเรื่อง', text: 'แจ้งเรื่อง' },
      { type: 'message', label: 'คุยกับเจ้าหน้าที่', text: 'คุยกับเจ้าหน้าที่' },
    ]);
    expect(actions.slice(3).map((action) => action?.label)).toEqual(['👍 ตรงคำถาม', '👎 ไม่ตรง']);
    expect(quickReplyActions(buildFaqAnswerMessages({ ...entry, answer: 'แจ้งเรื่องที่ อบต. ได้ค่ะ' })[0]).map((action) => action?.type)).toEqual(['postback', 'postback']);
  });

  it('when an answer is very long, then «อ่านต่อ» shows the whole rest once and offers no further «อ่านต่อ»', () => {
    const answer = Array.from({ length: 40 }, (_, i) => `ขั้นตอนที่ ${i + 1} ยื่นเอกสารที่สำนักงานให้ครบถ้วนตามที่กำหนดไว้ค่ะ`).join(' ');
    const first = buildFaqAnswerMessages({ ...entry, answer });
    expect(quickReplyActions(first.at(-1)).map((action) => action?.label)).toContain('อ่านต่อ');
    const rest = buildFaqRestMessages({ ...entry, answer });
    expect(quickReplyActions(rest.at(-1)).map((action) => action?.label)).not.toContain('อ่านต่อ');
    expect(JSON.stringify(rest)).toContain('ขั้นตอนที่ 40');
  });

  it('when the entry has links, then they become URI buttons on a card that also carries the quick reply', () => {
    const links = Array.from({ length: 6 }, (_, i) => ({ label: `แบบฟอร์มที่ ${i + 1}`, url: `https://example.go.th/form/${i + 1}` }));
    const messages = buildFaqAnswerMessages({ ...entry, links });
    expect(messages).toHaveLength(2);
    const card = messages[1] as messagingApi.FlexMessage;
    const uris = JSON.stringify(card.contents).match(/https:\/\/example\.go\.th\/form\/\d/g);
    expect(uris).toHaveLength(4);
    expect(quickReplyActions(messages[0])).toEqual([]);
    expect(quickReplyActions(card)).toHaveLength(2);
  });

  it('when clarifying, then each choice is a tappable full question and a quick reply, plus «ไม่ใช่ทั้งหมด»', () => {
    const choices = [
      { faqId: 'a', question: 'ภาษีที่ดินและสิ่งปลูกสร้างต้องจ่ายภายในเดือนไหน' },
      { faqId: 'b', question: 'บ้านที่อยู่อาศัยเองต้องเสียภาษีที่ดินหรือไม่ และอัตราเท่าไร' },
    ];
    const [card] = buildFaqClarifyMessages(choices) as [messagingApi.FlexMessage];
    expect(card.altText).toMatch(/หมายถึงเรื่อง(นี้ใช่ไหม|ไหน)คะ/);
    expect(JSON.stringify(card.contents)).toContain(choices[1]!.question);
    const actions = quickReplyActions(card) as messagingApi.PostbackAction[];
    expect(actions.map((action) => parsePostbackData(action.data!).action)).toEqual(['faq.answer', 'faq.answer', 'faq.none']);
    expect(actions.every((action) => action.label!.length <= 20)).toBe(true);
    expect(actions.slice(0, 2).map((action) => action.label!.slice(0, 3))).toEqual(['1. ', '2. ']);
    expect(JSON.stringify(card.contents)).toContain(`2. ${choices[1]!.question}`);
  });

  it('when there is no answer, then the consultation button carries the stored question id within 300 chars', () => {
    const [message] = buildFaqNoAnswerMessages({ closest: [], unansweredId: '65f0c0ffee0000000000abcd' });
    const consult = quickReplyActions(message).find((action) => action?.label === 'ขอคำปรึกษา') as messagingApi.PostbackAction;
    expect(parsePostbackData(consult.data!)).toEqual({ action: 'case.new', params: { uq: '65f0c0ffee0000000000abcd' } });
    expect((message as messagingApi.TextMessage).text).toContain('ขออภัยค่ะ');
  });

  it('when the vote is 👍, then thanks; when 👎 with a stored question, then a consultation is offered', () => {
    expect(quickReplyActions(buildFaqVoteThanksMessages(true, undefined)[0])).toEqual([]);
    const labels = quickReplyActions(buildFaqVoteThanksMessages(false, '65f0c0ffee0000000000abcd')[0]).map((action) => action?.label);
    expect(labels).toEqual(['ขอคำปรึกษา', 'เมนู']);
  });
});
