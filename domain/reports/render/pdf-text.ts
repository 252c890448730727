import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';

/**
 * Thai in pdfkit. The font is Sarabun as TTF from npm (embedded and subset, never downloaded);
 * pdfkit shapes with fontkit, whose GPOS mark/mkmk place vowels and tone marks, checked by eye
 * (README) and by text extraction in the tests. What fontkit lacks is done here:
 * - SARA AM is split into NIKHAHIT + SARA AA with the nikhahit before a tone mark, as HarfBuzz does,
 *   so «น้ำ» stacks the tone above the circle and copies out as the same letters;
 * - lines break between words (Intl.Segmenter), since Thai has no spaces and the font no ZWSP glyph;
 * - emoji (no glyph in the font) are left out.
 */
const require = createRequire(import.meta.url);
export const PDF_FONTS = {
  regular: require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf'),
};

type Doc = InstanceType<typeof PDFDocument>;
const words = new Intl.Segmenter('th', { granularity: 'word' });
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

export function pdfText(text: string): string {
  return text
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '')
    .replace(/([\u0E48-\u0E4B]?)\u0E33/g, '\u0E4D$1\u0E32')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** The text in lines no wider than `width` at the document's current font and size. */
export function wrapLines(doc: Doc, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (piece: string) => {
    if (doc.widthOfString(line + piece) <= width || line === '') line += piece;
    else {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    }
  };
  for (const { segment } of words.segment(pdfText(text))) {
    if (doc.widthOfString(segment) <= width) push(segment);
    else for (const { segment: grapheme } of graphemes.segment(segment)) push(grapheme);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [''];
}

/**
 * One line at (x, y), aligned within `width` by measuring: pdfkit is never given a width, so it
 * never wraps again nor starts a page on its own.
 */
export function drawLine(doc: Doc, text: string, x: number, y: number, width: number, align: 'left' | 'right' | 'center' = 'left'): void {
  const line = pdfText(text);
  const room = width - doc.widthOfString(line);
  const offset = align === 'right' ? room : align === 'center' ? room / 2 : 0;
  doc.text(line, x + Math.max(0, offset), y, { lineBreak: false });
}

/** Draws wrapped text at (x, y) and returns the height used. */
export function drawWrapped(doc: Doc, text: string, x: number, y: number, width: number, options: { align?: 'left' | 'right' | 'center'; lineGap?: number } = {}): number {
  const lineHeight = doc.currentLineHeight(true) + (options.lineGap ?? 0);
  const lines = wrapLines(doc, text, width);
  lines.forEach((line, index) => drawLine(doc, line, x, y + index * lineHeight, width, options.align));
  return lines.length * lineHeight;
}
