/**
 * The work agreement as a PDF, drawn with pdfkit and its built-in Helvetica
 * fonts like the Kompetence-CV (case-records/cv-pdf.ts: no font files, text
 * reduced to WinAnsi). Same sections as the HTML print
 * (domain/placements/work-agreement-print.ts); never the CPR number.
 */
import PDFDocument from 'pdfkit';
import { danishDay } from '../../../domain/cases/cv-print.ts';
import {
  agreementSections,
  agreementTitle,
  printChecklistGaps,
  printedLine,
  signatories,
  versionLine,
  type WorkAgreementDocument,
} from '../../../domain/placements/work-agreement-print.ts';
import { pdfFileName } from '../case-records/cv.ts';
import { toWinAnsi } from '../case-records/cv-pdf.ts';

const blue = '#004993';
const grey = '#555555';
const red = '#b3261e';

/** ASCII file name: "arbejdsaftale-anna-testesen-v2.pdf" (the CV's slug rule, another prefix). */
export function agreementPdfFileName(citizenName: string, versionNo: number): string {
  return pdfFileName(citizenName, '').replace(/^kompetence-cv/, 'arbejdsaftale').replace(/\.pdf$/, `-v${versionNo}.pdf`);
}

/** Renders the PDF into a buffer. `compress: false` keeps the text streams readable (tests). */
export function renderWorkAgreementPdf(doc: WorkAgreementDocument, options: { compress?: boolean } = {}): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    compress: options.compress ?? true,
    info: { Title: toWinAnsi(agreementTitle(doc)), Author: 'Jobspor', Creator: 'Jobspor' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const labelWidth = 150;
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
  /** A label and its value side by side; the row is as tall as the taller of the two. */
  const labelled = (label: string, text: string) => {
    pdf.font('Helvetica').fontSize(10.5);
    const height = Math.max(pdf.heightOfString(toWinAnsi(label), { width: labelWidth - 8 }), pdf.heightOfString(toWinAnsi(text), { width: width - labelWidth }));
    // Both columns start on the same page: break before the row rather than inside one column.
    if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom && height < pdf.page.height / 2) pdf.addPage();
    const top = pdf.y;
    pdf.fillColor(grey).text(toWinAnsi(label), left, top, { width: labelWidth - 8 });
    const labelBottom = pdf.y;
    pdf.font('Helvetica').fontSize(10.5).fillColor('#1a1a1a').text(toWinAnsi(text), left + labelWidth, top, { width: width - labelWidth });
    pdf.y = Math.max(pdf.y, labelBottom) + 2;
  };

  write('ARBEJDSAFTALE', 'Helvetica', 9, grey);
  write(doc.citizen.name, 'Helvetica-Bold', 20, blue);
  write(`Aftale mellem ${doc.citizen.name}, ${doc.company.name} og ${doc.jobcentre.name}`, 'Helvetica', 10, '#333333');
  write(versionLine(doc), 'Helvetica', 10, '#333333');

  for (const section of agreementSections(doc)) {
    heading(section.title);
    for (const row of section.rows) {
      if (row.label === null) write(row.text, 'Helvetica', 10.5);
      else labelled(row.label, row.text);
    }
  }

  const gaps = printChecklistGaps(doc);
  if (gaps.length) {
    heading('Mangler i aftalen', red);
    for (const gap of gaps) write(`• ${gap.label}: ${gap.hint}`, 'Helvetica', 10.5);
  }

  heading('Godkendelse og underskrifter');
  const signers = signatories(doc);
  const column = (width - 2 * 16) / signers.length;
  if (pdf.y + 110 > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  const top = pdf.y + 4;
  let bottom = top;
  signers.forEach((s, i) => {
    const x = left + i * (column + 16);
    pdf.font('Helvetica-Bold').fontSize(10.5).fillColor('#1a1a1a').text(toWinAnsi(s.label), x, top, { width: column });
    pdf.font('Helvetica').fontSize(10).text(toWinAnsi(s.name), x, pdf.y, { width: column });
    pdf.fontSize(9).fillColor(grey).text(toWinAnsi(`Godkendt den: ${s.agreedOn ? danishDay(s.agreedOn) : '________________'}`), x, pdf.y + 2, { width: column });
    const lineY = pdf.y + 34;
    pdf.moveTo(x, lineY).lineTo(x + column, lineY).lineWidth(0.8).strokeColor('#1a1a1a').stroke();
    pdf.fontSize(9).fillColor(grey).text('Underskrift', x, lineY + 3, { width: column });
    bottom = Math.max(bottom, pdf.y);
  });
  pdf.y = bottom;
  pdf.moveDown(1.5);
  write(`${versionLine(doc)}. ${printedLine(doc)}`, 'Helvetica', 8.5, '#777777');
  pdf.end();
  return finished;
}
