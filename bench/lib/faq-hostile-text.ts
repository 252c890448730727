import type { FaqIndex } from '../../domain/faq/faq-index.ts';
import { matchQuestion } from '../../domain/faq/match-question.ts';
import { seededRandom } from '../../domain/faq/calibration/seeded-random.ts';
import { describeTimings, timeEach } from './timing.ts';

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const THAI = 'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮะาำิีึืุูเแโใไ่้๊๋็์';

/**
 * Random letters from `alphabet`, a space after each with probability `spaces`. Joined once, so the
 * text is one flat string as JSON.parse gives a webhook's text (a string grown by `+=` is a rope,
 * and flattening it would be timed as matcher work).
 */
function randomText(random: () => number, alphabet: string, length: number, spaces: number): string {
  const characters: string[] = [];
  while (characters.length < length) {
    characters.push(alphabet[Math.floor(random() * alphabet.length)] ?? '');
    if (random() < spaces) characters.push(' ');
  }
  return characters.slice(0, length).join('');
}

/**
 * CPU budget per message: 5,000-character texts (LINE's limit) of random Latin and random Thai, with
 * and without spaces, plus a long real-looking story; each must cost only a few milliseconds.
 */
export function measureHostileTexts(index: FaqIndex, realQuestion: string): void {
  const random = seededRandom(5000);
  const kinds: [string, () => string][] = [
    ['random Latin, spaced', () => randomText(random, LATIN, 5000, 0.15)],
    ['random Latin, no spaces', () => randomText(random, LATIN, 5000, 0)],
    ['random Thai, spaced', () => randomText(random, THAI, 5000, 0.1)],
    ['random Thai, no spaces', () => randomText(random, THAI, 5000, 0)],
    ['story of 5,000 chars', () => `${'เมื่อวานไปตลาดมาเจอป้าข้างบ้าน แกเล่าเรื่องลูกหลานให้ฟังยาวเลย '.repeat(80)}${realQuestion}`.slice(-5000)],
  ];
  console.log('CPU budget per message (matcher time for 5,000-character messages, 20 of each after one warm-up)');
  for (const [label, make] of kinds) {
    const texts = Array.from({ length: 21 }, make);
    matchQuestion(index, texts[0] ?? '');
    console.log(`  ${label.padEnd(26)} ${describeTimings(timeEach(texts.slice(1), (text) => matchQuestion(index, text)))}`);
  }
}
