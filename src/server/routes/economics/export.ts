/**
 * XLSX downloads of a cost model and a scenario (exceljs, as the monitoring
 * and fidelity downloads): one sheet each for the inputs, the results, the
 * breakdowns, the sensitivity and the years, numbers as numbers with number
 * formats and a frozen header row. Sheet and column names are Danish, as
 * the page's.
 */
import ExcelJS from 'exceljs';
import { slugFileName } from '../../../domain/csv.ts';
import type { CostModelEvaluation, StoredCostModel } from '../../../store/economics/cost-models.ts';
import type { ScenarioEvaluation, StoredScenario } from '../../../store/economics/scenarios.ts';
import { exportContentType } from '../monitoring/export.ts';

export const xlsxContentType = exportContentType.xlsx;

const kr = '#,##0';
const decimal = '#,##0.00';

type Cell = string | number | null;
interface Column {
  header: string;
  width?: number;
  numFmt?: string;
}

function table(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? 16, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return sheet;
}

/** A two-column sheet of labelled values. */
function keyValues(workbook: ExcelJS.Workbook, name: string, rows: [string, Cell][]): ExcelJS.Worksheet {
  return table(workbook, name, [{ header: 'Felt', width: 42 }, { header: 'Værdi', width: 40 }], rows);
}

const phaseName = (phase: string) => (phase === 'establishment' ? 'Etablering' : 'Drift');

/** 'omkostninger-<name>.xlsx'. */
export function costModelFileName(model: StoredCostModel): string {
  return slugFileName(['omkostninger', model.name], 'xlsx');
}

export function scenarioFileName(scenario: StoredScenario): string {
  return slugFileName(['scenarie', scenario.name], 'xlsx');
}

/** The cost model workbook: Input, Poster (the lines), Resultat, Pr. post, Pr. rolle, Pr. kategori, Pr. kvartal, Følsomhed. */
export async function renderCostModelXlsx(model: StoredCostModel, evaluation: CostModelEvaluation): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jobspor';
  const input = evaluation.input;
  const c = evaluation.citizens;
  keyValues(workbook, 'Input', [
    ['Navn', model.name],
    ['Enhed', model.unitName],
    ['Model', model.modelId],
    ['Periode fra', model.periodFrom],
    ['Periode til', model.periodTo],
    ['Borgere pr. år, indtastet', c.entered],
    ['Borgere i perioden, fra sagsdata', c.fromCaseData.citizens],
    ['Periodens længde (år)', c.fromCaseData.years],
    ['Borgere pr. år, fra sagsdata', c.fromCaseData.perYear],
    ['Borgere pr. år, brugt', c.used],
    ['Prisår', input.priceYear],
    ['Prisår for input', input.inputPriceYear ?? input.priceYear],
    ['Produktive timer pr. år', input.productiveHoursPerYear ?? null],
    ['Overhead', input.overheadRate ?? null],
    ['Driftsperiode (år)', input.operatingPeriod.years],
    ['Første kvartal', input.operatingPeriod.firstQuarter ?? null],
    ['Diskonteringsrente for etablering', input.establishmentDiscountRate ?? null],
    ...input.roles.map((r): [string, Cell] => [`Årsløn: ${r.id}`, r.annualSalary ?? null]),
    ...(input.priceIndex ?? []).map((e): [string, Cell] => [`Prisindeks ${e.year}`, e.value]),
    ['Oprettet af', model.createdBy],
    ['Senest ændret', model.updatedAt],
  ]);
  table(
    workbook,
    'Poster',
    [{ header: 'Fase' }, { header: 'Post', width: 30 }, { header: 'Art' }, { header: 'Rolle' }, { header: 'Kategori' }, { header: 'Timer', numFmt: decimal }, { header: 'Beløb (kr.)', numFmt: kr }, { header: 'Prisår' }, { header: 'Kvartal' }],
    input.items.flatMap((item) =>
      item.lines.map((l): Cell[] =>
        l.kind === 'staff_time'
          ? [phaseName(item.phase), item.id, 'Personaletid', l.roleId, null, l.hours, null, null, l.quarter ?? null]
          : [phaseName(item.phase), item.id, 'Udgift', l.roleId ?? null, l.category, null, l.amount, l.priceYear ?? null, l.quarter ?? null],
      ),
    ),
  );
  if (!evaluation.result.ok) {
    table(workbook, 'Problemer', [{ header: 'Felt', width: 40 }, { header: 'Kode', width: 30 }], evaluation.result.problems.map((p) => [p.path, p.code]));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  const cost = evaluation.result.cost;
  const figures = [{ header: 'I alt i perioden (kr.)', numFmt: kr }, { header: 'Pr. år (kr.)', numFmt: kr }, { header: 'Pr. borger (kr.)', numFmt: kr }];
  table(workbook, 'Resultat', [{ header: 'Fase', width: 20 }, ...figures], [
    ['Etablering', cost.establishment.total, cost.establishment.perYear, cost.establishment.perCitizen],
    ['Drift', cost.operation.total, cost.operation.perYear, cost.operation.perCitizen],
    ['I alt', cost.total.total, cost.total.perYear, cost.total.perCitizen],
  ]);
  table(workbook, 'Pr. post', [{ header: 'Fase' }, { header: 'Post', width: 30 }, { header: 'Timer', numFmt: decimal }, ...figures], cost.byItem.map((i) => [phaseName(i.phase), i.itemId, i.hours, i.total, i.perYear, i.perCitizen]));
  table(workbook, 'Pr. rolle', [{ header: 'Fase' }, { header: 'Rolle', width: 24 }, { header: 'Timer', numFmt: decimal }, { header: 'I alt (kr.)', numFmt: kr }], cost.byRole.map((r) => [phaseName(r.phase), r.roleId ?? '(ingen rolle)', r.hours, r.total]));
  table(workbook, 'Pr. kategori', [{ header: 'Fase' }, { header: 'Kategori', width: 24 }, { header: 'I alt (kr.)', numFmt: kr }], cost.byCategory.map((r) => [phaseName(r.phase), r.category, r.total]));
  table(workbook, 'Pr. kvartal', [{ header: 'Kvartal' }, { header: 'Fase' }, { header: 'Timer', numFmt: decimal }, { header: 'I alt (kr.)', numFmt: kr }], cost.byQuarter.map((q) => [q.quarter ?? '(hele fasen)', phaseName(q.phase), q.hours, q.total]));
  table(
    workbook,
    'Følsomhed',
    [{ header: 'Borgere pr. år', numFmt: decimal }, { header: 'Etablering pr. borger (kr.)', numFmt: kr }, { header: 'Drift pr. borger (kr.)', numFmt: kr }, { header: 'I alt pr. borger (kr.)', numFmt: kr }],
    evaluation.result.sensitivity.map((s) => [s.citizensPerYear, s.establishmentPerCitizen, s.operationPerCitizen, s.totalPerCitizen]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The scenario workbook: Input, Resultat (per citizen and cohort), Konsekvenser, År, and Interval when it rests on an effect estimate. */
export async function renderScenarioXlsx(scenario: StoredScenario, evaluation: ScenarioEvaluation): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jobspor';
  const input = evaluation.input;
  const ev = scenario.evidence;
  keyValues(workbook, 'Input', [
    ['Navn', scenario.name],
    ['Enhed', scenario.unitName],
    ['Enhedspriser', `${scenario.unitPrices.id} ${scenario.unitPrices.version}`],
    ['Enhedsprisernes status', evaluation.priceSet?.set.status ?? null],
    ['Prisår', input.priceYear],
    ['Investering pr. borger, kommune (kr.)', input.investmentPerCitizen?.municipality ?? null],
    ['Investering pr. borger, stat (kr.)', input.investmentPerCitizen?.state ?? null],
    ['Investering fra omkostningsberegning', scenario.costModelId],
    ['Varighed (år)', input.horizonYears],
    ['Første år med ændringer', input.startOffsetYears ?? 1],
    ['Diskonteringsrente', input.discountRate ?? 0],
    ['Kohorte (borgere)', input.cohortSize ?? 1],
    ...(input.changes ?? []).map((c): [string, Cell] => [`Ændring pr. borger pr. år: ${c.consequence}`, c.quantityPerYear]),
    ['Evidens', ev ? (ev.source === 'analysis' ? `Gemt analyse ${ev.analysisId}` : 'Indtastet effekt') : null],
    ['Evidens: konsekvens', ev?.consequence ?? null],
    ...(evaluation.analysis
      ? ([
          ['Analyse: udfald', evaluation.analysis.outcome],
          ['Analyse: vindue', evaluation.analysis.window],
          ['Analyse: effekt', evaluation.analysis.estimate],
          ['Analyse: nedre grænse', evaluation.analysis.ciLow],
          ['Analyse: øvre grænse', evaluation.analysis.ciHigh],
        ] as [string, Cell][])
      : ev?.source === 'entered'
        ? ([
            ['Effekt', ev.estimate],
            ['Nedre grænse', ev.ciLow],
            ['Øvre grænse', ev.ciHigh],
            ['Vindue (måneder)', ev.windowMonths],
          ] as [string, Cell][])
        : []),
  ]);
  if (!evaluation.result.ok) {
    table(workbook, 'Problemer', [{ header: 'Felt', width: 40 }, { header: 'Kode', width: 30 }], evaluation.result.problems.map((p) => [p.path, p.code]));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  const r = evaluation.result.scenario;
  const actors = [{ header: 'Kommune (kr.)', numFmt: kr }, { header: 'Stat (kr.)', numFmt: kr }, { header: 'I alt (kr.)', numFmt: kr }];
  const rows: Cell[][] = [];
  for (const [label, f] of [['Pr. borger', r.perCitizen], ['Kohorte', r.cohort]] as const) {
    rows.push([label, 'Investering', f.investment.municipality, f.investment.state, f.investment.total]);
    rows.push([label, 'Afkast', f.returns.municipality, f.returns.state, f.returns.total]);
    rows.push([label, 'Nettoresultat', f.net.municipality, f.net.state, f.net.total]);
    rows.push([label, 'Break-even (år)', f.breakEvenYear.municipality, f.breakEvenYear.state, f.breakEvenYear.total]);
  }
  table(workbook, 'Resultat', [{ header: 'For' }, { header: 'Post', width: 20 }, ...actors], rows);
  table(
    workbook,
    'Konsekvenser',
    [{ header: 'Konsekvens', width: 24 }, { header: 'Mængde pr. år', numFmt: decimal }, ...actors],
    r.perCitizen.byConsequence.map((c) => [c.consequence, c.quantityPerYear, c.value.municipality, c.value.state, c.value.total]),
  );
  table(
    workbook,
    'År',
    [{ header: 'År' }, { header: 'Kommune (kr.)', numFmt: kr }, { header: 'Stat (kr.)', numFmt: kr }, { header: 'I alt (kr.)', numFmt: kr }, { header: 'Kommune akk. (kr.)', numFmt: kr }, { header: 'Stat akk. (kr.)', numFmt: kr }, { header: 'I alt akk. (kr.)', numFmt: kr }],
    r.perCitizen.years.map((y) => [y.year, y.flow.municipality, y.flow.state, y.flow.total, y.cumulative.municipality, y.cumulative.state, y.cumulative.total]),
  );
  const e = evaluation.result.evidence;
  if (e) {
    const iv: Cell[][] = [['Mængde pr. borger pr. år', e.quantityPerYear.estimate, e.quantityPerYear.low, e.quantityPerYear.high]];
    for (const actor of ['municipality', 'state', 'total'] as const) {
      const label = { municipality: 'kommune', state: 'stat', total: 'i alt' }[actor];
      iv.push([`Nettoresultat pr. borger, ${label}`, e.netPerCitizen[actor].estimate, e.netPerCitizen[actor].low, e.netPerCitizen[actor].high]);
      iv.push([`Nettoresultat kohorte, ${label}`, e.netCohort[actor].estimate, e.netCohort[actor].low, e.netCohort[actor].high]);
    }
    table(workbook, 'Interval', [{ header: 'Størrelse', width: 36 }, { header: 'Estimat', numFmt: decimal }, { header: 'Nedre', numFmt: decimal }, { header: 'Øvre', numFmt: decimal }], iv);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
