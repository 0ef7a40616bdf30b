/**
 * The "Kompetence-CV" as a PDF, drawn with pdfkit and its built-in Helvetica
 * fonts (no font files, no network). The standard fonts use WinAnsi encoding,
 * which covers Danish letters; other characters are reduced to their base
 * letter or '?', so the PDF never shows garbage. Same content as the HTML
 * print (domain/cases/cv-print.ts): name and contact details, never the CPR
 * number or birth date.
 */
import PDFDocument from 'pdfkit';
import { cvSections, danishDay, holderContactLine, languagesLine, type CvDocument } from '../../../domain/cases/cv-print.ts';

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

const blue = '#004993';
const grey = '#555555';

/** Renders the PDF into a buffer. `compress: false` keeps the text streams readable (tests). */
export function renderCvPdf(doc: CvDocument, options: { compress?: boolean } = {}): Promise<Buffer> {
  const { holder, content } = doc;
  const name = `${holder.firstName} ${holder.lastName}`;
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    compress: options.compress ?? true,
    info: { Title: toWinAnsi(`Kompetence-CV – ${name}`), Author: 'Jobspor', Creator: 'Jobspor' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const write = (text: string, font: string, size: number, color = '#1a1a1a', gap = 0) => {
    pdf.font(font).fontSize(size).fillColor(color).text(toWinAnsi(text), { width });
    if (gap) pdf.moveDown(gap);
  };
  const heading = (title: string) => {
    pdf.moveDown(0.8);
    write(title, 'Helvetica-Bold', 13, blue);
    const y = pdf.y + 1;
    pdf.moveTo(pdf.page.margins.left, y).lineTo(pdf.page.margins.left + width, y).lineWidth(0.5).strokeColor('#c8d3e0').stroke();
    pdf.moveDown(0.4);
  };

  write('KOMPETENCE-CV', 'Helvetica', 9, grey);
  write(name, 'Helvetica-Bold', 22, blue);
  const contact = holderContactLine(holder);
  if (contact) write(contact, 'Helvetica', 10, '#333333');

  if (content.profile) {
    heading('Profil');
    write(content.profile, 'Helvetica', 11);
  }
  if (content.competences.length) {
    heading('Kompetencer');
    write(content.competences.join('  ·  '), 'Helvetica', 11);
  }
  for (const section of cvSections(content)) {
    if (!section.rows.length) continue;
    heading(section.title);
    for (const row of section.rows) {
      write(row.heading, 'Helvetica-Bold', 11);
      if (row.meta) write(row.meta, 'Helvetica', 9.5, grey);
      if (row.text) write(row.text, 'Helvetica', 11);
      pdf.moveDown(0.5);
    }
  }
  const languages = languagesLine(content);
  if (languages.length) {
    heading('Sprog');
    write(languages.join('  ·  '), 'Helvetica', 11);
  }
  if (content.drivingLicence.length) {
    heading('Kørekort');
    write(content.drivingLicence.map((c) => `Kategori ${c}`).join('  ·  '), 'Helvetica', 11);
  }
  if (content.leisure) {
    heading('Fritid og interesser');
    write(content.leisure, 'Helvetica', 11);
  }
  pdf.moveDown(1.5);
  write(`Version ${doc.versionNo}, gemt ${danishDay(doc.savedOn)}.`, 'Helvetica', 8.5, '#777777');
  pdf.end();
  return finished;
}
