import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };

/** What `npm start` runs: the service and what it loads (local mode's emulator and console, the scripts). */
const RUNTIME_DIRS = ['bot', 'infra', 'domain', 'db', 'models', 'jobs', 'scripts', 'dev', 'liff'];

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

describe('dependencies', () => {
  it('when a package is a runtime dependency, then the service imports it (benchmark and test tools are devDependencies)', () => {
    const code = RUNTIME_DIRS.flatMap((dir) => sourceFiles(join(root, dir))).map((file) => readFileSync(file, 'utf8')).join('\n');
    const referenced = (name: string) => ["'", '"', '`'].some((quote) => code.includes(`${quote}${name}`));
    const unused = Object.keys(packageJson.dependencies).filter((name) => !referenced(name));
    expect(unused).toEqual([]);
  });

  it('when the tree is installed, then it holds one copy of the MongoDB driver', () => {
    const copies = Object.keys(lock.packages).filter((path) => /(^|\/)node_modules\/mongodb$/.test(path));
    expect(copies).toEqual(['node_modules/mongodb']);
  });
});
