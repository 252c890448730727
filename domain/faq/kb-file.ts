import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { FaqFileError, validateFaqRows } from './faq-entry-schema.ts';
import type { FaqEntry, FaqLink } from './types.ts';

/**
 * Spreadsheet layout (UTF-8 with BOM so Excel shows Thai): one entry per row, columns
 * id,category,question,variants,keywords,answer,links,enabled. In `variants` and `keywords` items are
 * separated by " | " (a line break inside the cell also works); `links` holds "label|url" pairs separated
 * by " ; "; `enabled` is true/false (also yes/no, 1/0, ใช่/ไม่ใช่; empty means true).
 */
export const CSV_COLUMNS = ['id', 'category', 'question', 'variants', 'keywords', 'answer', 'links', 'enabled'] as const;

const LIST_SEPARATOR = ' | ';
const LINK_SEPARATOR = ' ; ';
const BOM = '\ufeff';
const TRUE_WORDS = new Set(['', 'true', 'yes', 'y', '1', 'ใช่', 'เปิด']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'ไม่', 'ไม่ใช่', 'ปิด']);

function splitList(cell: string): string[] {
  return cell.split(/\s*\|\s*|\r?\n/).map((item) => item.trim()).filter(Boolean);
}

function parseLinks(cell: string): FaqLink[] {
  return cell
    .split(/\s*;\s*|\r?\n/)
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const cut = pair.lastIndexOf('|');
      return cut < 0 ? { label: '', url: pair } : { label: pair.slice(0, cut).trim(), url: pair.slice(cut + 1).trim() };
    });
}

function parseEnabled(cell: string): boolean | string {
  const word = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return cell;
}

function csvRowToEntry(row: Record<string, string>): Record<string, unknown> {
  return {
    id: row.id,
    category: row.category,
    question: row.question,
    variants: splitList(row.variants ?? ''),
    keywords: splitList(row.keywords ?? ''),
    answer: row.answer,
    links: parseLinks(row.links ?? ''),
    enabled: parseEnabled(row.enabled ?? ''),
  };
}

/** Parses and validates a CSV knowledge base. Row numbers in errors count the header as row 1. */
export function parseFaqCsv(text: string): FaqEntry[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { bom: true, columns: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    throw new FaqFileError([`CSV อ่านไม่ได้ (unreadable CSV): ${(error as Error).message}`]);
  }
  const missing = CSV_COLUMNS.filter((column) => column !== 'enabled' && column !== 'links' && !(rows[0] && column in rows[0]));
  if (rows.length > 0 && missing.length > 0) throw new FaqFileError([`ไม่มีคอลัมน์ (missing columns): ${missing.join(', ')}`]);
  return validateFaqRows(rows.map(csvRowToEntry), (index) => `แถว ${index + 2} (row ${index + 2})`);
}

/** Parses and validates a JSON knowledge base (an array of entries, as data/faq/kb.th.json). */
export function parseFaqJson(text: string): FaqEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new FaqFileError([`JSON อ่านไม่ได้ (unreadable JSON): ${(error as Error).message}`]);
  }
  if (!Array.isArray(data)) throw new FaqFileError(['ไฟล์ JSON ต้องเป็นอาร์เรย์ของรายการ (JSON must be an array of entries)']);
  return validateFaqRows(data, (index) => `รายการที่ ${index + 1} (entry ${index + 1})`);
}

/** Writes entries as spreadsheet-friendly CSV (with BOM). */
export function formatFaqCsv(entries: FaqEntry[]): string {
  const rows = entries.map((entry) => [
    entry.id,
    entry.category,
    entry.question,
    entry.variants.join(LIST_SEPARATOR),
    entry.keywords.join(LIST_SEPARATOR),
    entry.answer,
    entry.links.map((link) => `${link.label}|${link.url}`).join(LINK_SEPARATOR),
    entry.enabled ? 'true' : 'false',
  ]);
  return BOM + stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows' });
}

/** Reads a knowledge base from a .json or .csv file. */
export async function readFaqFile(path: string): Promise<FaqEntry[]> {
  const text = await readFile(path, 'utf8');
  return extname(path).toLowerCase() === '.csv' ? parseFaqCsv(text) : parseFaqJson(text);
}
