import type { BarLayout } from '../../domain/reports/charts/bar-chart.ts';
import type { PublicMapPoint } from '../../domain/reports/public-figures.ts';

/** SVG for the public page, drawn on the server: no script, no tiles, nothing to download. Pure. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const number = new Intl.NumberFormat('th-TH');

export function barChartSvg(layout: BarLayout, title: string): string {
  const grid = layout.gridlines
    .map((line) => `<line x1="${line.x}" x2="${line.x}" y1="0" y2="${layout.plot.height}" stroke="#D5DEDB" stroke-width="0.6"/><text x="${line.x}" y="${layout.height - 2}" font-size="10" text-anchor="middle" fill="#5B6764">${number.format(line.value)}</text>`)
    .join('');
  const labels = layout.rows.map((row) => `<text x="${layout.plot.x - 5}" y="${row.y + row.height / 2 + 4}" font-size="11" text-anchor="end" fill="#1D2624">${escapeHtml(row.label)}</text>`).join('');
  const bars = layout.bars
    .map((bar) => `<rect x="${bar.x}" y="${bar.y}" width="${Math.max(0.5, bar.width).toFixed(1)}" height="${bar.height}" fill="${bar.color}"><title>${escapeHtml(`${bar.category} · ${bar.series}: ${number.format(bar.value)}`)}</title></rect><text x="${(bar.x + bar.width + 3).toFixed(1)}" y="${bar.y + bar.height - 1}" font-size="10" fill="#5B6764">${number.format(bar.value)}</text>`)
    .join('');
  return `<svg viewBox="0 0 ${layout.width} ${layout.height}" width="100%" role="img" aria-label="${escapeHtml(title)}">${grid}${labels}${bars}</svg>`;
}

/**
 * The province's outline with a circle per sub-district of resolved cases, at their rounded mean
 * position (an equirectangular projection is exact enough at the scale of one province).
 */
export function subdistrictMapSvg(outline: [number, number][], points: PublicMapPoint[]): string | null {
  const placed = points.filter((point) => point.point);
  const lats = [...outline.map(([lat]) => lat), ...placed.map((point) => point.point!.lat)];
  const longs = [...outline.map(([, long]) => long), ...placed.map((point) => point.point!.long)];
  if (placed.length === 0 || lats.length < 2) return null;
  const [minLat, maxLat, minLong, maxLong] = [Math.min(...lats), Math.max(...lats), Math.min(...longs), Math.max(...longs)];
  const squash = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const width = 320;
  const scale = (width - 24) / Math.max(0.01, (maxLong - minLong) * squash);
  const height = Math.round((maxLat - minLat) * scale + 24);
  const x = (long: number) => (12 + (long - minLong) * squash * scale).toFixed(1);
  const y = (lat: number) => (12 + (maxLat - lat) * scale).toFixed(1);
  const shape = outline.length >= 3 ? `<polygon points="${outline.map(([lat, long]) => `${x(long)},${y(lat)}`).join(' ')}" fill="#E8F4F0" stroke="#0F6E5A" stroke-width="1"/>` : '';
  const circles = placed
    .map((point) => {
      const [cx, cy] = [x(point.point!.long), y(point.point!.lat)];
      const title = `<title>${escapeHtml(`ต.${point.name} อ.${point.districtName}: แก้ไขเสร็จ ${number.format(point.resolved)} เรื่อง`)}</title>`;
      return `<g><circle cx="${cx}" cy="${cy}" r="${(7 + 2.5 * Math.sqrt(point.resolved)).toFixed(1)}" fill="#0F6E5A" fill-opacity="0.7" stroke="#0A5243">${title}</circle><text x="${cx}" y="${Number(cy) + 4}" font-size="11" font-weight="700" text-anchor="middle" fill="#FFFFFF">${number.format(point.resolved)}</text></g>`;
    })
    .join('');
  return `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="แผนที่เรื่องที่แก้ไขเสร็จ แยกตามตำบล">${shape}${circles}</svg>`;
}
