import type { RichMenuAction } from './rich-menu-actions.ts';
import { RICH_MENU_ACTIONS } from './rich-menu-actions.ts';

/** LINE's largest rich menu size; the image generator and the menu definition both read it. */
export const RICH_MENU_SIZE = { width: 2500, height: 1686 } as const;

const COLUMNS = 3;
const ROWS = 2;

export type TileBounds = { x: number; y: number; width: number; height: number };

export type IconName = 'question' | 'report' | 'track' | 'calendar' | 'form' | 'contact';

export type RichMenuTile = {
  action: RichMenuAction;
  /** Lines drawn on the image; kept short so they stay readable on a small phone. */
  titleLines: readonly string[];
  subtitle: string;
  /** Spoken by screen readers; LINE allows at most 20 characters. */
  accessibilityLabel: string;
  icon: IconName;
};

/** Tiles in reading order: left to right, top row first. */
export const RICH_MENU_TILES: readonly RichMenuTile[] = [
  {
    action: RICH_MENU_ACTIONS.faqAsk,
    titleLines: ['ถามคำถาม'],
    subtitle: 'พิมพ์ถามได้เลย ตอบทันที',
    accessibilityLabel: 'ถามคำถาม',
    icon: 'question',
  },
  {
    action: RICH_MENU_ACTIONS.caseNew,
    titleLines: ['แจ้งปัญหา', 'ขอคำปรึกษา'],
    subtitle: 'ส่งเรื่องถึงเจ้าหน้าที่',
    accessibilityLabel: 'แจ้งปัญหา/ปรึกษา',
    icon: 'report',
  },
  {
    action: RICH_MENU_ACTIONS.caseList,
    titleLines: ['ติดตามเรื่อง', 'ของฉัน'],
    subtitle: 'ดูสถานะเรื่องที่แจ้งไว้',
    accessibilityLabel: 'ติดตามเรื่องของฉัน',
    icon: 'track',
  },
  {
    action: RICH_MENU_ACTIONS.scheduleMonth,
    titleLines: ['ตารางกิจกรรม'],
    subtitle: 'กิจกรรมและหน่วยเคลื่อนที่',
    accessibilityLabel: 'ตารางกิจกรรม',
    icon: 'calendar',
  },
  {
    action: RICH_MENU_ACTIONS.forms,
    titleLines: ['แบบฟอร์ม'],
    subtitle: 'กรอกข้อมูลออนไลน์',
    accessibilityLabel: 'แบบฟอร์ม',
    icon: 'form',
  },
  {
    action: RICH_MENU_ACTIONS.contact,
    titleLines: ['ติดต่อศูนย์'],
    subtitle: 'โทร ที่ตั้ง เวลาทำการ',
    accessibilityLabel: 'ติดต่อศูนย์',
    icon: 'contact',
  },
];

/** Splits the image into a 3×2 grid of whole pixels so adjacent areas neither overlap nor leave a gap. */
export function tileBounds(index: number): TileBounds {
  const column = index % COLUMNS;
  const row = Math.floor(index / COLUMNS);
  const xEdges = gridEdges(RICH_MENU_SIZE.width, COLUMNS);
  const yEdges = gridEdges(RICH_MENU_SIZE.height, ROWS);
  const [x, xEnd, y, yEnd] = [xEdges[column], xEdges[column + 1], yEdges[row], yEdges[row + 1]];
  if (x === undefined || xEnd === undefined || y === undefined || yEnd === undefined) {
    throw new RangeError(`tile ${index} is outside the ${COLUMNS}×${ROWS} grid`);
  }
  return { x, y, width: xEnd - x, height: yEnd - y };
}

function gridEdges(total: number, parts: number): number[] {
  return Array.from({ length: parts + 1 }, (_, part) => Math.round((part * total) / parts));
}
