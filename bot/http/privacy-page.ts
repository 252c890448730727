import { Router } from 'express';

/**
 * `/privacy`: the full notice the first-follow message links to (PDPA section 23: what is
 * collected, why, who sees it, for how long, and the person's rights). Plain HTML, no script.
 */
export function createPrivacyPage(options: { contactName: string; contactPhone: string; retention: { messagesDays: number; contactDays: number } }): Router {
  const router = Router();
  const html = page(options);
  router.get('/privacy', (_req, res) => {
    res.type('html').set('cache-control', 'public, max-age=3600').send(html);
  });
  return router;
}

function page(options: { contactName: string; contactPhone: string; retention: { messagesDays: number; contactDays: number } }): string {
  const sections: [string, string[]][] = [
    ['เราเก็บอะไร', [
      'ชื่อที่แสดงและรูปโปรไฟล์ LINE ของคุณ',
      'ข้อความ รูป และตำแหน่งที่คุณส่งถึงบัญชีนี้ และเรื่องที่คุณแจ้งหรือขอคำปรึกษา',
      'ชื่อและเบอร์โทร เฉพาะเมื่อคุณยินยอมให้เจ้าหน้าที่ติดต่อกลับ',
      'พื้นที่และหัวข้อที่คุณเลือกรับข่าวกิจกรรม และกิจกรรมที่ลงทะเบียน',
    ]],
    ['เพื่ออะไร', [
      'ตอบคำถาม รับเรื่อง ส่งต่อหน่วยงานที่รับผิดชอบ และแจ้งความคืบหน้าให้คุณ',
      'ปรับปรุงคำตอบของบอท และจัดทำรายงานผลการดำเนินงานทุก 6 เดือน (เป็นสถิติ ไม่ระบุตัวบุคคล)',
    ]],
    ['ใครเห็นข้อมูล', [
      'เจ้าหน้าที่ศูนย์ Clinic Center และเจ้าหน้าที่ของหน่วยงานที่รับเรื่องของคุณเท่านั้น',
      'ชื่อ เบอร์โทร และรูปต้นฉบับ (ที่อาจมีตำแหน่งในไฟล์) แสดงเฉพาะหน่วยงานที่รับเรื่อง',
      'ข้อมูลสาธารณะและข้อมูลเปิด (open data) เป็นสถิติที่ไม่มีชื่อ เบอร์ หรือบัญชี LINE',
    ]],
    ['เก็บนานเท่าไร', [
      `ข้อความที่ส่งถึงบอทเก็บไว้ประมาณ ${options.retention.messagesDays} วันเพื่อการทำงานของระบบ`,
      `ชื่อและเบอร์โทรในเรื่องที่ปิดแล้วจะถูกลบหลัง ${options.retention.contactDays} วัน`,
      'ตัวเรื่องที่แจ้งเก็บไว้เป็นหลักฐานการให้บริการ',
    ]],
    ['สิทธิของคุณ', [
      'พิมพ์ “ขอดูข้อมูลของฉัน” เพื่อดูข้อมูลที่เราเก็บไว้ และขอสำเนา',
      'พิมพ์ “ขอลบข้อมูลของฉัน” เพื่อขอให้ลบ เราจะดำเนินการภายใน 30 วัน',
      'ยกเลิกข้อความที่ส่งไปแล้ว (unsend) เราจะลบสำเนาของข้อความนั้นทั้งหมด',
    ]],
  ];
  const body = sections.map(([title, items]) => `<h2>${title}</h2><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`).join('');
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>ประกาศความเป็นส่วนตัว — ศูนย์ Clinic Center</title>
<link rel="stylesheet" href="/assets/fonts.css">
<style>body{font-family:Sarabun,system-ui,sans-serif;line-height:1.6;margin:0 auto;max-width:40rem;padding:1rem 1.25rem 3rem;color:#1f2937}h1{color:#0f6e5a;font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}li{margin:.25rem 0}</style>
</head><body><h1>ประกาศความเป็นส่วนตัว</h1><p>ศูนย์ Clinic Center ดูแลข้อมูลส่วนบุคคลของคุณตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>
${body}<h2>ติดต่อ</h2><p>${options.contactName} โทร ${options.contactPhone}</p></body></html>`;
}
