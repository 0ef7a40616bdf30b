/**
 * Saved scenarios: the domain ScenarioInput, the unit price set it is
 * valued at, and optionally where its investment comes from (a cost model's
 * total per citizen, domain investmentFromCost) and where one change comes
 * from (an effect estimate: a saved evaluation analysis, or figures
 * entered). Evaluation is the domain's evaluateScenario, and
 * scenarioFromEffect when there is evidence (the result is then the one at
 * the estimate, with the interval beside it).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import {
  evaluateScenario,
  investmentFromCost,
  scenarioFromEffect,
  type ConsequenceId,
  type EconomicsProblem,
  type EvidenceScenarioResult,
  type ScenarioInput,
  type ScenarioResult,
} from '../../domain/economics/index.ts';
import { consequenceUnits } from '../../domain/economics/index.ts';
import { analysisEffect, type AnalysisEffect, type EffectInterval } from './analysis-evidence.ts';
import { evaluateCostModel, getCostModel } from './cost-models.ts';
import { fromJson, invalid } from './errors.ts';
import { getPriceSet, type StoredPriceSet } from './price-sets.ts';

/** Where a scenario's change in one consequence comes from. */
export type ScenarioEvidence =
  | { source: 'analysis'; analysisId: string; consequence: ConsequenceId; interval?: EffectInterval }
  | { source: 'entered'; consequence: ConsequenceId; estimate: number; ciLow: number; ciHigh: number; windowMonths: number; level?: number };

export interface ScenarioSpec {
  unitId: string;
  name: string;
  unitPrices: { id: string; version: string };
  /** Take the investment per citizen from this cost model (its total per citizen, all on the municipality). */
  costModelId: string | null;
  evidence: ScenarioEvidence | null;
  /** The domain input; investmentPerCitizen may be left out when costModelId is given. */
  input: ScenarioInput;
}

export interface StoredScenario extends ScenarioSpec {
  id: string;
  unitName: string;
  createdBy: string;
  createdAt: string;
}

export interface ScenarioEvaluation {
  priceSet: StoredPriceSet | null;
  /** The input as evaluated (investment filled in from the cost model). */
  input: ScenarioInput;
  /** The effect read from the saved analysis, when the evidence names one. */
  analysis: AnalysisEffect | null;
  result: { ok: true; scenario: ScenarioResult; evidence: EvidenceScenarioResult | null } | { ok: false; problems: EconomicsProblem[] };
}

const fail = (priceSet: StoredPriceSet | null, input: ScenarioInput, problems: EconomicsProblem[], analysis: AnalysisEffect | null = null): ScenarioEvaluation => ({
  priceSet,
  input,
  analysis,
  result: { ok: false, problems },
});

/** Outcomes of the evaluation area counted in weeks, which a week consequence can take its change from. */
export const weekOutcomes: readonly string[] = ['self_sufficient_weeks'];

/** Who evaluates: which cost models they may read, and their municipality (whose saved analyses they see). */
export interface ScenarioCaller {
  mayUseCostModel: (unitId: string) => Promise<boolean> | boolean;
  municipalityId: string;
}

/** Evaluates a scenario spec (nothing is stored). */
export async function evaluateScenarioSpec(db: Kysely<Database>, spec: Omit<ScenarioSpec, 'unitId' | 'name'>, caller: ScenarioCaller): Promise<ScenarioEvaluation> {
  const { mayUseCostModel } = caller;
  let input: ScenarioInput = { ...spec.input };
  const priceSet = await getPriceSet(db, spec.unitPrices.id, spec.unitPrices.version);
  if (!priceSet) return fail(null, input, [{ path: 'unitPrices', code: 'unknown_value', values: { value: `${spec.unitPrices.id}@${spec.unitPrices.version}` } }]);
  if (spec.costModelId !== null) {
    const model = await getCostModel(db, spec.costModelId);
    if (!model || !(await mayUseCostModel(model.unitId))) return fail(priceSet, input, [{ path: 'costModelId', code: 'unknown_value', values: { value: spec.costModelId } }]);
    const cost = await evaluateCostModel(db, model, [1]);
    if (!cost.result.ok) return fail(priceSet, input, cost.result.problems.map((p) => ({ ...p, path: `costModel.${p.path}` })));
    input = { ...input, investmentPerCitizen: investmentFromCost(cost.result.cost) };
  }
  const evidence = spec.evidence;
  if (evidence === null) {
    const result = evaluateScenario(input, priceSet.set);
    return result.ok ? { priceSet, input, analysis: null, result: { ok: true, scenario: result.value, evidence: null } } : fail(priceSet, input, prefixed(result.problems, 'input'));
  }
  let effect: { estimate: number; ciLow: number; ciHigh: number; windowMonths: number; level?: number; analysisId?: string };
  let analysis: AnalysisEffect | null = null;
  if (evidence.source === 'analysis') {
    const found = await analysisEffect(db, evidence.analysisId, caller.municipalityId, evidence.interval ?? 'analytic');
    if (!found.ok) return fail(priceSet, input, [{ path: 'evidence.analysisId', code: 'unknown_value', values: { reason: found.reason } }]);
    analysis = found.effect;
    // Weeks of self-sufficiency are weeks; no outcome of the evaluation area is counted in days of support.
    if (consequenceUnits[evidence.consequence] !== 'week' || analysis.outcome === null || !weekOutcomes.includes(analysis.outcome))
      return fail(priceSet, input, [{ path: 'evidence.consequence', code: 'unknown_value', values: { reason: 'outcome_unit', outcome: analysis.outcome ?? '' } }], analysis);
    effect = { estimate: analysis.estimate, ciLow: analysis.ciLow, ciHigh: analysis.ciHigh, windowMonths: analysis.windowMonths, analysisId: analysis.analysisId, ...(analysis.level !== null ? { level: analysis.level } : {}) };
  } else {
    effect = { estimate: evidence.estimate, ciLow: evidence.ciLow, ciHigh: evidence.ciHigh, windowMonths: evidence.windowMonths, ...(evidence.level !== undefined ? { level: evidence.level } : {}) };
  }
  const result = scenarioFromEffect(input, evidence.consequence, effect, priceSet.set);
  if (!result.ok) return fail(priceSet, input, result.problems.map((p) => (p.path.startsWith('effect') ? { ...p, path: p.path.replace(/^effect/, 'evidence') } : { ...p, path: p.path ? `input.${p.path}` : 'input' })), analysis);
  return { priceSet, input, analysis, result: { ok: true, scenario: result.value.atEstimate, evidence: result.value } };
}

function prefixed(problems: EconomicsProblem[], prefix: string): EconomicsProblem[] {
  return problems.map((p) => ({ ...p, path: p.path ? `${prefix}.${p.path}` : prefix }));
}

interface Row {
  id: string;
  unit_id: string;
  unit_name: string;
  name: string;
  input: unknown;
  price_set_id: string;
  price_set_version: string;
  cost_model_id: string | null;
  evidence: unknown;
  created_by: string;
  created_at: Date;
}

function fromRow(row: Row): StoredScenario {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    name: row.name,
    input: fromJson(row.input),
    unitPrices: { id: row.price_set_id, version: row.price_set_version },
    costModelId: row.cost_model_id,
    evidence: fromJson(row.evidence) ?? null,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

function select(db: Kysely<Database>) {
  return db
    .selectFrom('economics_scenario as s')
    .innerJoin('unit as u', 'u.id', 's.unit_id')
    .innerJoin('staff as c', 'c.id', 's.created_by')
    .select(['s.id', 's.unit_id', 'u.name as unit_name', 's.name', 's.input', 's.price_set_id', 's.price_set_version', 's.cost_model_id', 's.evidence', 'c.display_name as created_by', 's.created_at']);
}

/** Stores a scenario after evaluating it (400 with the problems when it cannot be); returns its id. */
export async function createScenario(
  db: Kysely<Database>,
  spec: ScenarioSpec,
  staffId: string,
  caller: ScenarioCaller,
): Promise<string> {
  const evaluation = await evaluateScenarioSpec(db, spec, caller);
  if (!evaluation.result.ok) throw invalid(evaluation.result.problems);
  const row = await db
    .insertInto('economics_scenario')
    .values({
      unit_id: spec.unitId,
      name: spec.name,
      input: JSON.stringify(spec.input),
      price_set_id: spec.unitPrices.id,
      price_set_version: spec.unitPrices.version,
      cost_model_id: spec.costModelId,
      evidence: spec.evidence ? JSON.stringify(spec.evidence) : null,
      created_by: staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteScenario(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('economics_scenario').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function getScenario(db: Kysely<Database>, id: string): Promise<StoredScenario | null> {
  const row = await select(db).where('s.id', '=', id).executeTakeFirst();
  return row ? fromRow(row as Row) : null;
}

/** Scenarios in the given units ('all': every unit), newest first. */
export async function listScenarios(db: Kysely<Database>, unitIds: readonly string[] | 'all'): Promise<StoredScenario[]> {
  if (unitIds !== 'all' && unitIds.length === 0) return [];
  let q = select(db);
  if (unitIds !== 'all') q = q.where('s.unit_id', 'in', [...unitIds]);
  const rows = await q.orderBy('s.created_at', 'desc').orderBy('s.id').execute();
  return rows.map((r) => fromRow(r as Row));
}
