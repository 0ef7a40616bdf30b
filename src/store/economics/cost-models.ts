/**
 * Cost models in the database: the domain CostModelInput of a model in a
 * unit over a period, with who entered and changed it. Citizens a year are
 * the entered number when there is one, else the count from the case data
 * (citizens.ts); both are returned. Every write validates the input with the
 * domain (validateCostModel through computeCost) and refuses it with the
 * problems' paths and codes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { computeCost, costSensitivity, type CostModelInput, type CostResult, type EconomicsProblem, type SensitivityRow } from '../../domain/economics/index.ts';
import { citizensPerYearFromCases, type CitizensFromCases } from './citizens.ts';
import { fromJson, invalid } from './errors.ts';

/** A cost model's input without its citizens a year (they are entered beside it or counted). */
export type CostModelBody = Omit<CostModelInput, 'citizensPerYear' | 'modelId'>;

/** What a caller writes. */
export interface CostModelSpec {
  unitId: string;
  modelId: string;
  name: string;
  periodFrom: string;
  periodTo: string;
  /** Entered citizens a year; null: counted from the case data. */
  citizensPerYear: number | null;
  input: CostModelBody;
}

export interface StoredCostModel extends CostModelSpec {
  id: string;
  unitName: string;
  createdBy: string;
  createdAt: string;
  updatedBy: string | null;
  updatedAt: string;
}

export interface CitizensBasis {
  entered: number | null;
  fromCaseData: CitizensFromCases;
  /** The number the result uses: entered, else from the case data (0 when neither has one). */
  used: number;
  source: 'entered' | 'case_data' | 'none';
}

export interface CostModelEvaluation {
  citizens: CitizensBasis;
  /** The input as computed (citizensPerYear and modelId filled in). */
  input: CostModelInput;
  result: { ok: true; cost: CostResult; sensitivity: SensitivityRow[] } | { ok: false; problems: EconomicsProblem[] };
}

/** Sensitivity points when none are asked for: half to one and a half times the citizens used. */
export const defaultSensitivityFactors = [0.5, 0.75, 1, 1.25, 1.5] as const;

/** The input without the fields kept beside it. */
export function costModelBody(input: Record<string, unknown>): CostModelBody {
  const { citizensPerYear: _c, modelId: _m, ...rest } = input;
  return rest as unknown as CostModelBody;
}

/** Computes a cost model: citizens a year from the entered number or the case data, the cost and its sensitivity. */
export async function evaluateCostModel(db: Kysely<Database>, spec: CostModelSpec, sensitivityCitizens?: readonly number[]): Promise<CostModelEvaluation> {
  const fromCaseData = await citizensPerYearFromCases(db, spec);
  const used = spec.citizensPerYear ?? fromCaseData.perYear ?? 0;
  const citizens: CitizensBasis = {
    entered: spec.citizensPerYear,
    fromCaseData,
    used,
    source: spec.citizensPerYear !== null ? 'entered' : fromCaseData.perYear !== null ? 'case_data' : 'none',
  };
  const input: CostModelInput = { ...spec.input, modelId: spec.modelId, citizensPerYear: used };
  const cost = computeCost(input);
  if (!cost.ok) return { citizens, input, result: { ok: false, problems: cost.problems } };
  const points = sensitivityCitizens ?? [...new Set([...defaultSensitivityFactors.map((k) => used * k), ...(fromCaseData.perYear !== null ? [fromCaseData.perYear] : [])])].sort((a, b) => a - b);
  const sensitivity = costSensitivity(cost.value, points);
  if (!sensitivity.ok) return { citizens, input, result: { ok: false, problems: sensitivity.problems.map((p) => ({ ...p, path: p.path.replace(/^citizensPerYear/, 'sensitivity') })) } };
  return { citizens, input, result: { ok: true, cost: cost.value, sensitivity: sensitivity.value } };
}

interface Row {
  id: string;
  unit_id: string;
  unit_name: string;
  model_id: string;
  name: string;
  period_from: string | Date;
  period_to: string | Date;
  citizens_per_year: string | number | null;
  input: unknown;
  created_by: string;
  created_at: Date;
  updated_by: string | null;
  updated_at: Date;
}

const isoDay = (value: string | Date) => (typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10));

function fromRow(row: Row): StoredCostModel {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    modelId: row.model_id,
    name: row.name,
    periodFrom: isoDay(row.period_from),
    periodTo: isoDay(row.period_to),
    citizensPerYear: row.citizens_per_year === null ? null : Number(row.citizens_per_year),
    input: fromJson(row.input),
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
    updatedBy: row.updated_by,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

function select(db: Kysely<Database>) {
  return db
    .selectFrom('economics_cost_model as m')
    .innerJoin('unit as u', 'u.id', 'm.unit_id')
    .innerJoin('staff as c', 'c.id', 'm.created_by')
    .leftJoin('staff as e', 'e.id', 'm.updated_by')
    .select([
      'm.id',
      'm.unit_id',
      'u.name as unit_name',
      'm.model_id',
      'm.name',
      'm.period_from',
      'm.period_to',
      'm.citizens_per_year',
      'm.input',
      'c.display_name as created_by',
      'm.created_at',
      'e.display_name as updated_by',
      'm.updated_at',
    ]);
}

/** Refuses a spec whose input the domain cannot compute (400 with the problems). */
async function validated(db: Kysely<Database>, spec: CostModelSpec): Promise<CostModelSpec> {
  const body = costModelBody(spec.input as unknown as Record<string, unknown>);
  const evaluation = await evaluateCostModel(db, { ...spec, input: body }, [1]);
  if (!evaluation.result.ok) throw invalid(evaluation.result.problems.map((p) => (p.path === 'citizensPerYear' ? p : { ...p, path: p.path ? `input.${p.path}` : 'input' })));
  return { ...spec, input: body };
}

/** Stores a new cost model; returns its id. */
export async function createCostModel(db: Kysely<Database>, spec: CostModelSpec, staffId: string): Promise<string> {
  const s = await validated(db, spec);
  const row = await db
    .insertInto('economics_cost_model')
    .values({
      unit_id: s.unitId,
      model_id: s.modelId,
      name: s.name,
      period_from: s.periodFrom,
      period_to: s.periodTo,
      citizens_per_year: s.citizensPerYear,
      input: JSON.stringify(s.input),
      created_by: staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Replaces a cost model's whole input; false when it does not exist. */
export async function updateCostModel(db: Kysely<Database>, id: string, spec: CostModelSpec, staffId: string): Promise<boolean> {
  const s = await validated(db, spec);
  const result = await db
    .updateTable('economics_cost_model')
    .set({
      unit_id: s.unitId,
      model_id: s.modelId,
      name: s.name,
      period_from: s.periodFrom,
      period_to: s.periodTo,
      citizens_per_year: s.citizensPerYear,
      input: JSON.stringify(s.input),
      updated_by: staffId,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The names of the saved scenarios that take their investment from the cost model. */
export async function scenariosUsingCostModel(db: Kysely<Database>, id: string): Promise<string[]> {
  const rows = await db.selectFrom('economics_scenario').select('name').where('cost_model_id', '=', id).orderBy('name').execute();
  return rows.map((r) => r.name);
}

/** Deletes a cost model no scenario uses (see scenariosUsingCostModel); false when it does not exist. */
export async function deleteCostModel(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('economics_cost_model').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function getCostModel(db: Kysely<Database>, id: string): Promise<StoredCostModel | null> {
  const row = await select(db).where('m.id', '=', id).executeTakeFirst();
  return row ? fromRow(row as Row) : null;
}

/** Cost models in the given units ('all': every unit), newest first. */
export async function listCostModels(db: Kysely<Database>, unitIds: readonly string[] | 'all', modelId?: string): Promise<StoredCostModel[]> {
  if (unitIds !== 'all' && unitIds.length === 0) return [];
  let q = select(db);
  if (unitIds !== 'all') q = q.where('m.unit_id', 'in', [...unitIds]);
  if (modelId) q = q.where('m.model_id', '=', modelId);
  const rows = await q.orderBy('m.updated_at', 'desc').orderBy('m.id').execute();
  return rows.map((r) => fromRow(r as Row));
}
