import { layoutBarChart, PERIOD_COLORS } from '../../domain/reports/charts/bar-chart.ts';
import { formatValue } from '../../domain/reports/report-format.ts';
import type { PublicActivity, PublicDashboard } from '../../domain/reports/public-figures.ts';
import type { Breakdown } from '../../domain/reports/report-types.ts';
import { formatThaiDate, formatThaiDateTime, formatThaiTime } from '../../domain/time/thai-time.ts';
import { PUBLIC_STYLES } from './public-styles.ts';
import { barChartSvg, escapeHtml, subdistrictMapSvg } from './public-svg.ts';

const TOP_ROWS = 10;
const number = new Intl.NumberFormat('th-TH');

function tile(label: string, value: string, note = ''): string {
  return `<li class="tile"><span>${escapeHtml(label)}</span><strong>${escapeHtml(value)}</strong>${note ? `<small>${escapeHtml(note)}</small>` : ''}</li>`;
}

/** Open and resolved per district or category, most cases first, as bars with the numbers in a table beside. */
function breakdownSection(title: string, rows: Breakdown[]): string {
  const shown = [...rows].sort((a, b) => b.openAtEnd + b.resolved - (a.openAtEnd + a.resolved)).filter((row) => row.openAtEnd + row.resolved > 0).slice(0, TOP_ROWS);
  if (shown.length === 0) return `<section><h2>${escapeHtml(title)}</h2><p class="muted">ยังไม่มีเรื่องในปีงบประมาณนี้</p></section>`;
  const layout = layoutBarChart({
    categories: shown.map((row) => row.label),
    series: [
      { name: 'แก้ไขเสร็จ', color: PERIOD_COLORS.current, values: shown.map((row) => row.resolved) },
      { name: 'กำลังดำเนินการ', color: '#E0A100', values: shown.map((row) => row.openAtEnd) },
    ],
    width: 320,
    labelWidth: 130,
    barHeight: 10,
  });
  const table = shown.map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th><td>${number.format(row.resolved)}</td><td>${number.format(row.openAtEnd)}</td></tr>`).join('');
  return `<section><h2>${escapeHtml(title)}</h2><p class="legend"><span class="swatch done"></span>แก้ไขเสร็จ <span class="swatch open"></span>กำลังดำเนินการ</p>${barChartSvg(layout, title)}
<details><summary>ดูเป็นตาราง</summary><table><thead><tr><th scope="col">รายการ</th><th scope="col">เสร็จ</th><th scope="col">ดำเนินการ</th></tr></thead><tbody>${table}</tbody></table></details></section>`;
}

function mapSection(dashboard: PublicDashboard, outline: [number, number][]): string {
  const svg = subdistrictMapSvg(outline, dashboard.map);
  const list = dashboard.map.map((point) => `<li><span>ต.${escapeHtml(point.name)} <small>อ.${escapeHtml(point.districtName)}</small></span><strong>${number.format(point.resolved)}</strong></li>`).join('');
  const picture = svg ? `<figure class="map">${svg}<figcaption>วงกลมคือตำบลที่มีเรื่องแก้ไขเสร็จอย่างน้อย 3 เรื่องที่ระบุตำแหน่ง วางที่ตำแหน่งเฉลี่ยปัดเป็นระดับตำบล (ประมาณ 1 กม.)</figcaption></figure>` : '';
  return `<section><h2>เรื่องที่แก้ไขเสร็จ แยกตามตำบล</h2>${picture}${list ? `<ol class="places">${list}</ol>` : '<p class="muted">ยังไม่มีเรื่องที่แก้ไขเสร็จ</p>'}</section>`;
}

function activitySection(activities: PublicActivity[] | null): string {
  if (activities === null) return '';
  const items = activities.map((activity) => `<li><strong>${escapeHtml(activity.title)}</strong><span>${escapeHtml(`${formatThaiDate(new Date(activity.startAt))} ${formatThaiTime(new Date(activity.startAt))} · ${activity.venue}`)}</span></li>`).join('');
  return `<section><h2>กิจกรรมเดือนนี้</h2>${items ? `<ul class="activities">${items}</ul>` : '<p class="muted">ยังไม่มีกิจกรรมในเดือนนี้</p>'}</section>`;
}

/** The whole public page: Thai, one column on a phone, self-hosted font, no script at all. Pure. */
export function renderPublicPage(dashboard: PublicDashboard, outline: [number, number][], activities: PublicActivity[] | null): string {
  const satisfaction = dashboard.satisfaction.mean === null ? '–' : `${formatValue(dashboard.satisfaction.mean, 'score')} / 5`;
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ผลการดำเนินงาน ศูนย์ Clinic Center</title><meta name="description" content="เรื่องที่ประชาชนแจ้งและผลการแก้ไข ${escapeHtml(dashboard.label)}">
<link rel="preload" href="/assets/fonts/sarabun-thai-400-normal.woff2" as="font" type="font/woff2" crossorigin>
<style>${PUBLIC_STYLES}</style></head>
<body><header><h1>ผลการดำเนินงาน ศูนย์ Clinic Center</h1><p>${escapeHtml(dashboard.label)}</p><p class="updated">ข้อมูล ณ ${escapeHtml(formatThaiDateTime(new Date(dashboard.generatedAt)))}</p></header>
<main>
<ul class="tiles">
${tile('เรื่องที่รับแจ้ง', number.format(dashboard.received))}
${tile('แก้ไขเสร็จ', number.format(dashboard.resolved))}
${tile('กำลังดำเนินการ', number.format(dashboard.openNow))}
${tile('เสร็จทันกำหนด', formatValue(dashboard.onTimeShare, 'percent'))}
${tile('เวลาแก้ไขเสร็จ (มัธยฐาน)', formatValue(dashboard.medianResolveDays, 'days'))}
${tile('ความพึงพอใจ', satisfaction, `${number.format(dashboard.satisfaction.count)} คนให้คะแนน`)}
</ul>
${breakdownSection('แยกตามอำเภอ', dashboard.byDistrict)}
${breakdownSection('แยกตามประเภทเรื่อง', dashboard.byCategory)}
${mapSection(dashboard, outline)}
${activitySection(activities)}
</main>
<footer><p>ไม่มีข้อมูลส่วนบุคคลของผู้แจ้งในหน้านี้ ตำแหน่งปัดเป็นระดับตำบล</p><p>ข้อมูลเปิดตามมาตรฐาน Open311: <a href="/open311/v2/services.json">ประเภทเรื่อง</a> · <a href="/open311/v2/requests.json">รายการเรื่อง</a></p></footer>
</body></html>`;
}
