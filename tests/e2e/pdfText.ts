/**
 * The text of a PDF, page by page, read with PDF.js (pdfjs-dist, the library Firefox shows PDFs
 * with): what the print tests compare with the events of the view.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Every page's text, its runs joined by spaces. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  // PDF.js takes the buffer over; a copy leaves the caller's bytes alone.
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages;
}

/** Text with every run of white space made one space, so a title broken over two lines still matches. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
