import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * A general Thai word list (wordcut's dictionary, about 21,000 words and compounds), so that spelling
 * repair can tell a real word the knowledge base does not use (ทอง, ลาออก, สิบ) from a fragment ICU left
 * of a misspelt one (เกษ|ตกร): only the latter may be re-cut into the index's words.
 */
const FILES = ['wordcut/data/tdict-std.txt', 'wordcut/data/tdict-std-compound.txt', 'wordcut/data/tdict-common.txt'];

let words: ReadonlySet<string> | undefined;

function load(): ReadonlySet<string> {
  const resolve = createRequire(import.meta.url).resolve;
  const lines = FILES.flatMap((file) => readFileSync(resolve(file), 'utf8').split('\n'));
  return new Set(lines.map((line) => line.trim()).filter(Boolean));
}

/** True for a word of the general Thai dictionary. */
export function isThaiWord(word: string): boolean {
  words ??= load();
  return words.has(word);
}
