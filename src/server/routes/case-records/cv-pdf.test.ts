import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CvContentSchema } from '../../../domain/cases/cv.ts';
import { sampleCv } from '../../../domain/cases/cv-sample.ts';
import { pdfFileName } from './cv.ts';
import { toWinAnsi } from '../../pdf.ts';
import { renderCvPdf } from './cv-pdf.ts';

/** The text shown by an uncompressed pdfkit PDF: its hex strings, decoded as WinAnsi (Latin-1 for these letters). */
function shownText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  return [...source.matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)]
    .map((m) => [...m[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''))
    .join('\n');
}

describe('Kompetence-CV as PDF', () => {
  it('is a PDF with the name, Danish letters and the sections', async () => {
    const holder = { firstName: 'Søren', lastName: 'Ågård', phone: null, email: null, postcode: null, city: 'Holbæk' };
    const pdf = await renderCvPdf({ holder, content: CvContentSchema.parse(sampleCv), versionNo: 2, savedOn: '2024-05-02' }, { compress: false });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const text = shownText(pdf);
    assert.match(text, /Søren Ågård/);
    assert.match(text, /Erhvervserfaring/);
    assert.match(text, /Butiksassistent, Netto Holbæk/);
    assert.match(text, /Kørekort/);
    assert.match(text, /Version 2, gemt 2\. maj 2024/);
  });

  it('replaces characters the built-in fonts cannot show', () => {
    assert.equal(toWinAnsi('Łódź – “ok” æøå 😀\tx'), 'Lódz – “ok” æøå ? x');
  });

  it('names the file from the citizen’s name in ASCII', () => {
    assert.equal(pdfFileName('kompetence-cv', 'Søren Ågård'), 'kompetence-cv-soeren-aagaard.pdf');
    assert.equal(pdfFileName('kompetence-cv', 'José Müller-Æbelø'), 'kompetence-cv-jose-muller-aebeloe.pdf');
  });
});
