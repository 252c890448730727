import { buddhistDateStamp } from '../../lib/thai-date.ts';
import type { MyData } from './privacy-api.ts';

/** Everything the page shows, and all it does not, as the JSON file the law calls a copy. */
export function DownloadData({ data }: { data: MyData }) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `ข้อมูลของฉัน-${buddhistDateStamp()}.json` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <button type="button" class="button block" onClick={download}>
      ดาวน์โหลดข้อมูลทั้งหมด (ไฟล์ JSON)
    </button>
  );
}
