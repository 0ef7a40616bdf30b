/**
 * What the printable HTML documents (the Kompetence-CV, cases/cv-print.ts,
 * and the work agreement, placements/work-agreement-print.ts) share: HTML
 * escaping and the base print CSS (A4 page, type, header, section headings,
 * footer). Each document adds its own rules after the base.
 */

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => escapes[c]!);
}

export const printBaseCss = `
@page { size: A4; margin: 18mm 16mm; }
* { box-sizing: border-box; }
body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; color: #1a1a1a; font-size: 11pt; line-height: 1.45; margin: 0 auto; max-width: 180mm; padding: 12mm 0; }
header { border-bottom: 2px solid #004993; padding-bottom: 4mm; margin-bottom: 6mm; }
.kind { text-transform: uppercase; letter-spacing: .08em; font-size: 9pt; color: #555; margin: 0 0 1mm; }
h2 { font-size: 13pt; color: #004993; border-bottom: 1px solid #c8d3e0; padding-bottom: 1mm; margin: 6mm 0 2mm; }
section { break-inside: avoid-page; }
footer { margin-top: 10mm; font-size: 8.5pt; color: #777; border-top: 1px solid #ddd; padding-top: 2mm; }
@media print { body { padding: 0; max-width: none; } }
`;
