import type { messagingApi } from '@line/bot-sdk';
import { BRAND_COLOR, flexBox, flexButton, flexMessage, flexRow, flexText } from '../bot/messages/flex.ts';
import { textMessage } from '../bot/messages/quick-reply.ts';
import { formatChange, formatValue } from '../domain/reports/report-format.ts';
import { reportTables } from '../domain/reports/report-tables.ts';
import type { Report } from '../domain/reports/report-types.ts';

/**
 * Tells Clinic Center staff the period's report is ready: the key figures beside the previous
 * period's, and a button to the staff page with the charts and the PDF, Excel and CSV files. Pure.
 */
export function buildReportReadyMessages(report: Report, reportUrl: string | undefined): messagingApi.Message[] {
  const summary = reportTables(report).find((table) => table.id === 'summary')!;
  const rows = summary.rows.map((row) => {
    const pair = row.values[0]!;
    const unit = row.unit ?? 'count';
    return flexRow(row.label, `${formatValue(pair.current, unit)} (${formatChange(pair, unit)})`);
  });
  const bubble: messagingApi.FlexBubble = {
    type: 'bubble',
    header: flexBox([flexText('รายงานผลการดำเนินงาน 6 เดือน', { weight: 'bold', color: '#FFFFFF', size: 'md' }), flexText(report.period.label, { color: '#FFFFFF', size: 'xs' })], { backgroundColor: BRAND_COLOR }),
    body: flexBox([flexText(`เทียบกับงวดก่อน (${report.previous.name}) ในวงเล็บ`, { size: 'xxs', color: '#6B7280' }), ...rows]),
    ...(reportUrl ? { footer: flexBox([flexButton({ type: 'uri', label: 'เปิดรายงาน กราฟ และไฟล์', uri: reportUrl }, 'primary')]) } : {}),
  };
  const where = reportUrl ? 'แตะ «เปิดรายงาน» เพื่อดูกราฟและดาวน์โหลด PDF, Excel, CSV ค่ะ' : 'เปิดได้ที่หน้า «รายงานผล 6 เดือน» ในแอปของศูนย์ฯ ค่ะ';
  return [textMessage(`รายงานผลการดำเนินงาน ${report.period.label} พร้อมแล้วค่ะ\n${where}`), flexMessage(`รายงานผลการดำเนินงาน ${report.period.name}`, bubble)];
}
