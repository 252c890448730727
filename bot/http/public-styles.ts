/**
 * The public page's CSS, inline (one request less on a slow connection), mobile first. The font is
 * Sarabun from @fontsource, served by this app at /assets/fonts (font-routes.ts): Thai and Latin, 400 and 700.
 */
const face = (subset: string, weight: number, range: string) =>
  `@font-face{font-family:Sarabun;font-style:normal;font-display:swap;font-weight:${weight};src:url(/assets/fonts/sarabun-${subset}-${weight}-normal.woff2) format('woff2');unicode-range:${range}}`;
const THAI = 'U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC';
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

export const PUBLIC_STYLES = [face('thai', 400, THAI), face('latin', 400, LATIN), face('thai', 700, THAI), face('latin', 700, LATIN)].join('') + `
:root{--brand:#0f6e5a;--ink:#1d2624;--muted:#5b6764;--line:#cfd8d5;font-family:Sarabun,system-ui,sans-serif;line-height:1.55;color:var(--ink);background:#f5f7f6}
*{box-sizing:border-box}body{margin:0}header{background:var(--brand);color:#fff;padding:1rem}header h1{font-size:1.3rem;margin:0 0 .25rem;line-height:1.3}header p{margin:0}.updated{font-size:.85rem;opacity:.85}
main{max-width:44rem;margin:0 auto;padding:1rem .75rem 2rem}section{background:#fff;border:1px solid var(--line);border-radius:.75rem;padding:.9rem;margin:0 0 1rem}h2{font-size:1.1rem;margin:0 0 .5rem;color:#0a5243}
.tiles{list-style:none;padding:0;margin:0 0 1rem;display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:.5rem}.tile{background:#fff;border:1px solid var(--line);border-radius:.75rem;padding:.6rem .75rem;display:flex;flex-direction:column}
.tile span,.tile small{color:var(--muted);font-size:.85rem;line-height:1.3}.tile strong{font-size:1.45rem;line-height:1.25}.muted{color:var(--muted)}
.legend{font-size:.85rem;color:var(--muted);margin:0 0 .25rem}.swatch{display:inline-block;width:.7rem;height:.7rem;border-radius:2px;margin:0 .25rem 0 .5rem;vertical-align:-.05rem}.swatch.done{background:#0f6e5a}.swatch.open{background:#e0a100}
details summary{cursor:pointer;min-height:2.75rem;display:flex;align-items:center;color:#0a5243;font-weight:700}table{width:100%;border-collapse:collapse;font-size:.95rem}th,td{padding:.35rem .25rem;border-top:1px solid var(--line);text-align:right}th[scope=row],thead th:first-child{text-align:left;font-weight:400}
.map{margin:0 0 .75rem}.map figcaption{font-size:.8rem;color:var(--muted)}.places{list-style:none;padding:0;margin:0;columns:1}.places li{display:flex;justify-content:space-between;gap:.5rem;padding:.3rem 0;border-top:1px solid var(--line)}.places small{color:var(--muted)}
.activities{list-style:none;padding:0;margin:0}.activities li{display:flex;flex-direction:column;padding:.4rem 0;border-top:1px solid var(--line)}.activities span{color:var(--muted);font-size:.9rem}
footer{max-width:44rem;margin:0 auto;padding:0 .75rem 2rem;color:var(--muted);font-size:.85rem}footer a{color:#0a5243}
@media (min-width:40rem){.tiles{grid-template-columns:repeat(3,minmax(0,1fr))}.places{columns:2}}`;
