/**
 * The fidelity report's downloads (docs/fidelity.md), shared by the
 * route and the CLI:
 *
 * - XLSX (exceljs): one sheet per breakdown (I alt, Roller, Enheder) with the
 *   element × round table; each round after the first has its share cell
 *   and its change cell filled with the change's colour, as 003 Tables 1-3
 *   colour the end figure; suppressed cells say "skjult" on a grey fill; the
 *   behavioural figures follow the survey rows. A last sheet gives the
 *   definitions, the sources and the minimum cell size.
 * - PDF (pdfkit through server/pdf.ts): the element × round table of the
 *   chosen breakdown with the same colours.
 *
 * Neither contains anything but the report's figures: no staff id, no
 * response, only counts and shares of cells at or above the minimum.
 */
import ExcelJS from 'exceljs';
import { slugFileName } from '../../../domain/csv.ts';
import { blue, grey, startPdf, toWinAnsi } from '../../pdf.ts';
import type { FidelityReport } from './schemas.ts';

export type FidelityExportFormat = 'xlsx' | 'pdf';

export const fidelityContentType: Record<FidelityExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** 'fidelitet-bedre-ressourceforloeb-2026-12-07.xlsx'. */
export function fidelityFileName(modelId: string, day: string, format: FidelityExportFormat): string {
  return slugFileName(['fidelitet', modelId, day], format);
}

/** Fill colours (ARGB) of the change colours, and of a suppressed cell. */
export const colourFills = { green: 'FF8FD19E', yellow: 'FFFFE699', red: 'FFF4A6A6' } as const;
export const suppressedFill = 'FFD9D9D9';
/** What a suppressed cell shows. */
export const SUPPRESSED_TEXT = 'skjult';

const byNames = { total: 'I alt', role: 'Roller', unit: 'Enheder' } as const;
const colourNames = { green: 'grøn', yellow: 'gul', red: 'rød' } as const;

const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v)} %`);
/** '+14,5 pp' in Danish notation, as the page writes a change. */
const signed = (v: number) => `${v > 0 ? '+' : ''}${String(Math.round(v * 10) / 10).replace('.', ',')} pp`;
const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

function reportLines(report: FidelityReport): string[] {
  return [
    `Fidelitet: ${report.model.name.da}`,
    `Måleredskab: ${report.instrument.name.da} (${report.instrument.id} ${report.instrument.version})`,
    `Runder: ${report.rounds.map((r) => `${r.name} (${r.closedOn ?? `åben, ${r.opensOn}-`}; ${r.respondents ?? `under ${report.minCellSize}`} svar)`).join('; ') || 'ingen'}`,
    `Farver: grøn over +${report.colourRule.greenAbove} procentpoint, gul fra ${report.colourRule.redBelow} til +${report.colourRule.greenAbove}, rød under ${report.colourRule.redBelow} (${sourceText(report.colourRule.source)}).`,
    `Celler med færre end ${report.minCellSize} besvarelser vises ikke ("${SUPPRESSED_TEXT}"), og en celle mere skjules, så de skjulte ikke kan regnes ud fra totalen.`,
  ];
}

function sourceText(s: FidelityReport['colourRule']['source']): string {
  const parts = [s.seed ? `rapport ${s.seed}` : null, s.section ? `afsnit ${s.section}` : null, s.citation ?? null].filter(Boolean);
  return parts.length ? parts.join(', ') : 'egen definition';
}

/** The workbook: a sheet per breakdown, then the definitions. `reports` holds one report per breakdown (same rounds). */
export async function renderFidelityXlsx(reports: readonly FidelityReport[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jobspor';
  const first = reports[0]!;
  for (const report of reports) {
    const sheet = workbook.addWorksheet(byNames[report.by], { views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }] });
    const header = [report.by === 'total' ? 'Gruppe' : report.by === 'role' ? 'Rolle' : 'Enhed', 'Kerneelement', 'Titel'];
    report.rounds.forEach((r, i) => {
      header.push(`${r.name}: andel enige (%)`);
      if (i > 0) header.push(`Ændring (procentpoint)`);
    });
    sheet.addRow(header).font = { bold: true };
    sheet.getColumn(1).width = 24;
    sheet.getColumn(2).width = 14;
    sheet.getColumn(3).width = 60;
    for (let c = 4; c <= header.length; c++) sheet.getColumn(c).width = 18;
    for (const group of report.groups) {
      report.sections.forEach((section, s) => {
        const values: (string | number | null)[] = [group.label, section.coreElementId ? `${section.id} (${section.coreElementId})` : section.id, section.title.da];
        const fills: (string | null)[] = [null, null, null];
        report.rounds.forEach((_, r) => {
          const f = group.figures[s]![r]!;
          const change = r > 0 ? group.changes[s]![r - 1]! : null;
          if (f.suppressed) {
            values.push(SUPPRESSED_TEXT);
            fills.push(suppressedFill);
          } else {
            values.push(round1(f.shareAgreeing));
            fills.push(change ? colourFills[change.colour] : null);
          }
          if (r > 0) {
            values.push(change ? change.points : null);
            fills.push(change ? colourFills[change.colour] : null);
          }
        });
        const row = sheet.addRow(values);
        fills.forEach((fill, i) => {
          if (fill) row.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
        });
      });
    }
    const behaviour = report.behaviour;
    if (behaviour.length) {
      sheet.addRow([]);
      sheet.addRow(['Adfærdsfidelitet (sagsdata): andel af kontrollerne der er opfyldt (%)']).font = { bold: true };
      for (const row of behaviour) {
        const label = report.groups.find((g) => g.key === row.groupKey)?.label ?? row.groupKey;
        const values: (string | number | null)[] = [label, row.coreElementId, 'Adfærd'];
        const fills: (string | null)[] = [null, null, null];
        row.points.forEach((p, r) => {
          const change = r > 0 ? row.changes[r - 1]! : null;
          values.push(p ? round1(p.percent) : null);
          fills.push(change ? colourFills[change.colour] : null);
          if (r > 0) {
            values.push(change ? change.points : null);
            fills.push(change ? colourFills[change.colour] : null);
          }
        });
        const added = sheet.addRow(values);
        fills.forEach((fill, i) => {
          if (fill) added.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
        });
      }
    }
  }
  const about = workbook.addWorksheet('Definitioner');
  about.getColumn(1).width = 34;
  about.getColumn(2).width = 100;
  const add = (a: string, b: string | number) => about.addRow([a, b]);
  about.addRow(reportLines(first).slice(0, 1)).font = { bold: true, size: 14 };
  add('Model', `${first.model.name.da} (${first.model.id})`);
  add('Måleredskab', `${first.instrument.name.da} (${first.instrument.id} ${first.instrument.version}), scoring ${first.instrument.scoring}`);
  for (const r of first.rounds) add(`Runde: ${r.name}`, `${r.wave}; åbnet ${r.opensOn}; ${r.closedOn ? `lukket ${r.closedOn}` : 'åben'}; ${r.respondents ?? `under ${first.minCellSize}`} besvarelser`);
  add('Mindste cellestørrelse', first.minCellSize);
  add('Andel enige', 'For hver besvarelse: andelen af kerneelementets udsagn, der er besvaret med en svarmulighed der tæller som enig (fx "enig" eller "helt enig"); "ved ikke" tæller ikke med. Tallet er gennemsnittet over besvarelserne (samlet på respondentniveau, ikke et gennemsnit af enhedernes tal), som totalen i 003 Tabel 1 og 3.');
  add('Ændring og farve', `Ændringen er forskellen i procentpoint fra forrige runde. Grøn: over +${first.colourRule.greenAbove}; gul: fra ${first.colourRule.redBelow} til +${first.colourRule.greenAbove} (begge med); rød: under ${first.colourRule.redBelow}. Kilde: ${sourceText(first.colourRule.source)}; 003 afsnit 3.1-3.2, Tabel 1-3.`);
  add('Skjulte celler', `En celle (rolle eller enhed) med færre end ${first.minCellSize} besvarelser vises som "${SUPPRESSED_TEXT}". Er én celle skjult, skjules også den næstmindste, så de skjulte tilsammen har mindst ${first.minCellSize} besvarelser og ikke kan regnes ud fra totalen. Det samme gælder hvert kerneelement for sig. En ændring vises kun, hvor begge runder har et tal.`);
  add('Adfærdsfidelitet', 'Samme spørgsmål besvaret ud fra sagsdata: andelen af kontrollerne for kerneelementet, der er opfyldt, pr. rundens lukkedato (eller i dag, mens runden er åben). Farverne følger samme regel.');
  for (const s of first.sections) add(`Kerneelement ${s.id}${s.coreElementId ? ` (${s.coreElementId})` : ''}`, `${s.title.da}. Kilde: ${sourceText(s.source)}${s.source.note ? ` (${s.source.note})` : ''}`);
  about.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const pdfColours = { green: '#8fd19e', yellow: '#ffe699', red: '#f4a6a6' } as const;

/** The PDF: the report's heading and the element × round table of its breakdown, with the change colours. */
export async function renderFidelityPdf(report: FidelityReport, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = startPdf(`Fidelitet ${report.model.name.da}`, options);
  const { pdf, left, width, write, heading } = doc;
  const [title, ...rest] = reportLines(report);
  write(title!, 'Helvetica-Bold', 16, blue);
  for (const line of rest) write(line, 'Helvetica', 9, grey);
  const rounds = report.rounds.length;
  const labelWidth = Math.max(140, width - rounds * 70);
  const colWidth = rounds ? (width - labelWidth) / rounds : 0;
  const rowHeight = 26;
  const cell = (text: string, x: number, y: number, w: number, fill: string | null, bold = false) => {
    if (fill) pdf.rect(x, y, w, rowHeight).fill(fill);
    pdf.rect(x, y, w, rowHeight).lineWidth(0.3).strokeColor('#c8d3e0').stroke();
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(7.5).fillColor('#1a1a1a').text(toWinAnsi(text), x + 3, y + 4, { width: w - 6, height: rowHeight - 6, ellipsis: true });
  };
  const tableHeader = () => {
    const y = pdf.y;
    cell('Kerneelement', left, y, labelWidth, null, true);
    report.rounds.forEach((r, i) => cell(r.name, left + labelWidth + i * colWidth, y, colWidth, null, true));
    pdf.x = left;
    pdf.y = y + rowHeight;
  };
  for (const group of report.groups) {
    if (pdf.y > pdf.page.height - pdf.page.margins.bottom - rowHeight * (report.sections.length + 3)) pdf.addPage();
    heading(`${report.by === 'total' ? group.label : `${byNames[report.by]}: ${group.label}`}${group.suppressed ? ` (${SUPPRESSED_TEXT})` : ''}`);
    tableHeader();
    report.sections.forEach((section, s) => {
      if (pdf.y > pdf.page.height - pdf.page.margins.bottom - rowHeight) {
        pdf.addPage();
        tableHeader();
      }
      const y = pdf.y;
      cell(`${section.id} ${section.title.da}`, left, y, labelWidth, null);
      for (let r = 0; r < rounds; r++) {
        const f = group.figures[s]![r]!;
        const change = r > 0 ? group.changes[s]![r - 1]! : null;
        const text = f.suppressed ? SUPPRESSED_TEXT : change ? `${pct(f.shareAgreeing)} (${signed(change.points)}, ${colourNames[change.colour]})` : pct(f.shareAgreeing);
        cell(text, left + labelWidth + r * colWidth, y, colWidth, f.suppressed ? '#d9d9d9' : change ? pdfColours[change.colour] : null);
      }
      pdf.x = left;
      pdf.y = y + rowHeight;
    });
    const rows = report.behaviour.filter((b) => b.groupKey === group.key);
    if (rows.length) {
      pdf.moveDown(0.3);
      write('Adfærdsfidelitet (sagsdata), andel af kontrollerne opfyldt:', 'Helvetica-Oblique', 8, grey);
      for (const row of rows) {
        if (pdf.y > pdf.page.height - pdf.page.margins.bottom - rowHeight) pdf.addPage();
        const y = pdf.y;
        cell(`${row.coreElementId} (adfærd)`, left, y, labelWidth, null);
        row.points.forEach((p, r) => {
          const change = r > 0 ? row.changes[r - 1]! : null;
          const text = p === null ? '–' : change ? `${pct(p.percent)} (${signed(change.points)}, ${colourNames[change.colour]})` : pct(p.percent);
          cell(text, left + labelWidth + r * colWidth, y, colWidth, change ? pdfColours[change.colour] : null);
        });
        pdf.x = left;
        pdf.y = y + rowHeight;
      }
    }
  }
  pdf.x = left;
  pdf.moveDown(1);
  write(`Kilder: 003 (Projekt Bedre Ressourceforløb) afsnit 3.1-3.2, Tabel 1-3 for tabellens form og farvereglen.`, 'Helvetica', 8, grey);
  return doc.finish();
}
