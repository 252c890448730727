import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FaqFileError } from '../../domain/faq/faq-entry-schema.ts';
import { formatFaqCsv, parseFaqCsv, parseFaqJson } from '../../domain/faq/kb-file.ts';

const shipped = readFileSync(fileURLToPath(new URL('../../data/faq/kb.th.json', import.meta.url)), 'utf8');
const HEADER = 'id,category,question,variants,keywords,answer,links,enabled';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof FaqFileError) return error.problems;
    throw error;
  }
  throw new Error('expected a FaqFileError');
}

describe('knowledge-base files', () => {
  it('reads the shipped JSON with enabled defaulting to true', () => {
    const entries = parseFaqJson(shipped);
    expect(entries).toHaveLength(88);
    expect(entries.every((entry) => entry.enabled)).toBe(true);
  });

  it('when entries go to CSV and back, then nothing changes', () => {
    const entries = parseFaqJson(shipped).map((entry, index) =>
      index === 0 ? { ...entry, enabled: false, links: [{ label: 'ตัวอย่าง, "คำพูด"', url: 'https://example.org/a?b=1' }] } : entry,
    );
    expect(parseFaqCsv(formatFaqCsv(entries))).toEqual(entries);
  });

  it('writes CSV with a BOM so Excel shows Thai, and lists joined by " | "', () => {
    const csv = formatFaqCsv(parseFaqJson(shipped).slice(0, 1));
    expect(csv.startsWith(`\ufeff${HEADER}`)).toBe(true);
    expect(csv).toContain('คลินิกเซ็นเตอร์ของ อบจ. ทำหน้าที่อะไร | ศูนย์เครือข่าย');
  });

  it('reads spreadsheet values: line breaks as list separators and yes/no words for enabled', () => {
    const csv = `${HEADER}\nq-1,misc,คำถาม,"แบบที่หนึ่ง\nแบบที่สอง",คำ | ค้น,คำตอบค่ะ,เว็บ|https://example.org,ไม่\n`;
    const [entry] = parseFaqCsv(csv);
    expect(entry?.variants).toEqual(['แบบที่หนึ่ง', 'แบบที่สอง']);
    expect(entry?.keywords).toEqual(['คำ', 'ค้น']);
    expect(entry?.links).toEqual([{ label: 'เว็บ', url: 'https://example.org' }]);
    expect(entry?.enabled).toBe(false);
  });

  it('when CSV rows are invalid, then every problem names its spreadsheet row', () => {
    const csv = `${HEADER}\nok-1,a,q,,,answer,,\nBad Id,a,q,,,answer,,\nok-1,a,q,,,,,maybe\n`;
    const problems = problemsOf(() => parseFaqCsv(csv));
    expect(problems.some((problem) => problem.startsWith('แถว 3 (row 3): id'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('แถว 4 (row 4): answer'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('แถว 4 (row 4): enabled'))).toBe(true);
  });

  it('when JSON has a duplicate id or a bad link, then the entry number is reported', () => {
    const base = { category: 'a', question: 'q', answer: 'ตอบ' };
    const json = JSON.stringify([{ ...base, id: 'x' }, { ...base, id: 'x', links: [{ label: 'l', url: 'ftp://x' }] }]);
    const problems = problemsOf(() => parseFaqJson(json));
    expect(problems.some((problem) => problem.includes('รายการที่ 2 (entry 2): links.0.url'))).toBe(true);
    expect(problems.some((problem) => problem.includes('duplicate id'))).toBe(false);
    expect(problemsOf(() => parseFaqJson(JSON.stringify([{ ...base, id: 'x' }, { ...base, id: 'x' }])))[0]).toMatch(/duplicate id/);
  });

  it('when the file is not JSON or not an array, then it says so', () => {
    expect(problemsOf(() => parseFaqJson('{')).at(0)).toMatch(/unreadable JSON/);
    expect(problemsOf(() => parseFaqJson('{}')).at(0)).toMatch(/must be an array/);
  });
});
