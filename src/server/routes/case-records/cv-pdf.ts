/**
 * The "Kompetence-CV" as a PDF, drawn with pdfkit and its built-in Helvetica
 * fonts (server/pdf.ts: no font files, text reduced to WinAnsi). Same
 * content as the HTML print (domain/cases/cv-print.ts): name and contact
 * details, never the CPR number or birth date.
 */
import { cvSections, holderContactLine, languagesLine, type CvDocument } from '../../../domain/cases/cv-print.ts';
import { danishDateOf } from '../../../domain/rules/explain.ts';
import { blue, grey, startPdf } from '../../pdf.ts';

/** Renders the PDF into a buffer. `compress: false` keeps the text streams readable (tests). */
export function renderCvPdf(doc: CvDocument, options: { compress?: boolean } = {}): Promise<Buffer> {
  const { holder, content } = doc;
  const name = `${holder.firstName} ${holder.lastName}`;
  const { pdf, write, heading, finish } = startPdf(`Kompetence-CV – ${name}`, options);

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
  write(`Version ${doc.versionNo}, gemt ${danishDateOf(doc.savedOn)}.`, 'Helvetica', 8.5, '#777777');
  return finish();
}
