import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Reads a PDF as a person's viewer would: pdf.js (Firefox's engine) for the text of each page and
 * for a page drawn to PNG, with @napi-rs/canvas in Node; no browser and no system tools.
 */
export async function pdfPagesText(pdf: Buffer): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 });
  const document = await task.promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  await task.destroy();
  return pages;
}

/** SARA AM is written as NIKHAHIT (+ tone) + SARA AA in the PDF (see pdf-text.ts); read it back as one letter. */
export function joinSaraAm(text: string): string {
  return text.replace(/\u0E4D([\u0E48-\u0E4B]?)\u0E32/g, '$1\u0E33');
}

export async function renderPdfPage(pdf: Buffer, pageNumber: number, file: string, scale = 1.5): Promise<void> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const document = await task.promise;
  const page = await document.getPage(pageNumber);
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(viewport.width, viewport.height);
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await canvas.encode('png'));
  await task.destroy();
}
