import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A phrase a message puts in «…» or “…”: a name to type or tap, or an example of what to type. */
export type QuotedPhrase = { name: string; example: boolean };

const QUOTED = /[«“]([^»”\n]+)[»”]/gu;
/** Quoted phrases right after «เช่น», joined by spaces, commas, «หรือ» or «และ», are examples, not names. */
const EXAMPLE_RUN = /เช่น\s*((?:[«“][^»”\n]+[»”]\s*(?:,|หรือ|และ)?\s*)+)/gu;
/** Stands for a `${…}` of a template literal: a phrase holding it is run-time data, never a name. */
export const SUBSTITUTION = '\u0000';

export function quotedPhrases(text: string): QuotedPhrase[] {
  const exampleAt = new Set<number>();
  for (const run of text.matchAll(EXAMPLE_RUN)) {
    const start = run.index + run[0].indexOf(run[1]!);
    for (const quote of run[1]!.matchAll(QUOTED)) exampleAt.add(start + quote.index);
  }
  return [...text.matchAll(QUOTED)].map((match) => ({ name: match[1]!.trim(), example: exampleAt.has(match.index) }));
}

/**
 * The string and template literals of TypeScript source, comments skipped (a «…» in a comment is
 * not something a person reads). A small scanner: enough for this codebase's message builders.
 */
export function stringLiterals(source: string): string[] {
  const found: string[] = [];
  let at = 0;
  const readQuoted = (quote: string): string => {
    let text = '';
    for (at++; at < source.length && source[at] !== quote; at++) {
      if (source[at] === '\\') at++;
      text += source[at];
    }
    at++;
    return text;
  };
  const readTemplate = (): string => {
    let text = '';
    for (at++; at < source.length && source[at] !== '`'; at++) {
      if (source[at] === '\\') text += source[++at];
      else if (source.startsWith('${', at)) {
        at += 2;
        scan('}');
        text += SUBSTITUTION;
      } else text += source[at];
    }
    at++;
    return text;
  };
  const regexMayStart = () => /[(,=:[!&|?{};+\-*%<>~^]\s*$|^\s*$|\breturn\s*$/.test(source.slice(Math.max(0, at - 12), at));
  const skipRegex = () => {
    let inClass = false;
    for (at++; at < source.length && source[at] !== '\n'; at++) {
      if (source[at] === '\\') at++;
      else if (source[at] === '[') inClass = true;
      else if (source[at] === ']') inClass = false;
      else if (source[at] === '/' && !inClass) break;
    }
    at++;
  };
  function scan(until?: string): void {
    let depth = 0;
    while (at < source.length) {
      const char = source[at]!;
      if (until && char === until && depth === 0) {
        return;
      } else if (source.startsWith('//', at)) at = source.indexOf('\n', at) === -1 ? source.length : source.indexOf('\n', at);
      else if (source.startsWith('/*', at)) at = source.indexOf('*/', at) === -1 ? source.length : source.indexOf('*/', at) + 2;
      else if (char === "'" || char === '"') found.push(readQuoted(char));
      else if (char === '`') found.push(readTemplate());
      else if (char === '/' && regexMayStart()) skipRegex();
      else {
        if (char === '{') depth++;
        if (char === '}') depth--;
        at++;
      }
    }
  }
  scan();
  return found;
}

/** The source of a call's first argument, from just after its opening parenthesis. */
function firstArgument(source: string, from: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let at = from; at < source.length; at++) {
    const char = source[at]!;
    if (quote) {
      if (char === '\\') at++;
      else if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '(' || char === '[' || char === '{') depth++;
    else if ((char === ')' || char === ']' || char === '}') && depth > 0) depth--;
    else if ((char === ',' || char === ')') && depth === 0) return source.slice(from, at);
  }
  return source.slice(from);
}

/**
 * Labels of the buttons a source builds: the literals of the first argument of postbackAction(…),
 * messageAction(…), buttonAction(…) (also `n === 0 ? 'ข้าม' : 'ส่งรูปครบแล้ว'`), and { label: 'โทร 1669' }.
 */
export function buttonLabels(source: string): string[] {
  const calls = [...source.matchAll(/\b\w*Action\(/g)].flatMap((match) => stringLiterals(firstArgument(source, match.index + match[0].length)));
  const properties = [...source.matchAll(/\blabel:\s*(['"])((?:(?!\1)[^\\\n])+)\1/g)].map((match) => match[2]!);
  // A table of labels the builders share (INTAKE_LABELS): its values are button labels too.
  const tables = [...source.matchAll(/const \w+_LABELS = \{([^}]*)\}/g)].flatMap((match) => stringLiterals(match[1]!));
  return [...calls, ...properties, ...tables].filter((label) => !label.includes(SUBSTITUTION));
}

export function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

export function readSource(file: string): string {
  return readFileSync(file, 'utf8');
}
