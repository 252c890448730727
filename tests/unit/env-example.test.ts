import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envSchema } from '../../infra/config/env-schema.ts';

describe('.env.example', () => {
  it('when the service reads a variable, then .env.example lists it with a comment, and lists nothing else', () => {
    const lines = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8').split('\n');
    const listed = lines.flatMap((line, index) => {
      const name = /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1];
      if (!name) return [];
      // A comment may introduce a group of related variables on consecutive lines.
      let above = index - 1;
      while (above >= 0 && /^[A-Z][A-Z0-9_]*=/.test(lines[above] ?? '')) above -= 1;
      return [{ name, commented: (lines[above] ?? '').startsWith('#') }];
    });
    expect(listed.map((entry) => entry.name).sort()).toEqual(Object.keys(envSchema.shape).sort());
    expect(listed.filter((entry) => !entry.commented)).toEqual([]);
  });
});
