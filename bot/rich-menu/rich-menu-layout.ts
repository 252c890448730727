import type { RichMenuAction } from './rich-menu-actions.ts';
import { RICH_MENU_ACTIONS } from './rich-menu-actions.ts';
import { FEATURE_NAMES } from '../messages/feature-names.ts';

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
    titleLines: [FEATURE_NAMES.ask],
    subtitle: 'พิมพ์ถามได้เลย ตอบทันที',
    accessibilityLabel: FEATURE_NAMES.ask,
    icon: 'question',
  },
  {
    action: RICH_MENU_ACTIONS.caseNew,
    titleLines: [FEATURE_NAMES.report],
    subtitle: 'แจ้งปัญหา หรือขอคำปรึกษา',
    accessibilityLabel: FEATURE_NAMES.report,
    icon: 'report',
  },
  {
    action: RICH_MENU_ACTIONS.caseList,
    titleLines: [FEATURE_NAMES.track],
    subtitle: 'ดูสถานะเรื่องที่แจ้งไว้',
    accessibilityLabel: FEATURE_NAMES.track,
    icon: 'track',
  },
  {
    action: RICH_MENU_ACTIONS.scheduleMonth,
    titleLines: [FEATURE_NAMES.schedule],
    subtitle: 'กิจกรรมและหน่วยเคลื่อนที่',
    accessibilityLabel: FEATURE_NAMES.schedule,
    icon: 'calendar',
  },
  {
    action: RICH_MENU_ACTIONS.forms,
    titleLines: ['แบบฟอร์ม', 'ออนไลน์'],
    subtitle: 'แจ้งเรื่องแบบละเอียด ติดตามงาน',
    accessibilityLabel: FEATURE_NAMES.forms,
    icon: 'form',
  },
  {
    action: RICH_MENU_ACTIONS.contact,
    titleLines: [FEATURE_NAMES.contact],
    subtitle: 'โทร คุยกับเจ้าหน้าที่ แผนที่',
    accessibilityLabel: FEATURE_NAMES.contact,
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
