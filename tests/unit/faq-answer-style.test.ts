import { describe, expect, it } from 'vitest';
import { buildFaqIndex } from '../../domain/faq/faq-index.ts';
import { matchQuestion } from '../../domain/faq/match-question.ts';
import { findCommand } from '../../bot/conversation/vocabulary.ts';
import { isMenuCommand } from '../../bot/conversation/menu-command.ts';
import { FEATURE_NAMES } from '../../bot/messages/feature-names.ts';
import { quotedPhrases } from '../helpers/quoted-names.ts';
import { shippedFaqEntries } from '../helpers/shipped-faq.ts';

const entries = shippedFaqEntries();

/**
 * The bot's features by the one name each has (the bot's own table). An answer that sends people
 * somewhere uses exactly one of these, in «…»; anything else in quotes is an example after «เช่น».
 */
const NAMES: readonly string[] = Object.values(FEATURE_NAMES);

/** Up to the first line break, or the first polite particle or ?/! that ends a sentence before it. */
function firstSentence(answer: string): string {
  const line = answer.split('\n')[0]!;
  const end = /(?:ค่ะ|คะ|ครับ|[?!])(?=\s)/u.exec(line);
  return end ? line.slice(0, end.index + end[0].length) : line;
}

describe('firstSentence', () => {
  it('stops at a line break or at the particle that ends the first sentence', () => {
    expect(firstSentence('โอนภายในวันที่ 10 ของทุกเดือน\n• ถ้าตรงวันหยุด')).toBe('โอนภายในวันที่ 10 ของทุกเดือน');
    expect(firstSentence('ได้ค่ะ ส่งรูปได้ถึง 5 รูป')).toBe('ได้ค่ะ');
    expect(firstSentence('ให้คะแนนได้ 1–5 ดาว')).toBe('ให้คะแนนได้ 1–5 ดาว');
  });
});

describe('knowledge-base answers', () => {
  it('lead with the fact: every first sentence is under 120 characters', () => {
    const long = entries.map((entry) => ({ id: entry.id, first: firstSentence(entry.answer) })).filter(({ first }) => first.length >= 120);
    expect(long).toEqual([]);
  });

  it('fit a phone screen: at most 350 characters, details on their own lines', () => {
    expect(entries.filter((entry) => entry.answer.length > 350).map((entry) => `${entry.id}: ${entry.answer.length}`)).toEqual([]);
  });

  it('say the polite particle where Thai needs it, not in every clause', () => {
    const particles = (answer: string) => answer.match(/ค่ะ|คะ(?!แนน)|ครับ/gu)?.length ?? 0;
    expect(entries.filter((entry) => particles(entry.answer) > 2).map((entry) => entry.id)).toEqual([]);
  });

  it('name only real features: every quoted name is one of the feature names, and the bot understands it typed', () => {
    const wrong = entries.flatMap((entry) =>
      quotedPhrases(entry.answer).filter((quoted) => !quoted.example && !NAMES.includes(quoted.name)).map((quoted) => `${entry.id}: «${quoted.name}»`),
    );
    expect(wrong).toEqual([]);
    const named = new Set(entries.flatMap((entry) => quotedPhrases(entry.answer).filter((quoted) => !quoted.example).map((quoted) => quoted.name)));
    expect(named.size).toBeGreaterThan(5);
    for (const name of named) expect(Boolean(findCommand(name)) || isMenuCommand(name), `«${name}» typed`).toBe(true);
  });

  it('quote example questions that the FAQ really answers or offers as a topic', () => {
    const index = buildFaqIndex(entries);
    const examples = entries.flatMap((entry) => quotedPhrases(entry.answer).filter((quoted) => quoted.example).map((quoted) => quoted.name));
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(matchQuestion(index, example).decision, `“${example}”`).not.toBe('none');
  });

  it('carry links only to official sites', () => {
    const hosts = entries.flatMap((entry) => entry.links.map((link) => new URL(link.url).hostname));
    for (const host of hosts) expect(host).toMatch(/\.(go\.th|or\.th|co\.th)$/);
  });
});

describe('quotedPhrases', () => {
  it('tells names from examples after «เช่น»', () => {
    expect(quotedPhrases('พิมพ์ «ติดตามเรื่อง» หรือถาม เช่น “เบี้ยผู้สูงอายุ” หรือ “ภาษีที่ดิน” แล้วแตะ “ข้าม”')).toEqual([
      { name: 'ติดตามเรื่อง', example: false },
      { name: 'เบี้ยผู้สูงอายุ', example: true },
      { name: 'ภาษีที่ดิน', example: true },
      { name: 'ข้าม', example: false },
    ]);
  });
});
