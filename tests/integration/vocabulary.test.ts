import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../helpers/bot-harness.ts';
import { actionsOf, chatAs, type BotMessage } from '../helpers/chat-driver.ts';
import { buttonLabels, quotedPhrases, readSource, stringLiterals, SUBSTITUTION, typeScriptFiles } from '../helpers/quoted-names.ts';
import { parseFaqJson } from '../../domain/faq/kb-file.ts';
import { findCommand } from '../../bot/conversation/vocabulary.ts';
import { typedKey } from '../../domain/conversation/typed-key.ts';
import { FEATURE_NAMES, type FeatureKey } from '../../bot/messages/feature-names.ts';
import { isMenuCommand } from '../../bot/conversation/menu-command.ts';
import { buildFallbackMessages } from '../../bot/messages/fallback-messages.ts';
import { POSTBACK_ACTIONS, encodePostbackData, parsePostbackData, type PostbackAction } from '../../bot/postback/postback-data.ts';
import { UnansweredQuestionModel } from '../../models/unanswered-question.ts';
import { mainFeatureActions } from '../../bot/messages/main-features.ts';
import { RICH_MENU_TILES } from '../../bot/rich-menu/rich-menu-layout.ts';

const bot = useBotHarness({ FLOOD_BURST_MESSAGES: '200', FLOOD_MESSAGES_PER_MINUTE: '2000' });

type Feature = {
  /** The button that does it (none for a typed form such as «ลงทะเบียน 483920»): typing the name gives what tapping it gives. */
  button?: { action: PostbackAction; params?: Record<string, string> };
  /** What the feature visibly does for a new villager, so a tap and a typed name cannot both be broken alike. */
  does: (reply: BotMessage[]) => boolean;
};

const sends = (reply: BotMessage[], action: string) => reply.some((message) => actionsOf(message).some((button) => button.data !== undefined && parsePostbackData(button.data).action === action));
const opens = (reply: BotMessage[], uri: RegExp) => reply.some((message) => actionsOf(message).some((button) => uri.test(button.uri ?? '')));
const says = (reply: BotMessage[], text: string) => reply.some((message) => `${message.text ?? ''}${message.altText ?? ''}`.includes(text));

/** Every feature of the bot's table (FEATURE_NAMES), with its button and what it does: a new feature needs its line here. */
const FEATURES: Record<FeatureKey, Feature> = {
  ask: { button: { action: POSTBACK_ACTIONS.faqAsk }, does: (reply) => says(reply, 'พิมพ์คำถาม') },
  report: { button: { action: POSTBACK_ACTIONS.caseNew, params: { k: 'problem' } }, does: (reply) => sends(reply, POSTBACK_ACTIONS.intakeCategory) },
  consult: { button: { action: POSTBACK_ACTIONS.caseNew, params: { k: 'consultation' } }, does: (reply) => sends(reply, POSTBACK_ACTIONS.intakeCategory) },
  talk: { button: { action: POSTBACK_ACTIONS.consultStart }, does: (reply) => sends(reply, POSTBACK_ACTIONS.consultTopic) },
  track: { button: { action: POSTBACK_ACTIONS.caseList }, does: (reply) => says(reply, 'ยังไม่มีเรื่องที่แจ้งไว้') },
  schedule: { button: { action: POSTBACK_ACTIONS.scheduleMonth }, does: (reply) => says(reply, FEATURE_NAMES.schedule) && sends(reply, POSTBACK_ACTIONS.newsStart) },
  news: { button: { action: POSTBACK_ACTIONS.newsStart }, does: (reply) => reply.some((message) => actionsOf(message).some((button) => button.type === 'location')) },
  newsStop: { button: { action: POSTBACK_ACTIONS.newsStop }, does: (reply) => says(reply, 'รับข่าว') },
  contact: { button: { action: POSTBACK_ACTIONS.contact }, does: (reply) => opens(reply, /^tel:/) },
  forms: { button: { action: POSTBACK_ACTIONS.forms }, does: (reply) => opens(reply, /\/cases\/new$/) || sends(reply, POSTBACK_ACTIONS.intakeKind) },
  menu: { button: { action: POSTBACK_ACTIONS.menu }, does: (reply) => sends(reply, POSTBACK_ACTIONS.caseNew) && sends(reply, POSTBACK_ACTIONS.contact) },
  myWork: { button: { action: POSTBACK_ACTIONS.officerQueue }, does: (reply) => says(reply, 'เฉพาะเจ้าหน้าที่') },
  register: { does: (reply) => says(reply, 'รหัสเชิญ 6 หลัก') },
  myData: { button: { action: POSTBACK_ACTIONS.privacyAccess }, does: (reply) => says(reply, 'บันทึกคำขอดูข้อมูลแล้ว') },
  eraseData: { button: { action: POSTBACK_ACTIONS.privacyErase }, does: (reply) => sends(reply, POSTBACK_ACTIONS.privacyEraseConfirm) },
};
const FEATURE_KEYS = Object.keys(FEATURES) as FeatureKey[];

/** The feature a typed name invokes: its own name, the menu, or a word of the same command in the vocabulary. */
function featureOf(name: string): FeatureKey | undefined {
  const named = FEATURE_KEYS.find((key) => typedKey(FEATURE_NAMES[key]) === typedKey(name));
  if (named) return named;
  if (isMenuCommand(name)) return 'menu';
  const command = findCommand(name);
  return command && FEATURE_KEYS.find((key) => findCommand(FEATURE_NAMES[key]) === command);
}

/**
 * Every name a person is told to type or tap, with where it is written: the bot's table of feature
 * names, the main menu's buttons and rich-menu tiles, the knowledge base's answers, and the strings of the bot's message builders and
 * button handlers. Not names: examples
 * after «เช่น», run-time data (`${…}`), and labels of buttons the bot builds that are not feature
 * names (tapped within a flow, like “ข้าม”). Every other quoted phrase must work when typed.
 */
function quotedNames(): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const add = (name: string, where: string) => names.set(name, [...(names.get(name) ?? []), where]);
  for (const name of Object.values(FEATURE_NAMES)) add(name, 'FEATURE_NAMES');
  for (const action of mainFeatureActions()) if (action.label) add(action.label, 'the menu');
  for (const tile of RICH_MENU_TILES) add(tile.accessibilityLabel, 'the rich menu');
  for (const entry of parseFaqJson(readFileSync(new URL('../../data/faq/kb.th.json', import.meta.url), 'utf8'))) {
    for (const quoted of quotedPhrases(entry.answer)) if (!quoted.example) add(quoted.name, `kb.th.json ${entry.id}`);
  }
  const tapOnly = new Set([...typeScriptFiles('bot'), ...typeScriptFiles('domain')].flatMap((file) => buttonLabels(readSource(file))));
  for (const file of [...typeScriptFiles('bot/messages'), ...typeScriptFiles('bot/postback')]) {
    for (const text of stringLiterals(readSource(file))) {
      for (const quoted of quotedPhrases(text)) {
        if (quoted.example || quoted.name.includes(SUBSTITUTION)) continue;
        if (featureOf(quoted.name) || !tapOnly.has(quoted.name)) add(quoted.name, file);
      }
    }
  }
  return names;
}

const NAMES = quotedNames();

/** Sends a button's postback as LINE does when it is tapped, and returns the reply. */
async function tap(userId: string, data: string): Promise<BotMessage[]> {
  const before = bot().emulator.deliveries({ userId }).length;
  await bot().emulator.sendFromUser(userId, { type: 'postback', data });
  await bot().emulator.waitForDeliveries({ userId }, { count: before + 1, timeoutMs: 10_000 });
  await new Promise((resolve) => setTimeout(resolve, 80));
  return bot().emulator.deliveries({ userId }).slice(before).map((delivery) => delivery.message as BotMessage);
}

const newVillager = (name: string) => bot().emulator.users.add({ displayName: `ชาวบ้าน ${name}` }).userId;

/** What a person sees, without what differs per person (ticket and request numbers, flow ids). */
const shape = (reply: BotMessage[]) =>
  reply.map((message) => ({ type: message.type, text: `${message.text ?? message.altText ?? ''}`.replace(/\d+/g, '#'), buttons: actionsOf(message).map((button) => button.label) }));

const FAQ_ACTIONS = new Set<string>([POSTBACK_ACTIONS.faqFeedback, POSTBACK_ACTIONS.faqAnswer, POSTBACK_ACTIONS.faqNoneMatch, POSTBACK_ACTIONS.faqMore]);

async function expectNoDeadEnd(userId: string, reply: BotMessage[]) {
  const postbacks = reply.flatMap((message) => actionsOf(message)).flatMap((button) => (button.data ? [parsePostbackData(button.data)] : []));
  expect(postbacks.filter((data) => FAQ_ACTIONS.has(data.action) || data.params.uq), 'an FAQ answer, choice or no-answer card').toEqual([]);
  expect(reply.map((message) => message.text), 'the fallback').not.toContain((buildFallbackMessages()[0] as { text: string }).text);
  expect(await UnansweredQuestionModel.countDocuments({ lineUserId: userId }), 'stored as an unanswered question').toBe(0);
}

describe('one vocabulary: every name the bot and its answers quote works when typed', () => {
  it('finds the names in the knowledge base and in the message builders', () => {
    const where = [...NAMES.values()].flat();
    expect(where.some((file) => file.startsWith('kb.th.json'))).toBe(true);
    expect(where.some((file) => file.startsWith('bot/messages'))).toBe(true);
    expect([...NAMES.keys()]).toEqual(expect.arrayContaining(['แจ้งเรื่อง', 'ติดตามเรื่อง', 'ตารางกิจกรรม', 'ติดต่อศูนย์', 'เมนู']));
  });

  it.each([...NAMES].map(([name, where]) => [name, [...new Set(where)].slice(0, 3).join(', ')]))('typing «%s» (in %s) does what the feature does', async (name) => {
    const typist = newVillager(name);
    const typed = await chatAs(bot().emulator, typist).say(name);
    await expectNoDeadEnd(typist, typed);
    const feature = featureOf(name);
    if (!feature) return;
    const { button, does } = FEATURES[feature];
    expect(does(typed), `«${name}» does what «${FEATURE_NAMES[feature]}» does: ${JSON.stringify(shape(typed))}`).toBe(true);
    if (!button) return;
    const tapper = newVillager(`${name} tap`);
    const tapped = await tap(tapper, encodePostbackData(button.action, button.params));
    expect(shape(typed)).toEqual(shape(tapped));
  });

  it.each(['ลงทะเบียน 483920', 'CC-2569-00042'])('typing an officer code or a ticket number (%s) is a command, not a question', async (text) => {
    const typist = newVillager(text);
    await expectNoDeadEnd(typist, await chatAs(bot().emulator, typist).say(text));
  });
});
