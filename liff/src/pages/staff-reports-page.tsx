import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useApi } from '../lib/use-api.ts';
import { ApiError } from '../lib/api-client.ts';
import { reportTables } from '../../../domain/reports/report-tables.ts';
import { PERIOD_COLORS } from '../../../domain/reports/charts/bar-chart.ts';
import { DOWNLOADS, downloadReport, reportPath, type Report, type ReportPeriods } from '../features/reports/report-api.ts';
import { BarChartSvg } from '../features/reports/bar-chart-svg.tsx';
import { KeyFigures, ReportTableView } from '../features/reports/report-figures.tsx';
import '../features/reports/reports.css';

const TOP_CATEGORIES = 8;

/** Staff: the 6-monthly evaluation report of a fiscal half with charts, beside the half before, and its files. */
export default function StaffReportsPage() {
  const { query } = useLocation();
  const periods = useApi<ReportPeriods>('/staff/reports');
  const [chosen, setChosen] = useState<string | null>(query.period ?? null);
  const period = chosen ?? periods.data?.current ?? null;
  const loaded = useApi<{ report: Report }>(period ? reportPath(period) : null);
  const [downloadFailure, setDownloadFailure] = useState<ApiError | null>(null);
  const report = loaded.data?.report;

  const download = async (format: (typeof DOWNLOADS)[number]['format']) => {
    setDownloadFailure(null);
    try {
      await downloadReport(period!, format);
    } catch (error) {
      setDownloadFailure(error instanceof ApiError ? error : new ApiError(0, 'unexpected', 'ดาวน์โหลดไม่สำเร็จ กรุณาลองใหม่ค่ะ'));
    }
  };

  return (
    <PageShell title="รายงานผล 6 เดือน">
      <div class="field report-period">
        <label for="report-period">งวดรายงาน</label>
        <select id="report-period" value={period ?? ''} onChange={(event) => setChosen((event.target as HTMLSelectElement).value)}>
          {period && !periods.data?.periods.some((item) => item.name === period) && <option value={period}>{period}</option>}
          {periods.data?.periods.map((item) => (
            <option key={item.name} value={item.name}>{item.label}{item.finished ? '' : ' (ยังไม่สิ้นงวด)'}</option>
          ))}
        </select>
      </div>
      {(periods.error ?? loaded.error) && <ErrorNotice error={(periods.error ?? loaded.error)!} onRetry={periods.error ? periods.reload : loaded.reload} />}
      {loaded.loading && <Loading block={!report} label="กำลังคำนวณรายงาน…" />}
      {report && <ReportBody report={report} onDownload={download} />}
      {downloadFailure && <ErrorNotice error={downloadFailure} />}
    </PageShell>
  );
}

function ReportBody({ report, onDownload }: { report: Report; onDownload: (format: (typeof DOWNLOADS)[number]['format']) => void }) {
  const tables = reportTables(report);
  const series = (current: number[], previous: number[]) => [
    { name: `งวดนี้ (${report.period.name})`, color: PERIOD_COLORS.current, values: current },
    { name: `งวดก่อน (${report.previous.name})`, color: PERIOD_COLORS.previous, values: previous },
  ];
  const categories = [...report.current.cases.byCategory].sort((a, b) => b.received - a.received).slice(0, TOP_CATEGORIES);
  const before = (key: string) => report.before.cases.byCategory.find((row) => row.key === key)?.received ?? 0;
  const scores = [5, 4, 3, 2, 1];
  return (
    <>
      <p class="lead">{report.period.label} เทียบกับ {report.previous.label}</p>
      <div class="report-downloads" role="group" aria-label="ดาวน์โหลดรายงาน">
        {DOWNLOADS.map((item) => (
          <button key={item.format} type="button" class="button secondary" onClick={() => onDownload(item.format)}>{item.label}</button>
        ))}
      </div>
      <KeyFigures table={tables.find((table) => table.id === 'summary')!} />
      <BarChartSvg title="เรื่องที่รับใหม่ แยกตามหมวด" categories={categories.map((row) => row.label)} series={series(categories.map((row) => row.received), categories.map((row) => before(row.key)))} />
      <BarChartSvg
        title="คะแนนความพึงพอใจ (จำนวนคน)"
        categories={scores.map((score) => `${score} คะแนน`)}
        series={series(scores.map((score) => report.current.cases.ratings.distribution[score - 1] ?? 0), scores.map((score) => report.before.cases.ratings.distribution[score - 1] ?? 0))}
      />
      {tables.filter((table) => table.id !== 'summary').map((table) => <ReportTableView key={table.id} table={table} />)}
    </>
  );
}
