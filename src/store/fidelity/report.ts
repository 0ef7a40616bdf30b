/**
 * The fidelity reports (routes/fidelity/schemas.ts; docs/fidelity.md):
 * the element × round table per breakdown with changes and colours and the
 * behavioural fidelity beside it (FidelityReport), the units × sections
 * heatmap of one round, the trend over rounds and months, and fidelity
 * against outcome per unit with Pearson's r (OutcomeScatter). Shared by the
 * API, the exports and the CLI.
 *
 * Who sees what is the caller's business (ReportScope): the rounds of one
 * municipality whose units all lie in the scope. A unit filter is refused
 * when it would show figures that the unit breakdown suppresses (else a
 * small unit could be recovered by difference).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { behaviourPercent, poolBehaviour, type ElementBehaviour } from '../../domain/fidelity/behaviour.ts';
import { pearson } from '../../domain/fidelity/correlation.ts';
import type { Instrument, RespondentRole } from '../../domain/fidelity/instrument.ts';
import { behaviourRows, colourRuleFor, elementTable, meanShare, pooledBehaviourPercent, sectionCoreElements, withhold, type ColourRuleWithSource } from '../../domain/fidelity/report.ts';
import { scoreBreakdown, type BreakdownDimension, type SurveyResponse } from '../../domain/fidelity/scoring.ts';
import { registry } from '../../domain/models/registry.ts';
import type { ModelDefinition } from '../../domain/models/schema.ts';
import { endOfMonth, monthIndex, monthKey } from '../../domain/monitoring/months.ts';
import { measuresFor, type MeasureDefinition } from '../../domain/monitoring/measures.ts';
import { modelMeasureOf } from '../../domain/monitoring/targets.ts';
import type { FidelityReport, Heatmap, OutcomeScatter, Trend } from '../../server/routes/fidelity/schemas.ts';
import { measureName } from '../../server/routes/monitoring/labels.ts';
import { today as todayIso } from '../facts.ts';
import { loadUnitDirectory, type UnitDirectory } from '../monitoring/units.ts';
import { loadBehaviour } from './behaviour.ts';
import { latestInstrumentFor, loadInstrument, loadResponses, loadRounds, type ReportRound } from './report-data.ts';

export type FidelityReportErrorCode =
  | 'unknown_model'
  | 'unknown_round'
  | 'unknown_unit'
  | 'unknown_measure'
  | 'no_instrument'
  | 'mixed_instruments'
  | 'unit_suppressed'
  | 'unit_inside_round_unit'
  | 'role_within_unit';

/** A request the report cannot answer; `field` names the query field. */
export class FidelityReportError extends Error {
  constructor(
    readonly code: FidelityReportErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ReportScope {
  /** The municipality (root unit) whose rounds are read. */
  municipalityId: string;
  /** Units the caller may see; a round is read only when all its units are here. null: all (the CLI). */
  unitIds: ReadonlySet<string> | null;
  /** The caller's own unit: the trend's behaviour when there are no rounds and no filter. */
  homeUnitId: string | null;
  minCellSize: number;
  today?: string;
}

export const roleLabels: Record<RespondentRole, string> = {
  leder: 'Leder',
  projektleder: 'Projektleder',
  sagsbehandler: 'Sagsbehandler',
  jobformidler: 'Jobformidler',
  virksomhedskonsulent: 'Virksomhedskonsulent',
  mentor: 'Mentor',
};

const TOTAL_LABEL = 'I alt';

function modelOf(id: string): ModelDefinition {
  const model = registry.get(id);
  if (!model) throw new FidelityReportError('unknown_model', 'model', `Ukendt model "${id}".`);
  return model;
}

/** The model definition's colour rule, if it has one. */
function modelRule(model: ModelDefinition): ColourRuleWithSource | null {
  return model.fidelityScale.colourRule ?? null;
}

interface Selection {
  model: ModelDefinition;
  instrument: Instrument;
  rounds: ReportRound[];
  /** Per round (same order): its responses, unit ids mapped to the round's units. */
  responses: SurveyResponse[][];
  directory: UnitDirectory;
  rule: ColourRuleWithSource;
  /** Per round: true while it is not closed; its survey figures are withheld (see elementTable). */
  withheld: boolean[];
}

/** True when `ancestor` is `unitId` or lies above it. */
function isWithin(directory: UnitDirectory, unitId: string, ancestor: string): boolean {
  for (let u = directory.units.get(unitId); u; u = u.parentId ? directory.units.get(u.parentId) : undefined) if (u.id === ancestor) return true;
  return false;
}

/** The round unit a response unit belongs to: itself, or the nearest round unit above it. */
function roundUnitOf(directory: UnitDirectory, round: ReportRound, unitId: string): string {
  for (let u = directory.units.get(unitId); u; u = u.parentId ? directory.units.get(u.parentId) : undefined) if (round.unitIds.includes(u.id)) return u.id;
  return unitId;
}

/**
 * The rounds to show and their responses. Default rounds: the model's
 * rounds (not planned ones) of the instrument version used by the newest
 * round, oldest first. Given rounds must be visible and share one
 * instrument version.
 */
async function select(db: Kysely<Database>, scope: ReportScope, modelId: string, roundIds?: readonly string[]): Promise<Selection> {
  const model = modelOf(modelId);
  const all = await loadRounds(db, { municipalityId: scope.municipalityId, modelId, scope: scope.unitIds, today: scope.today });
  let rounds: ReportRound[];
  if (roundIds && roundIds.length) {
    rounds = roundIds.map((id) => {
      const found = all.find((r) => r.id === id);
      if (!found) throw new FidelityReportError('unknown_round', 'rounds', `Runden ${id} findes ikke for modellen, eller du har ikke adgang til den.`);
      return found;
    });
    if (new Set(rounds.map((r) => r.id)).size !== rounds.length) throw new FidelityReportError('unknown_round', 'rounds', 'En runde er valgt to gange.');
    const versions = new Set(rounds.map((r) => `${r.instrumentId}@${r.instrumentVersion}`));
    if (versions.size > 1) throw new FidelityReportError('mixed_instruments', 'rounds', `Runderne bruger forskellige måleredskaber (${[...versions].join(', ')}); vælg runder med samme måleredskab og version.`);
  } else {
    const held = all.filter((r) => r.status !== 'planned');
    const newest = held.at(-1);
    rounds = newest ? held.filter((r) => r.instrumentId === newest.instrumentId && r.instrumentVersion === newest.instrumentVersion) : [];
  }
  const first = rounds[0];
  const instrument = first ? await loadInstrument(db, first.instrumentId, first.instrumentVersion) : await latestInstrumentFor(db, modelId, scope.municipalityId);
  if (!instrument) throw new FidelityReportError('no_instrument', 'model', `Der er ingen måleredskaber eller runder for modellen "${modelId}".`);
  const directory = await loadUnitDirectory(db);
  const byRound = await loadResponses(
    db,
    rounds.map((r) => r.id),
  );
  const responses = rounds.map((r) => byRound.get(r.id)!.map((resp) => ({ ...resp, unitId: roundUnitOf(directory, r, resp.unitId) })));
  return { model, instrument, rounds, responses, directory, rule: colourRuleFor(instrument, modelRule(model)), withheld: rounds.map((r) => r.status !== 'closed') };
}

/**
 * Restricts a selection to a unit's subtree, after checking that this shows
 * nothing the unit breakdown hides: the unit must not lie inside a round's
 * unit (its figures minus the unit's would give the rest), and every round
 * unit it covers must be shown, with every section figure, in every round
 * (a unit that covers all of a round's units shows that round's total).
 */
function applyUnitFilter(sel: Selection, unitId: string, scope: ReportScope): SurveyResponse[][] {
  const { directory } = sel;
  const unit = directory.units.get(unitId);
  if (!unit || (scope.unitIds && !scope.unitIds.has(unitId))) throw new FidelityReportError('unknown_unit', 'unit', 'Enheden findes ikke, eller du har ikke adgang til den.');
  const name = unit.name;
  return sel.rounds.map((round, r) => {
    const covered = new Set(round.unitIds.filter((id) => isWithin(directory, id, unitId)));
    // A round still open shows nothing, so there is nothing to check.
    if (sel.withheld[r]) return sel.responses[r]!.filter((resp) => covered.has(resp.unitId));
    // A round unit is a cell of its own even when another round unit lies above it.
    const outer = round.unitIds.includes(unitId) ? undefined : round.unitIds.find((id) => isWithin(directory, unitId, id));
    if (outer) {
      throw new FidelityReportError(
        'unit_inside_round_unit',
        'unit',
        `${name} er en del af ${directory.units.get(outer)?.name ?? 'en enhed'} i runden "${round.name}"; tal for en del af en rundes enhed vises ikke, for så kunne resten regnes ud. Vælg ${directory.units.get(outer)?.name ?? 'rundens enhed'} i stedet.`,
      );
    }
    // A unit above all of the round's units shows the round's total, which is shown anyway.
    if (covered.size === round.unitIds.length) return sel.responses[r]!;
    const breakdown = scoreBreakdown(sel.instrument, sel.responses[r]!, 'unit', scope.minCellSize);
    for (const cell of breakdown.cells) {
      if (!covered.has(cell.key)) continue;
      const hidden = cell.suppressed || cell.score!.sections.some((s) => s.respondents > 0 && s.shareAgreeing === null);
      if (hidden) {
        throw new FidelityReportError(
          'unit_suppressed',
          'unit',
          `Tallene for ${directory.units.get(cell.key)?.name ?? name} i runden "${round.name}" er skjult, fordi for få har svaret (under ${scope.minCellSize}); enheden kan derfor ikke vises for sig.`,
        );
      }
    }
    return sel.responses[r]!.filter((resp) => covered.has(resp.unitId));
  });
}

/** Round units with none of the others above them (so pooled behaviour counts no subtree twice). */
function topUnits(directory: UnitDirectory, unitIds: readonly string[]): string[] {
  const set = [...new Set(unitIds)];
  return set.filter((id) => !set.some((other) => other !== id && isWithin(directory, id, other))).sort();
}

function unitName(directory: UnitDirectory, id: string): string {
  return directory.units.get(id)?.name ?? id;
}

export interface FidelityReportRequest {
  model: string;
  rounds?: readonly string[];
  by: BreakdownDimension;
  unit?: string;
}

/** The element × round table for one breakdown, with behavioural fidelity beside it (total and unit breakdowns). */
export async function buildFidelityReport(db: Kysely<Database>, scope: ReportScope, request: FidelityReportRequest): Promise<FidelityReport> {
  const sel = await select(db, scope, request.model, request.rounds);
  const { instrument, rounds, directory, rule, model } = sel;
  const responses = request.unit ? applyUnitFilter(sel, request.unit, scope) : sel.responses;
  if (request.unit && request.by === 'role' && responses.some((list, r) => list.length !== sel.responses[r]!.length)) {
    // Roles within a part of the rounds' units, next to the roles of all of them, would let a small role
    // cell of the rest be found by difference (and, over several units, of each unit): not shown.
    throw new FidelityReportError(
      'role_within_unit',
      'by',
      'Fordelingen på roller vises kun for alle rundernes enheder samlet, ikke for en enkelt enhed; ellers kunne små grupper regnes ud ved at trække tal fra hinanden.',
    );
  }
  const table = elementTable(instrument, responses, request.by, scope.minCellSize, rule, sel.withheld);
  const label = (key: string) => (key === 'total' ? TOTAL_LABEL : request.by === 'role' ? (roleLabels[key as RespondentRole] ?? key) : unitName(directory, key));
  const [totalGroup, ...cells] = table.groups;
  if (request.by === 'unit') cells.sort((a, b) => label(a.key).localeCompare(label(b.key), 'da') || a.key.localeCompare(b.key));
  const groups = [totalGroup!, ...cells].map((g) => ({
    key: g.key,
    label: label(g.key),
    suppressed: g.suppressed,
    figures: g.figures,
    changes: g.changes,
    totals: g.totals,
  }));

  // Behavioural fidelity at each round's date: the filter unit or the rounds' units pooled, and each unit for by=unit.
  const coreElements = sectionCoreElements(instrument);
  const behaviour: FidelityReport['behaviour'] = [];
  if (request.by !== 'role' && rounds.length && coreElements.length) {
    const dates = rounds.map((r) => r.date);
    const totalUnits = request.unit ? [request.unit] : topUnits(directory, rounds.flatMap((r) => r.unitIds));
    const unitGroups = request.by === 'unit' ? cells.map((c) => c.key) : [];
    const loaded = await loadBehaviour(db, { modelId: model.id, unitIds: [...new Set([...totalUnits, ...unitGroups])], dates: [...new Set(dates)] });
    const at = (unitIds: readonly string[]) => (i: number) => {
      const lists = unitIds.map((u) => loaded.get(u)?.get(dates[i]!)).filter((l): l is ElementBehaviour[] => l !== undefined);
      return lists.length ? poolBehaviour(lists) : undefined;
    };
    const push = (groupKey: string, unitIds: readonly string[]) => {
      for (const row of behaviourRows(coreElements, dates, at(unitIds), rule)) behaviour.push({ groupKey, ...row });
    };
    push('total', totalUnits);
    for (const key of unitGroups) push(key, [key]);
  }

  return {
    model: { id: model.id, name: model.name },
    instrument: { id: instrument.id, version: instrument.version, name: instrument.name, scoring: instrument.scoring.method },
    colourRule: { greenAbove: rule.greenAbove, redBelow: rule.redBelow, source: sourceOf(rule.source) },
    minCellSize: scope.minCellSize,
    by: request.by,
    rounds: rounds.map((r, i) => ({ id: r.id, name: r.name, wave: r.wave, opensOn: r.opensOn, closedOn: r.closedOn, status: r.status, respondents: table.rounds[i]!.respondents })),
    sections: instrument.sections.map((s) => ({ id: s.id, title: s.title, coreElementId: s.coreElement ?? null, source: sourceOf(s.source) })),
    groups,
    behaviour,
  };
}

/** A source reference as the API shows it (seed, section, citation, note). */
function sourceOf(source: object): FidelityReport['colourRule']['source'] {
  const s = source as { seed?: string; section?: string; citation?: string; note?: string };
  return {
    ...(s.seed !== undefined ? { seed: s.seed } : {}),
    ...(s.section !== undefined ? { section: s.section } : {}),
    ...(s.citation !== undefined ? { citation: s.citation } : {}),
    ...(s.note !== undefined ? { note: s.note } : {}),
  };
}

/** Units × sections of one round: the unit breakdown's share agreeing (null when suppressed) and behavioural percent. */
export async function buildHeatmap(db: Kysely<Database>, scope: ReportScope, request: { model: string; round: string }): Promise<Heatmap> {
  const sel = await select(db, scope, request.model, [request.round]);
  const { instrument, directory } = sel;
  const round = sel.rounds[0]!;
  const scored = scoreBreakdown(instrument, sel.responses[0]!, 'unit', scope.minCellSize);
  const breakdown = sel.withheld[0] ? withhold(scored) : scored;
  const loaded = await loadBehaviour(db, { modelId: sel.model.id, unitIds: round.unitIds, dates: [round.date] });
  const units = [...round.unitIds].sort((a, b) => unitName(directory, a).localeCompare(unitName(directory, b), 'da') || a.localeCompare(b));
  return {
    round: { id: round.id, name: round.name, closedOn: round.closedOn },
    minCellSize: scope.minCellSize,
    sections: instrument.sections.map((s) => ({ id: s.id, title: s.title, coreElementId: s.coreElement ?? null })),
    units: units.map((id) => {
      const cell = breakdown.cells.find((c) => c.key === id);
      const suppressed = cell?.suppressed ?? sel.withheld[0]!;
      const list = loaded.get(id)?.get(round.date);
      return {
        id,
        name: unitName(directory, id),
        suppressed,
        survey: instrument.sections.map((_, s) => (cell && !cell.suppressed ? (cell.score!.sections[s]!.shareAgreeing ?? null) : null)),
        behaviour: instrument.sections.map((s) => {
          const e = s.coreElement ? list?.find((x) => x.coreElementId === s.coreElement) : undefined;
          return e ? behaviourPercent(e) : null;
        }),
      };
    }),
  };
}

/** Survey share per section over the model's rounds, and behavioural percent per core element at the last `months` month ends. */
export async function buildTrend(db: Kysely<Database>, scope: ReportScope, request: { model: string; unit?: string; months: number }): Promise<Trend> {
  const sel = await select(db, scope, request.model);
  const { instrument, rounds, directory, model } = sel;
  const responses = request.unit ? applyUnitFilter(sel, request.unit, scope) : sel.responses;
  const table = elementTable(instrument, responses, 'total', scope.minCellSize, sel.rule, sel.withheld);
  const total = table.groups[0]!;
  const today = scope.today ?? todayIso();
  const last = monthIndex(today.slice(0, 7));
  const months = Array.from({ length: request.months }, (_, i) => last - request.months + 1 + i);
  const dates = months.map((m) => (m === last ? today : endOfMonth(m)));
  const units = request.unit
    ? [request.unit]
    : rounds.length
      ? topUnits(directory, rounds.flatMap((r) => r.unitIds))
      : scope.homeUnitId
        ? [scope.homeUnitId]
        : [];
  const coreElements = sectionCoreElements(instrument);
  const loaded = units.length && coreElements.length ? await loadBehaviour(db, { modelId: model.id, unitIds: units, dates }) : new Map<string, Map<string, ElementBehaviour[]>>();
  const pooled = dates.map((d) => {
    const lists = units.map((u) => loaded.get(u)?.get(d)).filter((l): l is ElementBehaviour[] => l !== undefined);
    return lists.length ? poolBehaviour(lists) : undefined;
  });
  const titleOf = (id: string) => model.coreElements.find((e) => e.id === id)?.title ?? instrument.sections.find((s) => s.coreElement === id)!.title;
  return {
    rounds: rounds.map((r, i) => ({
      id: r.id,
      name: r.name,
      date: r.date,
      sections: instrument.sections.map((s, k) => ({ sectionId: s.id, shareAgreeing: total.figures[k]![i]!.shareAgreeing })),
    })),
    behaviour: coreElements.map((id) => ({
      coreElementId: id,
      title: titleOf(id),
      points: months.map((m, i) => {
        const e = pooled[i]?.find((x) => x.coreElementId === id);
        return { month: monthKey(m), percent: e ? behaviourPercent(e) : null, checks: e?.checks ?? 0 };
      }),
    })),
  };
}

function measureNameOf(m: MeasureDefinition, modelId: string): { da: string; en: string } {
  const own = modelMeasureOf(m, modelId);
  return own ? own.measure.name : { da: measureName(m.id), en: m.id };
}

/** The measure the scatter shows by default: the model's first success criterion among its monitoring measures, else its first measure. */
export function defaultOutcomeMeasure(modelId: string): MeasureDefinition | undefined {
  const list = measuresFor(modelId);
  return list.find((m) => modelMeasureOf(m, modelId)?.kind === 'success_criterion') ?? list[0];
}

/**
 * Fidelity against outcome per round unit (the form of 000 Figure 7, a
 * scatter across units): x the mean share agreeing over sections (null when
 * the unit's cell is suppressed), x' the pooled behavioural percent, y the
 * unit's stored monitoring figure for the round's close month, with r.
 */
export async function buildOutcome(db: Kysely<Database>, scope: ReportScope, request: { model: string; round: string; measure?: string }): Promise<OutcomeScatter> {
  const sel = await select(db, scope, request.model, [request.round]);
  const { instrument, directory, model } = sel;
  const round = sel.rounds[0]!;
  const list = measuresFor(model.id);
  const measure = request.measure ? list.find((m) => m.id === request.measure) : defaultOutcomeMeasure(model.id);
  if (!measure) {
    throw new FidelityReportError('unknown_measure', 'measure', request.measure ? `Modellen har ikke målet "${request.measure}"; brug et af: ${list.map((m) => m.id).join(', ')}.` : 'Modellen har ingen mål at sammenligne med.');
  }
  const table = elementTable(instrument, sel.responses, 'unit', scope.minCellSize, sel.rule, sel.withheld);
  const units = [...round.unitIds].sort((a, b) => unitName(directory, a).localeCompare(unitName(directory, b), 'da') || a.localeCompare(b));
  const keys = new Map(units.map((u) => [u, directory.keyOf(u)]));
  // Figures are stored for closed months only: take the round's close month, or the latest stored month before it
  // (a round closed this month is compared with last month's outcome rather than with nothing).
  const latest = keys.size
    ? await db
        .selectFrom('monitoring_figure')
        .select((e) => e.fn.max('month').as('month'))
        .where('model_id', '=', model.id)
        .where('measure_id', '=', measure.id)
        .where('month', '<=', `${round.date.slice(0, 7)}-01`)
        .where('superseded_at', 'is', null)
        .where('unit_key', 'in', [...new Set(keys.values())])
        .executeTakeFirst()
    : undefined;
  const month = latest?.month ? String(latest.month).slice(0, 7) : round.date.slice(0, 7);
  const figures = keys.size
    ? await db
        .selectFrom('monitoring_figure')
        .select(['unit_key', 'value'])
        .where('model_id', '=', model.id)
        .where('measure_id', '=', measure.id)
        .where('month', '=', `${month}-01`)
        .where('superseded_at', 'is', null)
        .where('unit_key', 'in', [...new Set(keys.values())])
        .execute()
    : [];
  const outcomeOf = new Map(figures.map((f) => [f.unit_key, f.value === null ? null : Number(f.value)]));
  const coreElements = sectionCoreElements(instrument);
  const loaded = await loadBehaviour(db, { modelId: model.id, unitIds: units, dates: [round.date] });
  const points = units.map((id) => {
    const group = table.groups.find((g) => g.key === id);
    const survey = !group || group.suppressedIn[0] ? null : meanShare(group.figures.map((row) => row[0]!));
    return {
      unitId: id,
      unitName: unitName(directory, id),
      survey,
      behaviour: pooledBehaviourPercent(loaded.get(id)?.get(round.date), coreElements),
      outcome: outcomeOf.get(keys.get(id)!) ?? null,
    };
  });
  return {
    measure: { id: measure.id, name: measureNameOf(measure, model.id), unit: measure.unit, month },
    measures: list.map((m) => ({ id: m.id, name: measureNameOf(m, model.id) })),
    points,
    correlation: {
      survey: pearson(points.map((p) => [p.survey, p.outcome])),
      behaviour: pearson(points.map((p) => [p.behaviour, p.outcome])),
    },
  };
}

/** The rounds a report would show by default (for the CLI's listing and the export's file name). */
export async function defaultRounds(db: Kysely<Database>, scope: ReportScope, modelId: string): Promise<ReportRound[]> {
  return (await select(db, scope, modelId)).rounds;
}
