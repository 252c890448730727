import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useApi } from '../lib/use-api.ts';
import { ApiError } from '../lib/api-client.ts';
import { reportTables } from '../../../domain/reports/report-tables.ts';
import { categoryChartData, ratingChartData } from '../../../domain/reports/charts/report-charts.ts';
import { DOWNLOADS, downloadReport, reportPath, type Report, type ReportPeriods } from '../features/reports/report-api.ts';
import { BarChartSvg } from '../features/reports/bar-chart-svg.tsx';
import { KeyFigures, ReportTableView } from '../features/reports/report-figures.tsx';
import '../features/reports/reports.css';

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
  return (
    <>
      <p class="lead">{report.period.label} เทียบกับ {report.previous.label}</p>
      <div class="report-downloads" role="group" aria-label="ดาวน์โหลดรายงาน">
        {DOWNLOADS.map((item) => (
          <button key={item.format} type="button" class="button secondary" onClick={() => onDownload(item.format)}>{item.label}</button>
        ))}
      </div>
      <KeyFigures table={tables.find((table) => table.id === 'summary')!} />
      <BarChartSvg title="เรื่องที่รับใหม่ แยกตามหมวด" {...categoryChartData(report)} />
      <BarChartSvg title="คะแนนความพึงพอใจ (จำนวนคน)" {...ratingChartData(report)} />
      {tables.filter((table) => table.id !== 'summary').map((table) => <ReportTableView key={table.id} table={table} />)}
    </>
  );
}
