/**
 * Continuous evaluation on the status report (issue 13): the series of a
 * model's effect in a unit, re-estimated for each of the last 12 closed
 * months (domain/evaluation/continuous.ts), cached per model and unit in
 * evaluation_continuous so the report does not recompute it on every view.
 *
 * The cache is checked on read: its inputs key names what the series depends
 * on (the register imports in force, the model's courses, the last closed
 * month, the definition's version). A register import or rollback, a new or
 * changed course, or a month closing changes the key, and the next read
 * recomputes. So the monitoring's recompute after an import needs no hook.
 *
 * A closed month here is a month the monitoring counts as closed
 * (recompute.ts lastClosedMonth) that the register extracts also cover in
 * full: weekly states for every week whose Thursday lies in it, and hours.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AnalysisError } from '../../domain/evaluation/analysis-error.ts';
import { defaultTargetGroupRule, mainOutcome } from '../../domain/evaluation/analysis.ts';
import type { WindowOutcome } from '../../domain/evaluation/analysis-spec.ts';
import { windowOutcomes, type WindowName } from '../../domain/evaluation/cohort.ts';
import { continuousEffect, type ContinuousPoint } from '../../domain/evaluation/continuous.ts';
import { registry } from '../../domain/models/registry.ts';
import type { MonthIndex } from '../../domain/monitoring/person-periods.ts';
import { toDay } from '../../domain/rules/days.ts';
import type { IsoDate } from '../../domain/rules/facts.ts';
import { today } from '../facts.ts';
import { endOfMonth, mondayOf, monthIndexOf, monthKey, monthOfDay } from '../monitoring/months.ts';
import { lastClosedMonth } from '../monitoring/recompute.ts';
import { loadCohortData, treatedFromCases } from './cohort-data.ts';

/** Closed months per series. */
export const seriesMonths = 12;
/** Months of time zeros in each point's treated cohort. */
export const cohortMonths = 12;
/** Bumped when the definition of a point changes, so cached series are recomputed. */
const definitionVersion = 1;

/** routes/evaluation/schemas.ts continuousSeries. */
export interface ContinuousSeriesResult {
  modelId: string;
  unitId: string;
  outcome: WindowOutcome;
  window: WindowName;
  cohortMonths: number;
  points: ContinuousPoint[];
  computedAt: string | null;
}

export interface ContinuousQuery {
  modelId: string;
  /** A case-system unit (municipality, job centre, team): its courses and those below it are the treated. */
  unitId: string;
  /** The day the months are closed as of (default today). */
  asOf?: IsoDate;
  /** Days after a month's end before it is closed (the monitoring's setting). */
  closeAfterDays?: number;
}

/**
 * The model's outcome for the series: its main outcome (analysis.ts
 * mainOutcome) when that is a window outcome; a survival outcome has no
 * closed window, so its window counterpart is used (time to hours → any
 * hours in months 1-12, time to placement → any company-oriented week).
 */
export function seriesOutcome(modelId: string): { outcome: WindowOutcome; window: WindowName } {
  const model = registry.get(modelId);
  if (!model) throw new AnalysisError('unknown_model', 'modelId', `unknown model "${modelId}"`);
  const main = mainOutcome(model);
  if ((windowOutcomes as readonly string[]).includes(main.outcome)) return { outcome: main.outcome as WindowOutcome, window: main.window };
  return { outcome: (main.outcome as string) === 'time_to_placement' ? 'any_company_oriented' : 'any_hours', window: '1-12' };
}

/** What the series depends on, as one text; a cached series with another key is stale. */
export async function inputsKey(db: Kysely<Database>, modelId: string, lastClosed: MonthIndex): Promise<string> {
  const row = await sql<{ imports: string; courses: string }>`
    SELECT
      (SELECT coalesce(max(id), 0)::text || '/' || count(*)::text FROM register_import WHERE rolled_back_at IS NULL) AS imports,
      (SELECT count(*)::text || '/' || coalesce(max(updated_at)::text, '-') FROM course WHERE model_id = ${modelId}) AS courses`.execute(db);
  const r = row.rows[0]!;
  return `v${definitionVersion};imports=${r.imports};courses=${r.courses};closed=${monthKey(lastClosed)}`;
}

/** The last month the extracts cover in full: hours, and every week whose Thursday lies in it. */
export function lastCoveredMonth(dataPeriod: { benefitTo: string | null; hoursTo: string | null }): MonthIndex | null {
  if (dataPeriod.benefitTo === null || dataPeriod.hoursTo === null) return null;
  const lastMonday = mondayOf(toDay(dataPeriod.benefitTo));
  const weeksMonth = monthOfDay(lastMonday + 3);
  // The month of the last covered week is complete only when the next week belongs to the next month.
  const fullWeeks = monthOfDay(lastMonday + 10) === weeksMonth ? weeksMonth - 1 : weeksMonth;
  return Math.min(fullWeeks, monthIndexOf(dataPeriod.hoursTo));
}

/** Computes the series now (no cache). */
export async function computeSeries(db: Kysely<Database>, q: ContinuousQuery): Promise<ContinuousSeriesResult & { computedAt: null }> {
  const model = registry.get(q.modelId);
  if (!model) throw new AnalysisError('unknown_model', 'modelId', `unknown model "${q.modelId}"`);
  const { outcome, window } = seriesOutcome(q.modelId);
  const empty = { modelId: q.modelId, unitId: q.unitId, outcome, window, cohortMonths, points: [] as ContinuousPoint[], computedAt: null };
  let data;
  try {
    data = await loadCohortData(db, q.modelId);
  } catch (error) {
    // Without a benefit extract there is nothing to estimate yet: an empty series, not an error.
    if (error instanceof AnalysisError && error.code === 'no_benefit_extract') return empty;
    throw error;
  }
  const covered = lastCoveredMonth(data.dataPeriod);
  if (covered === null) return empty;
  const last = Math.min(lastClosedMonth(q.asOf ?? today(), q.closeAfterDays ?? 0), covered);
  const months: MonthIndex[] = [];
  for (let m = last - seriesMonths + 1; m <= last; m++) months.push(m);
  // Time zero: the citizen's first course start of the model in the unit (or below it), up to the last month.
  const { treated } = await treatedFromCases(db, { modelId: q.modelId, unitId: q.unitId, from: '1900-01-01', to: endOfMonth(last), by: 'course' });
  const points = continuousEffect(data.persons, treated, {
    rule: defaultTargetGroupRule(model),
    outcome,
    window,
    months,
    cohortMonths,
    clusters: data.clusters,
    seed: 1,
  });
  return { ...empty, points };
}

const inFlight = new Map<string, Promise<ContinuousSeriesResult>>();

/**
 * The series for (model, unit): the cached one when its inputs key still
 * matches, else computed and stored. Concurrent requests for the same series
 * share one computation.
 */
export async function continuousSeries(db: Kysely<Database>, q: ContinuousQuery): Promise<ContinuousSeriesResult & { cached: boolean }> {
  if (!registry.get(q.modelId)) throw new AnalysisError('unknown_model', 'modelId', `unknown model "${q.modelId}"`);
  const unit = await sql<{ id: string }>`SELECT id FROM unit WHERE id::text = ${q.unitId}`.execute(db);
  if (unit.rows.length === 0) throw new AnalysisError('unknown_unit', 'unitId', `no unit "${q.unitId}"`);
  const key = await inputsKey(db, q.modelId, lastClosedMonth(q.asOf ?? today(), q.closeAfterDays ?? 0));
  const cached = await db
    .selectFrom('evaluation_continuous')
    .select(['inputs_key', 'series', 'computed_at'])
    .where('model_id', '=', q.modelId)
    .where('unit_id', '=', q.unitId)
    .executeTakeFirst();
  if (cached && cached.inputs_key === key) {
    const series = (typeof cached.series === 'string' ? JSON.parse(cached.series) : cached.series) as ContinuousSeriesResult;
    return { ...series, computedAt: new Date(cached.computed_at).toISOString(), cached: true };
  }
  const flightKey = `${q.modelId}|${q.unitId}|${key}`;
  let flight = inFlight.get(flightKey);
  if (!flight) {
    flight = (async () => {
      const started = Date.now();
      const series = await computeSeries(db, q);
      const stored = await db
        .insertInto('evaluation_continuous')
        .values({ model_id: q.modelId, unit_id: q.unitId, inputs_key: key, duration_ms: Date.now() - started, series: JSON.stringify(series) })
        .onConflict((oc) =>
          oc.columns(['model_id', 'unit_id']).doUpdateSet((eb) => ({
            inputs_key: eb.ref('excluded.inputs_key'),
            duration_ms: eb.ref('excluded.duration_ms'),
            series: eb.ref('excluded.series'),
            computed_at: sql`now()`,
          })),
        )
        .returning('computed_at')
        .executeTakeFirstOrThrow();
      return { ...series, computedAt: new Date(stored.computed_at).toISOString() };
    })().finally(() => inFlight.delete(flightKey));
    inFlight.set(flightKey, flight);
  }
  return { ...(await flight), cached: false };
}
