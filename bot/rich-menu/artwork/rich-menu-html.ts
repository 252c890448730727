import { RICH_MENU_ACTIONS } from '../rich-menu-actions.ts';
import { RICH_MENU_SIZE, RICH_MENU_TILES, tileBounds, type RichMenuTile, type TileBounds } from '../rich-menu-layout.ts';
import { iconSvg } from './rich-menu-icons.ts';

/** Font files embedded as data URLs so the picture does not depend on fonts installed on the machine. */
export type EmbeddedFont = { family: string; weight: number; dataUrl: string };

const FONT_FAMILY = 'Sarabun';
const PALETTE = {
  page: '#063d33',
  tile: '#0b5c4c',
  tileAccent: '#f2c14e',
  textOnTile: '#ffffff',
  subtleOnTile: '#d3ece4',
  textOnAccent: '#0a2f27',
  iconDisc: '#ffffff',
  iconStroke: '#0b5c4c',
};

/** A full HTML page that draws the 2500×1686 rich menu: one card per tile, in the same grid as the tap areas. */
export function buildRichMenuHtml(fonts: readonly EmbeddedFont[]): string {
  const tiles = RICH_MENU_TILES.map((tile, index) => tileHtml(tile, tileBounds(index))).join('');
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><style>
${fonts.map(fontFaceCss).join('\n')}
${PAGE_CSS}
</style></head><body>${tiles}</body></html>`;
}

function fontFaceCss(font: EmbeddedFont): string {
  return `@font-face{font-family:'${font.family}';font-weight:${font.weight};font-style:normal;src:url(${font.dataUrl}) format('woff2');}`;
}

/** The "report a problem" tile is the main reason people write to the centre, so it gets the accent colour. */
function tileHtml(tile: RichMenuTile, bounds: TileBounds): string {
  const accent = tile.action === RICH_MENU_ACTIONS.caseNew;
  const box = `left:${bounds.x}px;top:${bounds.y}px;width:${bounds.width}px;height:${bounds.height}px`;
  const title = tile.titleLines.map(escapeHtml).join('<br>');
  return `<section class="tile${accent ? ' accent' : ''}" style="${box}"><div class="card">
<div class="disc">${iconSvg(tile.icon, 190)}</div>
<div class="text"><h2>${title}</h2><p>${escapeHtml(tile.subtitle)}</p></div></div></section>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const PAGE_CSS = `
*{box-sizing:border-box;margin:0;padding:0}
html,body{width:${RICH_MENU_SIZE.width}px;height:${RICH_MENU_SIZE.height}px;overflow:hidden;background:${PALETTE.page}}
body{position:relative;font-family:'${FONT_FAMILY}',sans-serif;-webkit-font-smoothing:antialiased}
.tile{position:absolute;padding:14px}
.card{width:100%;height:100%;border-radius:44px;background:${PALETTE.tile};color:${PALETTE.textOnTile};
  display:flex;flex-direction:column;align-items:center;text-align:center;padding-top:64px}
.disc{flex:none;width:290px;height:290px;border-radius:50%;background:${PALETTE.iconDisc};color:${PALETTE.iconStroke};
  display:flex;align-items:center;justify-content:center}
.text{flex:1;display:flex;flex-direction:column;justify-content:center;gap:14px;padding-bottom:24px}
h2{font-weight:700;font-size:110px;line-height:1.12}
p{font-weight:500;font-size:56px;line-height:1.2;color:${PALETTE.subtleOnTile}}
.accent .card{background:${PALETTE.tileAccent};color:${PALETTE.textOnAccent}}
.accent p{color:${PALETTE.textOnAccent}}
.accent .disc{color:${PALETTE.textOnAccent}}
`;
