/**
 * The reproducible report of a saved analysis (GET
 * /api/evaluation/analyses/:id/report): the same document as a
 * self-contained HTML page (inline CSS, no external assets) and as a PDF
 * (pdfkit through server/pdf.ts). It states the inputs, the parameters, the
 * data period, the register imports, the software and the hashes, then the
 * effect with its interval, the balance, survival and event-study tables.
 * Aggregates only: the saved analysis holds no person list.
 */
import { slugFileName } from '../../../domain/csv.ts';
import { registry } from '../../../domain/models/registry.ts';
import { blue, grey, startPdf, toWinAnsi } from '../../pdf.ts';
import { estimandNames, exclusionNames, methodNames, name, outcomeNames, warningNames } from './labels.ts';
import type { SavedAnalysis } from './schemas.ts';

export type ReportFormat = 'html' | 'pdf' | 'json';

export const reportContentType: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
};

/** 'effektevaluering-flere-skal-med-min-analyse-2026-12-07.html'. */
export function reportFileName(analysis: Pick<SavedAnalysis, 'name' | 'modelId' | 'createdAt'>, format: ReportFormat): string {
  return slugFileName(['effektevaluering', analysis.modelId, analysis.name.slice(0, 60), analysis.createdAt.slice(0, 10)], format);
}

/** A list of label-value pairs or a table; both renderers draw these. */
type Block = { kind: 'pairs'; items: [string, string][] } | { kind: 'table'; columns: string[]; rows: string[][] } | { kind: 'text'; text: string };
interface Section {
  title: string;
  blocks: Block[];
}

/** Extra names the saved analysis refers to by id (the unit of a case-data cohort). */
export interface ReportNames {
  unitName?: string | null;
}

const number = (value: number | null | undefined, decimals = 3): string =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toLocaleString('da-DK', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
const percent = (value: number) => `${number(value * 100, 1)} %`;
const pValue = (p: number) => (p < 0.001 ? '< 0,001' : number(p, 3));
const yesNo = (value: boolean | undefined | null) => (value === undefined || value === null ? '–' : value ? 'ja' : 'nej');
const interval = (low: number, high: number) => `[${number(low)}; ${number(high)}]`;

function sections(analysis: SavedAnalysis, names: ReportNames): Section[] {
  const { request, cohort, result, reproducibility: repro } = analysis;
  const model = registry.get(request.cohort.modelId);
  const treated = request.cohort.treated;
  const spec = request.analysis;
  const level = percent(result.level);
  const out: Section[] = [];

  out.push({
    title: 'Indsats og deltagere',
    blocks: [
      {
        kind: 'pairs',
        items: [
          ['Model', model ? `${model.name.da} (${model.id} ${model.version})` : request.cohort.modelId],
          ...(treated.kind === 'case_data'
            ? ([
                ['Deltagere fra', `Sagsdata: ${treated.by === 'visitation' ? 'første visitation' : 'første forløbsstart'} i perioden`],
                ['Enhed', names.unitName ? `${names.unitName} (${treated.unitId})` : treated.unitId],
                ['Periode', `${treated.from} til ${treated.to}`],
              ] as [string, string][])
            : ([
                ['Deltagere fra', `Fil: ${treated.fileName}`],
                ['Filens SHA-256', repro.fileSha256 ?? '–'],
              ] as [string, string][])),
          ['Målgruppe (kontroller)', `${cohort.rule.states.join(', ')}: mindst ${cohort.rule.atLeast} af de seneste ${cohort.rule.ofLast} uger`],
          ['Frø (kontrollernes tidspunkt nul)', String(cohort.seed)],
          ['Tidspunkt nul for deltagerne', cohort.timeZeroFrom ? `${cohort.timeZeroFrom} til ${cohort.timeZeroTo}` : '–'],
          ['Deltagere i kohorten', number(cohort.nTreated, 0)],
          ['Kontroller i kohorten', number(cohort.nControl, 0)],
          ['Personer uden fuld historik før tidspunkt nul', number(cohort.truncatedLookback, 0)],
        ],
      },
      {
        kind: 'table',
        columns: ['Udelukket', 'Antal'],
        rows: Object.entries(cohort.excluded).map(([code, n]) => [name(exclusionNames, code), number(n, 0)]),
      },
    ],
  });

  out.push({
    title: 'Metode og parametre',
    blocks: [
      {
        kind: 'pairs',
        items: [
          ['Metode', `${name(methodNames, spec.method)} (${spec.method})`],
          ['Effektmål', `${name(outcomeNames, spec.outcome)} (${spec.outcome})`],
          ['Vindue (måneder efter start)', result.window ?? 'forløb over 24 måneder'],
          ['Estimand', name(estimandNames, result.estimand)],
          ['Kovariater brugt', result.covariates.join(', ') || '–'],
          ['Kovariater udeladt', result.droppedCovariates.map((d) => `${d.name} (${d.reason})`).join(', ') || '–'],
          ['Kontroller pr. deltager', spec.ratio === undefined ? 'standard' : String(spec.ratio)],
          ['Med tilbagelægning', spec.replace === undefined ? 'standard' : yesNo(spec.replace)],
          ['Caliper', spec.caliper === undefined || spec.caliper === null ? 'ingen' : number(spec.caliper)],
          ['Eksakt match på', spec.exact?.join(', ') || '–'],
          ['Afstand', spec.distance ?? 'standard'],
          ['CEM-inddeling', spec.cutpoints ? JSON.stringify(spec.cutpoints) : 'standard (Sturges)'],
          ['Event study: før/efter', spec.leads !== undefined || spec.lags !== undefined ? `${spec.leads ?? 'standard'} / ${spec.lags ?? 'standard'} måneder` : 'standard'],
          ['Bootstrap', spec.bootstrap ? `${spec.bootstrap.replicates} gentagelser, frø ${spec.bootstrap.seed ?? 'standard'}` : 'nej'],
          ['Konfidensniveau', level],
        ],
      },
    ],
  });

  const e = result.effect;
  const effectItems: [string, string][] = [
    [name(estimandNames, result.estimand), number(e.estimate)],
    [`${level} konfidensinterval`, interval(e.ciLow, e.ciHigh)],
    ['Standardfejl', number(e.se)],
    ['p-værdi', pValue(e.p)],
  ];
  if (result.bootstrap) effectItems.push([`Bootstrap-interval (${result.bootstrap.replicates} gentagelser, frø ${result.bootstrap.seed})`, interval(result.bootstrap.ciLow, result.bootstrap.ciHigh)]);
  if (result.naive) effectItems.push(['Ujusteret forskel (deltagere minus kontroller)', `${number(result.naive.estimate)} ${interval(result.naive.ciLow, result.naive.ciHigh)}`]);
  effectItems.push(
    ['Gennemsnit, deltagere', number(result.meanTreated)],
    ['Gennemsnit, kontroller', number(result.meanControl)],
    ['Deltagere / kontroller', `${number(result.nTreated, 0)} / ${number(result.nControl, 0)}`],
    ['Matchede deltagere / kontroller', `${number(result.nMatchedTreated, 0)} / ${number(result.nMatchedControl, 0)}`],
  );
  const effectBlocks: Block[] = [{ kind: 'pairs', items: effectItems }];
  if (result.warnings.length) {
    effectBlocks.push({
      kind: 'table',
      columns: ['Advarsel', 'Tal'],
      rows: result.warnings.map((w) => [name(warningNames, w.code), w.values ? Object.entries(w.values).map(([k, v]) => `${k}: ${typeof v === 'number' ? number(v) : v}`).join('; ') : '']),
    });
  }
  out.push({ title: 'Effekt', blocks: effectBlocks });

  if (result.balance) {
    const after = new Map(result.balance.after.map((row) => [row.name, row]));
    out.push({
      title: 'Balance før og efter',
      blocks: [
        {
          kind: 'table',
          columns: ['Kovariat', 'Gns. deltagere', 'Gns. kontroller før', 'Std. forskel før', 'Gns. kontroller efter', 'Std. forskel efter', 'Varians-ratio efter'],
          rows: result.balance.before.map((row) => {
            const a = after.get(row.name);
            return [row.name, number(row.meansTreated), number(row.meansControl), number(row.stdMeanDiff), number(a?.meansControl), number(a?.stdMeanDiff), number(a?.varRatio)];
          }),
        },
      ],
    });
  }

  if (result.survival) {
    const s = result.survival;
    const curves = s.curves;
    const times = [...new Set(curves.flatMap((c) => c.time))].sort((a, b) => a - b);
    // A step function: the survival at t is the last value at or before t (1 before the first event).
    const at = (curve: (typeof curves)[number], t: number) => {
      let value = 1;
      let risk = curve.n;
      for (let i = 0; i < curve.time.length && curve.time[i]! <= t; i++) {
        value = curve.surv[i]!;
        risk = curve.nRisk[i]!;
      }
      return { value, risk };
    };
    const items: [string, string][] = [
      ['Forløbsmål', `${name(outcomeNames, s.outcome)} (${s.sample === 'matched' ? 'matchet stikprøve' : 'hele kohorten'})`],
      ...curves.map((c) => [`${c.group === 'treated' ? 'Deltagere' : 'Kontroller'}: antal, hændelser, median`, `${number(c.n, 0)}, ${number(c.events, 0)}, ${c.median === null ? 'ikke nået' : `${number(c.median, 1)} mdr.`}`] as [string, string]),
    ];
    if (s.logRank) items.push(['Log-rank', `chi² = ${number(s.logRank.chiSquare)}, df = ${s.logRank.df}, p = ${pValue(s.logRank.p)}`]);
    if (s.hazardRatio) items.push(['Hazard ratio (Cox)', `${number(s.hazardRatio.estimate)} ${interval(s.hazardRatio.ciLow, s.hazardRatio.ciHigh)}, p = ${pValue(s.hazardRatio.p)}`]);
    out.push({
      title: 'Forløb (Kaplan-Meier)',
      blocks: [
        { kind: 'pairs', items },
        {
          kind: 'table',
          columns: ['Måned', ...curves.flatMap((c) => (c.group === 'treated' ? ['Overlevelse deltagere', 'I risiko deltagere'] : ['Overlevelse kontroller', 'I risiko kontroller']))],
          rows: times.map((t) => [number(t, 2), ...curves.flatMap((c) => {
            const { value, risk } = at(c, t);
            return [number(value), number(risk, 1)];
          })]),
        },
      ],
    });
  }

  if (result.eventStudy) {
    const es = result.eventStudy;
    const blocks: Block[] = [
      {
        kind: 'table',
        columns: ['Måned relativt til start', 'Estimat', `${level} interval`, 'Standardfejl', 'p-værdi'],
        rows: es.points.map((p) => [String(p.k), number(p.estimate), interval(p.ciLow, p.ciHigh), number(p.se), pValue(p.p)]),
      },
    ];
    if (es.preTrend) blocks.push({ kind: 'text', text: `Test af flade trends før start: statistik ${number(es.preTrend.statistic)}, df ${es.preTrend.df}, p = ${pValue(es.preTrend.p)}. Måned -1 er reference.` });
    out.push({ title: 'Event study', blocks });
  }

  out.push({
    title: 'Reproducerbarhed',
    blocks: [
      {
        kind: 'pairs',
        items: [
          ['Specifikationens SHA-256', repro.specSha256],
          ['Deltagerlistens SHA-256', repro.treatedSha256],
          ['Filens SHA-256', repro.fileSha256 ?? '–'],
          ['Ydelsesuger i registeret', `${repro.dataPeriod.benefitFrom ?? '–'} til ${repro.dataPeriod.benefitTo ?? '–'}`],
          ['Timer i registeret', `${repro.dataPeriod.hoursFrom ?? '–'} til ${repro.dataPeriod.hoursTo ?? '–'}`],
          ['Jobspor', repro.software.jobspor],
          ['Git-commit', repro.software.commit ?? 'ukendt'],
          ['Node.js', repro.software.node],
          ['ml-matrix', repro.software.mlMatrix],
          ['Beregnet', repro.computedAt],
        ],
      },
      {
        kind: 'table',
        columns: ['Registerimport', 'Slags', 'Fil', 'SHA-256', 'Periode'],
        rows: repro.registerImports.map((i) => [String(i.id), i.kind, i.fileName, i.sha256, `${i.periodFrom ?? '–'} til ${i.periodTo ?? '–'}`]),
      },
      {
        kind: 'text',
        text: 'Samme specifikation på de samme registerimporter med samme software giver de samme tal: specifikationens hash dækker model, deltagere, målgruppe, frø og alle metodeparametre; deltagerlistens hash dækker de personer og tidspunkter nul, der blev brugt.',
      },
    ],
  });
  return out;
}

function heading(analysis: SavedAnalysis): { title: string; lines: string[] } {
  return {
    title: `Effektevaluering: ${analysis.name}`,
    lines: [`Gemt af ${analysis.createdBy} ${analysis.createdAt.slice(0, 16).replace('T', ' ')} (UTC)`, 'Resultaterne er aggregerede; rapporten indeholder ingen personoplysninger.'],
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const css = `body{font-family:"IBM Plex Sans",Arial,sans-serif;color:#1a1a1a;max-width:1100px;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{color:${blue};font-size:1.6rem;margin-bottom:.2rem}h2{color:${blue};font-size:1.2rem;border-bottom:1px solid #c8d3e0;padding-bottom:.2rem;margin-top:2rem}
.meta{color:${grey};margin:.1rem 0}table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}th,td{border:1px solid #c8d3e0;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#eef2f7}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.6rem 0}dt{font-weight:600}dd{margin:0;word-break:break-all}
@media print{body{margin:0}}`;

/** The report as one self-contained HTML page (Danish). */
export function renderReportHtml(analysis: SavedAnalysis, names: ReportNames = {}): string {
  const head = heading(analysis);
  const block = (b: Block): string => {
    if (b.kind === 'text') return `<p>${escapeHtml(b.text)}</p>`;
    if (b.kind === 'pairs') return `<dl>${b.items.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
    if (b.rows.length === 0) return '<p>Ingen rækker.</p>';
    return `<table><thead><tr>${b.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${b.rows
      .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
  };
  const body = sections(analysis, names)
    .map((s) => `<section><h2>${escapeHtml(s.title)}</h2>${s.blocks.map(block).join('\n')}</section>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(head.title)}</title>
<style>${css}</style>
</head>
<body>
<h1>${escapeHtml(head.title)}</h1>
${head.lines.map((l) => `<p class="meta">${escapeHtml(l)}</p>`).join('\n')}
${body}
</body>
</html>
`;
}

/** The report as a PDF (A4, the standard fonts). `compress: false` keeps the text readable for tests. */
export async function renderReportPdf(analysis: SavedAnalysis, names: ReportNames = {}, options: { compress?: boolean } = {}): Promise<Buffer> {
  const head = heading(analysis);
  const doc = startPdf(head.title, options);
  const { pdf, left, width, write } = doc;
  write(head.title, 'Helvetica-Bold', 16, blue);
  for (const line of head.lines) write(line, 'Helvetica', 9, grey);
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  const cellText = (text: string, x: number, y: number, w: number, bold: boolean) =>
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(7).fillColor('#1a1a1a').text(toWinAnsi(text), x + 2, y + 2, { width: w - 4, lineBreak: true });
  const table = (columns: string[], rows: string[][]) => {
    const colWidth = width / columns.length;
    const drawRow = (cells: string[], bold: boolean) => {
      const height = Math.max(...cells.map((c) => pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(7).heightOfString(toWinAnsi(c), { width: colWidth - 4 }))) + 4;
      if (pdf.y + height > bottom()) pdf.addPage();
      const y = pdf.y;
      cells.forEach((c, i) => {
        pdf.rect(left + i * colWidth, y, colWidth, height).lineWidth(0.3).strokeColor('#c8d3e0').stroke();
        cellText(c, left + i * colWidth, y, colWidth, bold);
      });
      pdf.x = left;
      pdf.y = y + height;
    };
    drawRow(columns, true);
    for (const row of rows) drawRow(row, false);
    pdf.moveDown(0.5);
  };
  for (const section of sections(analysis, names)) {
    if (pdf.y > bottom() - 80) pdf.addPage();
    doc.heading(section.title);
    for (const b of section.blocks) {
      if (b.kind === 'text') write(b.text, 'Helvetica', 8, grey);
      else if (b.kind === 'pairs') for (const [k, v] of b.items) write(`${k}: ${v}`, 'Helvetica', 9);
      else if (b.rows.length) table(b.columns, b.rows);
      pdf.moveDown(0.3);
    }
  }
  return doc.finish();
}
