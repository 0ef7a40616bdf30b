/**
 * The status report's downloads: XLSX (exceljs; one sheet per table, numbers
 * as numbers with number formats, a frozen header row), CSV for Danish Excel
 * (domain/csv.ts: ';', decimal commas, BOM; the figures table) and PDF
 * (pdfkit through server/pdf.ts: per measure the month's figures, target,
 * comparison and thirds, and a small chart of the 25 months). Shared by the
 * route and the CLI.
 */
import ExcelJS from 'exceljs';
import { slugFileName, toCsv } from '../../../domain/csv.ts';
import { registry } from '../../../domain/models/registry.ts';
import { blue, grey, startPdf } from '../../pdf.ts';
import { formatNumber, measureName, measureUnitName, targetText, thirdNames } from './labels.ts';
import type { Report } from './schemas.ts';
import { figuresTable, reportHeading, reportTables } from './tables.ts';

export type ExportFormat = 'json' | 'csv' | 'xlsx' | 'pdf';

export const exportContentType: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

const modelName = (id: string) => registry.get(id)?.name.da ?? id;

/** 'statusrapport-flere-skal-med-koebenhavn-2018-12.xlsx'. */
export function exportFileName(report: Report, format: ExportFormat): string {
  return slugFileName(['statusrapport', report.model, report.unit.name, report.month], format);
}

/** The figures table as CSV for Excel in a Danish locale. */
export function renderCsv(report: Report): string {
  const table = figuresTable(report);
  return toCsv(
    table.columns.map((c) => c.header),
    table.rows,
  );
}

/** The workbook: a heading sheet, then one sheet per table. */
export async function renderXlsx(report: Report): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jobspor';
  workbook.created = new Date(report.computedAt);
  const about = workbook.addWorksheet('Rapport');
  about.getColumn(1).width = 90;
  for (const line of reportHeading(report, modelName(report.model))) about.addRow([line]);
  about.getRow(1).font = { bold: true, size: 14 };
  about.addRow([]);
  about.addRow(['Tal fra lukkede måneder er gemt med version; en rettelse giver en ny version (arket Rettelser).']);
  for (const table of reportTables(report)) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? 14, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((cell) => (cell === null ? null : cell)));
    if (table.rows.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The PDF: heading, then per measure its figures and a chart of the unit's, the cluster's and the country's series. */
export async function renderPdf(report: Report, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = startPdf(`Statusrapport ${report.unit.name} ${report.month}`, options);
  const { pdf, left, width, write, heading } = doc;
  const [title, ...rest] = reportHeading(report, modelName(report.model));
  write(title!, 'Helvetica-Bold', 16, blue);
  for (const line of rest) write(line, 'Helvetica', 10, grey);
  if (report.corrections.length) {
    write(
      `Rettede tal: ${report.corrections.map((c) => `${measureName(c.measure)} ${c.month} (version ${c.version})`).join('; ')}`,
      'Helvetica-Oblique',
      9,
      grey,
    );
  }
  for (const m of report.measures) {
    if (pdf.y > pdf.page.height - pdf.page.margins.bottom - 150) pdf.addPage();
    heading(measureName(m.id));
    const last = m.series.at(-1)!;
    const unit = measureUnitName(m.unit);
    write(
      `${report.unit.name}: ${formatNumber(last.value)} ${unit} (${formatNumber(last.numerator, 2)} / ${formatNumber(last.denominator, 2)})` +
        `   Klynge: ${formatNumber(m.clusterSeries.at(-1)?.value ?? null)}   Hele landet: ${formatNumber(m.countrySeries.at(-1)?.value ?? null)}` +
        (m.target ? `   Målsætning: ${targetText(m.target)}` : ''),
      'Helvetica',
      9,
    );
    const place = (p: Report['measures'][number]['scoreboard']['country'], where: string) =>
      p.third ? `${thirdNames[p.third]} ${where} (nr. ${p.rank} af ${p.of})` : `ingen placering ${where}`;
    const change = m.scoreboard.changeSinceLastMonth;
    write(
      `${place(m.scoreboard.cluster, 'i klyngen')}; ${place(m.scoreboard.country, 'i landet')}; ændring siden sidste måned: ${
        change === null ? '–' : `${change > 0 ? '+' : ''}${formatNumber(change)}`
      }`,
      'Helvetica',
      9,
      grey,
    );
    const top = pdf.y + 4;
    drawChart(pdf, left, top, width - 30, 70, m);
    pdf.x = left;
    pdf.y = top + 70 + 14;
  }
  return doc.finish();
}

/** Three lines over the 25 months: the unit (solid blue), the cluster (grey), the country (dashed), and the target line. */
function drawChart(pdf: PDFKit.PDFDocument, x: number, y: number, width: number, height: number, m: Report['measures'][number]): void {
  const series = [m.series.map((p) => p.value), m.clusterSeries.map((p) => p.value), m.countrySeries.map((p) => p.value)];
  const values = series.flat().filter((v): v is number => v !== null);
  if (m.target) values.push(m.target.value);
  pdf.save();
  pdf.rect(x, y, width, height).lineWidth(0.3).strokeColor('#c8d3e0').stroke();
  if (values.length === 0) {
    pdf.font('Helvetica').fontSize(8).fillColor(grey).text('Ingen tal i perioden.', x + 6, y + height / 2 - 4, { lineBreak: false });
    pdf.restore();
    return;
  }
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values, lo + 1);
  const n = m.series.length;
  const px = (i: number) => x + 4 + ((width - 8) * i) / Math.max(1, n - 1);
  const py = (v: number) => y + height - 4 - ((height - 8) * (v - lo)) / (hi - lo);
  if (m.target) {
    pdf.moveTo(x, py(m.target.value)).lineTo(x + width, py(m.target.value)).lineWidth(0.6).dash(1, { space: 2 }).strokeColor('#b00020').stroke().undash();
  }
  const styles: [string, number, boolean][] = [
    [blue, 1.4, false],
    ['#7a7a7a', 0.8, false],
    ['#1a1a1a', 0.8, true],
  ];
  series.forEach((points, s) => {
    const [color, lineWidth, dashed] = styles[s]!;
    let drawing = false;
    points.forEach((v, i) => {
      if (v === null) {
        drawing = false;
        return;
      }
      if (drawing) pdf.lineTo(px(i), py(v));
      else pdf.moveTo(px(i), py(v));
      drawing = true;
    });
    if (dashed) pdf.dash(3, { space: 2 });
    pdf.lineWidth(lineWidth).strokeColor(color).stroke();
    if (dashed) pdf.undash();
  });
  pdf.font('Helvetica').fontSize(7).fillColor(grey);
  pdf.text(`${formatNumber(hi)}`, x + width + 2, y, { lineBreak: false });
  pdf.text(`${formatNumber(lo)}`, x + width + 2, y + height - 8, { lineBreak: false });
  pdf.text(m.series[0]!.month, x, y + height + 1, { lineBreak: false });
  pdf.text(m.series[n - 1]!.month, x + width - 28, y + height + 1, { lineBreak: false });
  pdf.restore();
}

/** The report in the format asked for: the body and its content type. */
export async function renderExport(report: Report, format: ExportFormat): Promise<{ body: Buffer | string; contentType: string }> {
  const contentType = exportContentType[format];
  switch (format) {
    case 'json':
      return { body: JSON.stringify(report, null, 2), contentType };
    case 'csv':
      return { body: renderCsv(report), contentType };
    case 'xlsx':
      return { body: await renderXlsx(report), contentType };
    case 'pdf':
      return { body: await renderPdf(report), contentType };
  }
}
