import { truncate } from '../../bot/messages/limits.ts';
import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { isMenuCommand } from '../../bot/conversation/menu-command.ts';
import {
  buildFallbackMessages,
  buildGroupGreetingMessages,
  buildUnsupportedMediaMessages,
} from '../../bot/messages/fallback-messages.ts';
import {
  MAX_ACTION_LABEL_LENGTH,
  MAX_ALT_TEXT_LENGTH,
  MAX_POSTBACK_DATA_LENGTH,
  MAX_QUICK_REPLY_ITEMS,
  MAX_TEXT_LENGTH,
} from '../../bot/messages/limits.ts';
import { MAX_MESSAGES_PER_REQUEST } from '../../infra/line/request-limits.ts';
import { buildContactCard, buildEmergencyMessages } from '../../bot/messages/contact-messages.ts';
import { clinicContact } from '../../domain/office-hours/clinic-contact.ts';
import { parseOfficeHours } from '../../domain/office-hours/office-hours.ts';
import { mainFeatureActions } from '../../bot/messages/main-features.ts';
import { buildMenuMessages } from '../../bot/messages/menu-messages.ts';
import { messageAction, postbackAction, quickReply, textMessage } from '../../bot/messages/quick-reply.ts';
import { buildAskPromptMessages } from '../../bot/messages/service-messages.ts';
import { buildCaseFormMessages } from '../../bot/messages/case-form-messages.ts';
import { buildWelcomeMessages } from '../../bot/messages/welcome-messages.ts';
import { POSTBACK_ACTIONS, encodePostbackData, parsePostbackData } from '../../bot/postback/postback-data.ts';

const LIFF_URL = 'https://liff.line.me/1234567890-AbCdEfGh';
const THAI = /[\u0E00-\u0E7F]/;
const KNOWN_ACTIONS: ReadonlySet<string> = new Set(Object.values(POSTBACK_ACTIONS));
const MEDIA_KINDS = ['image', 'video', 'audio', 'file', 'location', 'sticker'] as const;

const builders: Array<[string, () => messagingApi.Message[]]> = [
  ['fallback', () => buildFallbackMessages()],
  ...MEDIA_KINDS.map((kind): [string, () => messagingApi.Message[]] => [
    `unsupported ${kind}`,
    () => buildUnsupportedMediaMessages(kind),
  ]),
  ['group greeting', () => buildGroupGreetingMessages()],
  ['menu without LIFF', () => buildMenuMessages({ liffUrl: undefined })],
  ['menu with LIFF', () => buildMenuMessages({ liffUrl: LIFF_URL })],
  ['ask prompt', () => buildAskPromptMessages()],
  ['contact card', () => buildContactCard(clinicContact({ phone: '045-123-456', address: 'ถนนแจ้งสนิท อ.เมือง' }), parseOfficeHours('mon-fri 08:30-16:30'), new Date('2026-12-01T03:00:00Z'))],
  ['contact card, sample, closed', () => buildContactCard(clinicContact({}), parseOfficeHours('mon-fri 08:30-16:30'), new Date('2026-12-05T03:00:00Z'))],
  ['emergency numbers', () => buildEmergencyMessages()],
  ['online form', () => buildCaseFormMessages(`${LIFF_URL}/cases/new`)],
  ['welcome with name', () => buildWelcomeMessages('สมชาย')],
  ['welcome without name', () => buildWelcomeMessages(undefined)],
];

/** Every `action` and flex text reachable from a value, so nested flex layouts are checked too. */
function collectNested(value: unknown, found: { actions: messagingApi.Action[]; texts: string[] }): void {
  if (Array.isArray(value)) {
    for (const item of value) collectNested(item, found);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (record.type === 'text' && typeof record.text === 'string') found.texts.push(record.text);
  if (typeof record.action === 'object' && record.action !== null) found.actions.push(record.action as messagingApi.Action);
  for (const [key, child] of Object.entries(record)) if (key !== 'action') collectNested(child, found);
}

function actionsAndTexts(messages: messagingApi.Message[]) {
  const found: { actions: messagingApi.Action[]; texts: string[] } = { actions: [], texts: [] };
  collectNested(messages, found);
  return found;
}

function expectValidAction(action: messagingApi.Action): void {
  expect(action.label?.length ?? 0).toBeGreaterThan(0);
  expect(action.label?.length ?? 0).toBeLessThanOrEqual(MAX_ACTION_LABEL_LENGTH);
  if (action.type === 'postback') {
    const postback = action as messagingApi.PostbackAction;
    const data = postback.data ?? '';
    expect(data.length).toBeLessThanOrEqual(MAX_POSTBACK_DATA_LENGTH);
    expect(KNOWN_ACTIONS.has(parsePostbackData(data).action)).toBe(true);
    expect(postback.displayText?.length ?? 0).toBeLessThanOrEqual(300);
  } else if (action.type === 'message') {
    const text = (action as messagingApi.MessageAction).text ?? '';
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThanOrEqual(300);
  } else if (action.type === 'uri') {
    // LINE opens https links and dials tel: links (tap-to-call).
    expect((action as messagingApi.URIAction).uri).toMatch(/^(https:\/\/|tel:\+?\d+$)/);
  } else {
    throw new Error(`unexpected action type ${action.type}`);
  }
}

function expectValidMessage(message: messagingApi.Message): void {
  if (message.type === 'text') {
    const { text } = message as messagingApi.TextMessage;
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
  } else if (message.type === 'flex') {
    const { altText } = message as messagingApi.FlexMessage;
    expect(altText.length).toBeGreaterThan(0);
    expect(altText.length).toBeLessThanOrEqual(MAX_ALT_TEXT_LENGTH);
  } else {
    throw new Error(`unexpected message type ${message.type}`);
  }
  const items = message.quickReply?.items ?? [];
  expect(items.length).toBeLessThanOrEqual(MAX_QUICK_REPLY_ITEMS);
  for (const item of items) expect(item.type).toBe('action');
}

describe('message builders', () => {
  it.each(builders)('%s: fits LINE limits and every action is valid', (_, build) => {
    const messages = build();
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.length).toBeLessThanOrEqual(MAX_MESSAGES_PER_REQUEST);
    for (const message of messages) expectValidMessage(message);
    for (const action of actionsAndTexts(messages).actions) expectValidAction(action);
  });

  it.each(builders)('%s: every text is non-empty Thai in the ค่ะ/คะ voice', (_, build) => {
    const { texts } = actionsAndTexts(build());
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text.trim()).not.toBe('');
    expect(texts.some((text) => THAI.test(text))).toBe(true);
    expect(texts.join('\n')).not.toMatch(/ครับ|undefined|null/);
  });

  it('when the menu has a LIFF URL, then it adds exactly one uri button with that URL', () => {
    const uriActions = (liffUrl: string | undefined) =>
      actionsAndTexts(buildMenuMessages({ liffUrl })).actions.filter((action) => action.type === 'uri');

    expect(uriActions(LIFF_URL)).toEqual([expect.objectContaining({ type: 'uri', uri: LIFF_URL })]);
    expect(uriActions(undefined)).toEqual([]);
  });

  it('when the menu is built, then it offers every main feature as a button', () => {
    const labels = actionsAndTexts(buildMenuMessages({ liffUrl: undefined })).actions.map((action) => action.label);
    expect(labels).toEqual(mainFeatureActions().map((action) => action.label));
  });

  it('when a display name is given, then the welcome greets the person by name', () => {
    const [first] = buildWelcomeMessages('สมชาย');
    expect(first).toMatchObject({ type: 'text', text: expect.stringMatching(/^สวัสดีค่ะ คุณสมชาย 🙏\n/) });
    const [anonymous] = buildWelcomeMessages(undefined);
    expect(anonymous).toMatchObject({ type: 'text', text: expect.stringMatching(/^สวัสดีค่ะ 🙏\n/) });
  });

  it('when contact details are set, then the card has them, a tap-to-call button and whether the office is open', () => {
    const hours = parseOfficeHours('mon-fri 08:30-16:30');
    const open = JSON.stringify(buildContactCard(clinicContact({ name: 'ศูนย์ฯ', phone: '045-123-456', address: 'ถนนแจ้งสนิท อ.เมือง', mapUrl: 'https://maps.example.org/x' }), hours, new Date('2026-12-01T03:00:00Z')));
    expect(open).toContain('ถนนแจ้งสนิท อ.เมือง');
    expect(open).toContain('"uri":"tel:045123456"');
    expect(open).toContain('ตอนนี้เปิดทำการ');
    expect(open).toContain('จันทร์–ศุกร์ 08.30–16.30 น.');
    expect(open).not.toContain('ตัวอย่าง');
    const closed = JSON.stringify(buildContactCard(clinicContact({}), hours, new Date('2026-12-04T11:00:00Z')));
    expect(closed).toContain('เปิดอีกครั้งวันอังคารที่ 8 ธ.ค. 2569 เวลา 08:30 น.');
    expect(closed).toContain('ข้อมูลติดต่อตัวอย่าง');
  });
});

describe('text and action helpers', () => {
  it('when text exceeds 5,000 UTF-16 units, then it is cut to the limit and marked with an ellipsis', () => {
    const text = textMessage('ก'.repeat(MAX_TEXT_LENGTH + 1_000)).text;
    expect(text).toHaveLength(MAX_TEXT_LENGTH);
    expect(text.endsWith('…')).toBe(true);
  });

  it('when text is exactly 5,000 units, then it is left untouched', () => {
    const original = 'ข'.repeat(MAX_TEXT_LENGTH);
    expect(textMessage(original).text).toBe(original);
  });

  it('when no actions are given, then the text message has no quick reply', () => {
    expect(textMessage('สวัสดีค่ะ')).toEqual({ type: 'text', text: 'สวัสดีค่ะ' });
    expect(textMessage('สวัสดีค่ะ', [])).toEqual({ type: 'text', text: 'สวัสดีค่ะ' });
  });

  it('when more than 13 actions are given, then the quick reply keeps the first 13', () => {
    const actions = Array.from({ length: 16 }, (_, index) => messageAction(`ตัวเลือก ${index + 1}`));
    const items = quickReply(actions).items ?? [];
    expect(items).toHaveLength(MAX_QUICK_REPLY_ITEMS);
    expect(items.map((item) => item.action)).toEqual(actions.slice(0, MAX_QUICK_REPLY_ITEMS));
  });

  it('when a label is longer than 20, then it is cut to 20 but the sent text stays whole', () => {
    const long = 'ขอข้อมูลเบี้ยยังชีพผู้สูงอายุเพิ่มเติม';
    const action = messageAction(long);
    expect(action.label).toHaveLength(MAX_ACTION_LABEL_LENGTH);
    expect(action.label?.endsWith('…')).toBe(true);
    expect(action.text).toBe(long);
    expect(postbackAction(long, POSTBACK_ACTIONS.faqAsk).label).toHaveLength(MAX_ACTION_LABEL_LENGTH);
  });
});

describe('truncation at grapheme boundaries', () => {
  it('when the cut falls inside an emoji, then the emoji is dropped whole and the text stays well-formed', () => {
    const text = textMessage('😀'.repeat(3000)).text;
    expect(text.length).toBeLessThanOrEqual(5000);
    expect(text.isWellFormed()).toBe(true);
    expect(text.endsWith('…')).toBe(true);
  });

  it('when the cut falls between a Thai consonant and its tone mark, then they stay together', () => {
    const cut = truncate('ก่'.repeat(30), 20);
    expect(cut).toBe(`${'ก่'.repeat(9)}…`);
  });
});

describe('postback data', () => {
  it('when encoded and parsed, then action and params round-trip, including Thai values', () => {
    const params = { faqId: 'faq-042', vote: 'up', note: 'ดีมาก & ครบถ้วน=ใช่' };
    const data = encodePostbackData(POSTBACK_ACTIONS.faqFeedback, params);
    expect(parsePostbackData(data)).toEqual({ action: 'faq.feedback', params });
  });

  it('when the encoded data is exactly 300 chars, then it is accepted', () => {
    const data = encodePostbackData(POSTBACK_ACTIONS.menu, { x: 'a'.repeat(300 - 'action=menu&x='.length) });
    expect(data).toHaveLength(MAX_POSTBACK_DATA_LENGTH);
  });

  it('when the encoded data exceeds 300 chars, then it throws RangeError', () => {
    expect(() => encodePostbackData(POSTBACK_ACTIONS.menu, { x: 'a'.repeat(300 - 'action=menu&x='.length + 1) })).toThrow(
      RangeError,
    );
  });

  it('when Thai params expand under percent-encoding, then the limit counts the encoded length', () => {
    expect(() => encodePostbackData(POSTBACK_ACTIONS.faqAnswer, { q: 'ก'.repeat(40) })).toThrow(RangeError);
  });

  it('when data has no action, then parsing yields an empty action', () => {
    expect(parsePostbackData('vote=up')).toEqual({ action: '', params: { vote: 'up' } });
  });
});

describe('isMenuCommand', () => {
  it.each(['เมนู', ' Menu ', 'MENU', 'help!', 'help?', 'ช่วยเหลือ', 'วิธีใช้', 'เริ่มต้น', 'start', 'เมนู.', '\tเมนู\n'])(
    'when the text is %j, then it is a menu command',
    (text) => {
      expect(isMenuCommand(text)).toBe(true);
    },
  );

  it.each(['เมนูอาหาร', 'ขอเมนู', 'menus', 'helpful', 'help me', '', '   ', 'เบี้ยผู้สูงอายุ'])(
    'when the text is %j, then it is not a menu command',
    (text) => {
      expect(isMenuCommand(text)).toBe(false);
    },
  );
});
