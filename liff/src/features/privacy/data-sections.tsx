import { describeRecord, keptFor, type Item, type RecordNames } from './record-lines.ts';
import type { MyData, Section } from './privacy-api.ts';

/** Records shown per kind; the rest are in the downloaded file, which the note says. */
const SHOWN = 3;

/** What is recorded about the person, kind by kind: label, count, how long it is kept, the newest records. */
export function DataSections({ data, names }: { data: MyData; names: RecordNames }) {
  if (data.sections.length === 0) return <p class="notice notice-ok">ตอนนี้ไม่มีข้อมูลของคุณเก็บไว้ในระบบค่ะ</p>;
  return (
    <ul class="plain-list">
      {data.sections.map((section) => (
        <SectionCard key={`${section.collection}:${section.field}`} section={section} kept={keptFor(section.collection, data.retention)} names={names} />
      ))}
    </ul>
  );
}

/** The case they filed opens at once; the other kinds open on a tap, so the page starts as an overview. */
function SectionCard({ section, kept, names }: { section: Section; kept: string; names: RecordNames }) {
  const count = section.documents.length;
  const newest = section.documents.slice(-SHOWN).reverse();
  const items = newest.map((doc) => describeRecord(section.collection, doc as Record<string, unknown>, names)).filter((item): item is Item => item !== null);
  return (
    <li class="card data-section">
      <details open={section.collection === 'cases' && section.field === 'reporterLineUserId'}>
        <summary>
          <span class="case-head">
            <strong class="section-name">{section.label}</strong>
            <span class="badge">{count.toLocaleString('th-TH')} รายการ</span>
          </span>
          <span class="small muted kept">เก็บไว้: {kept}</span>
        </summary>
        {items.length > 0 && (
          <ul class="plain-list data-records">
            {items.map((item, index) => <Record key={index} item={item} />)}
          </ul>
        )}
        {count > items.length && <p class="small muted">{items.length > 0 ? `แสดง ${items.length} รายการล่าสุด ` : ''}ทั้งหมดอยู่ในไฟล์ที่ดาวน์โหลด</p>}
      </details>
    </li>
  );
}

function Record({ item }: { item: Item }) {
  return (
    <li class="data-record">
      <p class="record-title">{item.title}</p>
      {item.lines.length > 0 && (
        <dl class="record-lines">
          {item.lines.map((line) => (
            <div key={line.label}>
              <dt>{line.label}</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
