/**
 * The status report as tables, shared by the XLSX (one sheet each), CSV
 * (the figures table) and PDF exports: the figures (every series point with
 * numerator, denominator, value and version, beside the cluster's and the
 * country's value), the comparison in the report's month (unit, cluster,
 * country, target), the top 10, the scoreboard and the corrections. No
 * persons: the persons behind a figure are only shown on the page, audited.
 * Numbers stay numbers; each column says how to show them.
 */
import { measureName, measureUnitName, targetText, thirdNames } from './labels.ts';
import type { Report } from './schemas.ts';

export type Cell = string | number | null;

export interface TableColumn {
  header: string;
  /** Excel number format for numeric columns. */
  numFmt?: string;
  width?: number;
}

export interface ReportTable {
  /** Sheet name (at most 31 characters). */
  name: string;
  columns: TableColumn[];
  rows: Cell[][];
}

const value = { numFmt: '#,##0.0', width: 12 };
const count = { numFmt: '#,##0.##', width: 12 };
const whole = { numFmt: '0', width: 10 };
const measure = { header: 'Mål', width: 48 };

export function figuresTable(report: Report): ReportTable {
  const rows: Cell[][] = [];
  for (const m of report.measures) {
    m.series.forEach((p, i) => {
      rows.push([
        m.id,
        measureName(m.id),
        measureUnitName(m.unit),
        p.month,
        p.numerator,
        p.denominator,
        p.value,
        p.version,
        m.clusterSeries[i]?.value ?? null,
        m.countrySeries[i]?.value ?? null,
      ]);
    });
  }
  return {
    name: 'Tal',
    columns: [
      { header: 'Mål-id', width: 30 },
      measure,
      { header: 'Måleenhed', width: 14 },
      { header: 'Måned', width: 10 },
      { header: 'Tæller', ...count },
      { header: 'Nævner', ...count },
      { header: 'Værdi', ...value },
      { header: 'Version', ...whole },
      { header: 'Klynge', ...value },
      { header: 'Hele landet', ...value },
    ],
    rows,
  };
}

export function comparisonTable(report: Report): ReportTable {
  return {
    name: 'Sammenligning',
    columns: [measure, { header: 'Måleenhed', width: 14 }, { header: report.unit.name, ...value }, { header: 'Klynge', ...value }, { header: 'Hele landet', ...value }, { header: 'Målsætning', width: 24 }],
    rows: report.measures.map((m) => [
      measureName(m.id),
      measureUnitName(m.unit),
      m.series.at(-1)?.value ?? null,
      m.clusterSeries.at(-1)?.value ?? null,
      m.countrySeries.at(-1)?.value ?? null,
      targetText(m.target),
    ]),
  };
}

export function top10Table(report: Report): ReportTable {
  return {
    name: 'Top 10',
    columns: [measure, { header: 'Placering', ...whole }, { header: 'Kommune', width: 24 }, { header: 'Værdi', ...value }],
    rows: report.measures.flatMap((m) => m.top10.map((t, i) => [measureName(m.id), i + 1, t.name, t.value])),
  };
}

export function scoreboardTable(report: Report): ReportTable {
  const third = (t: 'top' | 'middle' | 'bottom' | null) => (t ? thirdNames[t] : '');
  return {
    name: 'Scoreboard',
    columns: [
      measure,
      { header: 'Værdi', ...value },
      { header: 'Ændring siden sidste måned', ...value, width: 16 },
      { header: 'Placering i klyngen', ...whole },
      { header: 'Af', ...whole },
      { header: 'Tredjedel i klyngen', width: 20 },
      { header: 'Placering i landet', ...whole },
      { header: 'Af', ...whole },
      { header: 'Tredjedel i landet', width: 20 },
    ],
    rows: report.measures.map((m) => [
      measureName(m.id),
      m.series.at(-1)?.value ?? null,
      m.scoreboard.changeSinceLastMonth,
      m.scoreboard.cluster.rank,
      m.scoreboard.cluster.of,
      third(m.scoreboard.cluster.third),
      m.scoreboard.country.rank,
      m.scoreboard.country.of,
      third(m.scoreboard.country.third),
    ]),
  };
}

export function correctionsTable(report: Report): ReportTable {
  return {
    name: 'Rettelser',
    columns: [measure, { header: 'Måned', width: 10 }, { header: 'Version', ...whole }, { header: 'Rettet', width: 22 }],
    rows: report.corrections.map((c) => [measureName(c.measure), c.month, c.version, c.correctedAt]),
  };
}

/** Every table of the report, in sheet order. */
export function reportTables(report: Report): ReportTable[] {
  return [figuresTable(report), comparisonTable(report), top10Table(report), scoreboardTable(report), correctionsTable(report)];
}

/** The report's heading lines: model, unit, month, cluster, closed or live. */
export function reportHeading(report: Report, modelName: string): string[] {
  return [
    `Statusrapport: ${modelName}`,
    `${report.unit.name}, ${report.month}${report.closed ? '' : ' (løbende måned, beregnet nu)'}`,
    report.cluster ? `Klynge: ${report.cluster.name} (${report.cluster.municipalities} kommuner)` : 'Klynge: ingen',
    `Beregnet ${report.computedAt.slice(0, 16).replace('T', ' ')}`,
  ];
}
