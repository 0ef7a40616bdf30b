/**
 * The work agreement as a PDF, drawn with pdfkit and its built-in Helvetica
 * fonts like the Kompetence-CV (server/pdf.ts: no font files, text reduced to
 * WinAnsi). Same sections as the HTML print
 * (domain/placements/work-agreement-print.ts); never the CPR number.
 */
import {
  agreementSections,
  agreementTitle,
  printChecklistGaps,
  printedLine,
  signatories,
  versionLine,
  type WorkAgreementDocument,
} from '../../../domain/placements/work-agreement-print.ts';
import { danishDateOf } from '../../../domain/rules/explain.ts';
import { blue, grey, startPdf, toWinAnsi } from '../../pdf.ts';
import { pdfFileName } from '../case-records/cv.ts';

const red = '#b3261e';

/** ASCII file name: "arbejdsaftale-anna-testesen-v2.pdf" (the CV's slug rule, another prefix). */
export function agreementPdfFileName(citizenName: string, versionNo: number): string {
  return pdfFileName('arbejdsaftale', citizenName, `v${versionNo}`);
}

/** Renders the PDF into a buffer. `compress: false` keeps the text streams readable (tests). */
export function renderWorkAgreementPdf(doc: WorkAgreementDocument, options: { compress?: boolean } = {}): Promise<Buffer> {
  const { pdf, left, width, write, heading, finish } = startPdf(agreementTitle(doc), options);
  const labelWidth = 150;
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
    pdf.fontSize(9).fillColor(grey).text(toWinAnsi(`Godkendt den: ${s.agreedOn ? danishDateOf(s.agreedOn) : '________________'}`), x, pdf.y + 2, { width: column });
    const lineY = pdf.y + 34;
    pdf.moveTo(x, lineY).lineTo(x + column, lineY).lineWidth(0.8).strokeColor('#1a1a1a').stroke();
    pdf.fontSize(9).fillColor(grey).text('Underskrift', x, lineY + 3, { width: column });
    bottom = Math.max(bottom, pdf.y);
  });
  pdf.y = bottom;
  pdf.moveDown(1.5);
  write(`${versionLine(doc)}. ${printedLine(doc)}`, 'Helvetica', 8.5, '#777777');
  return finish();
}
