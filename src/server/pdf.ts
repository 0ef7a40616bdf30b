/**
 * The common setup of the PDF downloads (Kompetence-CV, arbejdsaftale):
 * pdfkit with its built-in Helvetica fonts (no font files, no network), A4
 * with the same margins, the file collected into a buffer, and the two
 * drawing steps every document uses (a line of text, a section heading with
 * a rule under it). The standard fonts use WinAnsi encoding, which covers
 * Danish letters; other characters are reduced to their base letter or '?',
 * so the PDF never shows garbage.
 */
import PDFDocument from 'pdfkit';

export const blue = '#004993';
export const grey = '#555555';

/** The characters 0x80-0x9F of WinAnsi (Windows-1252) that are not Latin-1. */
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text the standard PDF fonts can show: unsupported letters lose their accents, anything else becomes '?'. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(ch)) {
      out += ch;
      continue;
    }
    if (ch === '\t' || ch === '\r') {
      out += ch === '\t' ? ' ' : '';
      continue;
    }
    const base = ch.normalize('NFD').charAt(0);
    const baseCode = base.codePointAt(0) ?? 0;
    out += base !== ch && baseCode >= 0x20 && baseCode <= 0x7e ? base : ch === 'ł' ? 'l' : ch === 'Ł' ? 'L' : '?';
  }
  return out;
}

export interface PdfStart {
  pdf: PDFKit.PDFDocument;
  /** The left margin and the width between the margins. */
  left: number;
  width: number;
  /** A paragraph at the left margin across the full width. */
  write: (text: string, font: string, size: number, color?: string) => void;
  /** A section heading with a thin rule under it. */
  heading: (title: string, color?: string) => void;
  /** Ends the document; resolves to the whole file. */
  finish: () => Promise<Buffer>;
}

/** A new A4 document titled `title`. `compress: false` keeps the text streams readable (tests). */
export function startPdf(title: string, options: { compress?: boolean } = {}): PdfStart {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    compress: options.compress ?? true,
    info: { Title: toWinAnsi(title), Author: 'Jobspor', Creator: 'Jobspor' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const write = (text: string, font: string, size: number, color = '#1a1a1a') => {
    pdf.font(font).fontSize(size).fillColor(color).text(toWinAnsi(text), left, pdf.y, { width });
  };
  const heading = (title: string, color = blue) => {
    pdf.moveDown(0.8);
    write(title, 'Helvetica-Bold', 13, color);
    const y = pdf.y + 1;
    pdf.moveTo(left, y).lineTo(left + width, y).lineWidth(0.5).strokeColor('#c8d3e0').stroke();
    pdf.moveDown(0.4);
  };
  const finish = () => {
    pdf.end();
    return finished;
  };
  return { pdf, left, width, write, heading, finish };
}
