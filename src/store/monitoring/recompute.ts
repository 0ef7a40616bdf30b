/**
 * Computes every measure of every model for every unit and closed month
 * with the KPI engine (domain/monitoring/engine.ts) and stores the figures
 * (monitoring_figure) with numerator, denominator and the measure's
 * definition version. A stored figure is never changed: when the data or
 * the definition changed, the current row is superseded and the next
 * version inserted, so a past month's report does not change silently and
 * says that it was corrected. Unchanged figures are left untouched.
 *
 * A month is closed when it has ended and `closeAfterDays` more days have
 * passed (default 0: every month before the current one). The open month is
 * computed live on request (live.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { FigureCell } from '../../domain/monitoring/engine.ts';
import { figureValue, type MeasureDefinition } from '../../domain/monitoring/measures.ts';
import type { MonthIndex } from '../../domain/monitoring/person-periods.ts';
import { registry } from '../../domain/models/registry.ts';
import { toDay } from '../../domain/rules/days.ts';
import type { IsoDate } from '../../domain/rules/facts.ts';
import { today } from '../facts.ts';
import { cellKey, computeModel } from './compute.ts';
import { endOfMonth, firstDayOf, monthIndexOf, monthOfDay, monthRange } from './months.ts';
import { loadFrame } from './person-periods.ts';
import { ensureClusters } from './clusters.ts';
import { invalidateLive } from './live.ts';

export interface RecomputeActor {
  staffId: string | null;
  label: string;
}

export interface RecomputeOptions {
  actor: RecomputeActor;
  /** Default: every model in the registry. */
  models?: readonly string[];
  /** The day the computation runs as of (default today). */
  asOf?: IsoDate;
  /** Days after a month's end before it counts as closed (default 0). */
  closeAfterDays?: number;
  /** Only these closed months (default: every closed month with data). */
  fromMonth?: MonthIndex;
  toMonth?: MonthIndex;
  batchSize?: number;
  onProgress?: (line: string) => void;
}

export interface RecomputeSummary {
  runId: number | null;
  months: { from: string; to: string } | null;
  persons: number;
  inserted: number;
  superseded: number;
  unchanged: number;
  durationMs: number;
}

/** The latest closed month on `asOf`: the last month whose end lies `closeAfterDays` days or more before it. */
export function lastClosedMonth(asOf: IsoDate, closeAfterDays = 0): MonthIndex {
  return monthOfDay(toDay(asOf) - closeAfterDays) - 1;
}

/** True when the month is closed on `asOf`. */
export function isClosedMonth(month: MonthIndex, asOf: IsoDate, closeAfterDays = 0): boolean {
  return month <= lastClosedMonth(asOf, closeAfterDays);
}

/** Equal as stored: double precision round trip, with room for summation order. */
const same = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

interface StoredFigure {
  id: number;
  measure_id: string;
  measure_version: number;
  unit_key: string;
  month: string;
  numerator: number;
  denominator: number;
  persons: number;
  version: number;
}

/** Recomputes and stores the closed months' figures; one transaction for the whole run. */
export async function recomputeFigures(db: Kysely<Database>, options: RecomputeOptions): Promise<RecomputeSummary> {
  const started = Date.now();
  const asOf = options.asOf ?? today();
  const models = options.models ?? registry.latest().map((m) => m.id);
  for (const model of models) if (!registry.get(model)) throw new Error(`Ukendt model "${model}".`);
  const lastClosed = Math.min(lastClosedMonth(asOf, options.closeAfterDays ?? 0), options.toMonth ?? Number.POSITIVE_INFINITY);
  const progress = options.onProgress ?? (() => {});
  await ensureClusters(db);

  type Pending = { model: string; computed: Map<string, FigureCell>; measures: MeasureDefinition[]; months: MonthIndex[] };
  const pending: Pending[] = [];
  let persons = 0;
  let monthFrom = Number.POSITIVE_INFINITY;
  let monthTo = Number.NEGATIVE_INFINITY;
  for (const model of models) {
    const frame = await loadFrame(db, model, firstDayOf(lastClosed + 1));
    const first = Math.max(frame.firstMonth, options.fromMonth ?? Number.NEGATIVE_INFINITY);
    const months = monthRange(first, lastClosed);
    if (months.length === 0) continue;
    const t0 = Date.now();
    // As of the last closed month's last day: later data is the open month's.
    const { cells, persons: n, measures } = await computeModel(db, model, months, { asOf: endOfMonth(lastClosed), batchSize: options.batchSize });
    progress(`${model}: ${n} persons, ${months.length} months, ${cells.size} figures computed in ${Date.now() - t0} ms`);
    persons += n;
    monthFrom = Math.min(monthFrom, months[0]!);
    monthTo = Math.max(monthTo, months[months.length - 1]!);
    pending.push({ model, computed: cells, measures, months });
  }
  if (pending.length === 0) {
    return { runId: null, months: null, persons: 0, inserted: 0, superseded: 0, unchanged: 0, durationMs: Date.now() - started };
  }

  const summary = await db.transaction().execute(async (trx) => {
    const run = await trx
      .insertInto('monitoring_run')
      .values({
        duration_ms: 0,
        run_by: options.actor.staffId,
        run_by_label: options.actor.label,
        month_from: firstDayOf(monthFrom),
        month_to: firstDayOf(monthTo),
        models: pending.map((p) => p.model),
        persons,
        figures_inserted: 0,
        figures_superseded: 0,
        figures_unchanged: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    let inserted = 0;
    let superseded = 0;
    let unchanged = 0;
    for (const { model, computed, measures, months } of pending) {
      const w0 = Date.now();
      const byId = new Map(measures.map((m) => [m.id, m]));
      // One JSON value instead of a row per figure: far fewer round trips through the driver (PGlite).
      const stored = await sql<{ figures: string | null }>`
        SELECT json_agg(json_build_object('id', id, 'measure_id', measure_id, 'measure_version', measure_version, 'unit_key', unit_key,
          'month', month, 'numerator', numerator, 'denominator', denominator, 'persons', persons, 'version', version))::text AS figures
        FROM monitoring_figure
        WHERE model_id = ${model} AND superseded_at IS NULL AND month >= ${firstDayOf(months[0]!)} AND month <= ${firstDayOf(months[months.length - 1]!)}`.execute(trx);
      const storedRows: StoredFigure[] = JSON.parse(stored.rows[0]?.figures ?? '[]');
      const supersede: number[] = [];
      const rows: InsertRow[] = [];
      const seen = new Set<string>();
      for (const s of storedRows) {
        const key = cellKey(s.measure_id, s.unit_key, monthIndexOf(s.month));
        seen.add(key);
        const measure = byId.get(s.measure_id);
        const cell = computed.get(key) ?? { numerator: 0, denominator: 0, persons: 0 };
        if (!measure) continue; // a measure no longer defined for the model keeps its history
        if (s.measure_version === measure.version && same(s.numerator, cell.numerator) && same(s.denominator, cell.denominator) && s.persons === cell.persons) {
          unchanged++;
          continue;
        }
        // Changed data or definition (or the figure has no persons any more): a new version.
        supersede.push(s.id);
        rows.push({ measure, unit: s.unit_key, month: s.month, cell, version: s.version + 1 });
      }
      for (const [key, cell] of computed) {
        if (seen.has(key)) continue;
        const [measureId, unit, month] = key.split('|') as [string, string, string];
        const measure = byId.get(measureId);
        if (!measure) continue;
        rows.push({ measure, unit, month: firstDayOf(Number(month)), cell, version: 1 });
      }
      if (supersede.length) {
        for (let i = 0; i < supersede.length; i += 10_000) {
          await sql`UPDATE monitoring_figure SET superseded_at = now() WHERE id = ANY(${supersede.slice(i, i + 10_000)}::bigint[])`.execute(trx);
        }
      }
      await insertFigures(trx, model, run.id, rows);
      inserted += rows.length;
      superseded += supersede.length;
      progress(`${model}: stored ${rows.length} figures (${supersede.length} corrected) in ${Date.now() - w0} ms`);
    }
    const durationMs = Date.now() - started;
    await trx
      .updateTable('monitoring_run')
      .set({ duration_ms: durationMs, figures_inserted: inserted, figures_superseded: superseded, figures_unchanged: unchanged })
      .where('id', '=', run.id)
      .execute();
    return { runId: run.id, inserted, superseded, unchanged, durationMs };
  });
  invalidateLive();
  return { ...summary, months: { from: firstDayOf(monthFrom).slice(0, 7), to: firstDayOf(monthTo).slice(0, 7) }, persons };
}

interface InsertRow {
  measure: MeasureDefinition;
  unit: string;
  month: string;
  cell: FigureCell;
  version: number;
}


/** Inserts figures in batches, each one JSON parameter (one statement per 5,000 rows). */
async function insertFigures(db: Kysely<Database>, model: string, runId: number, rows: readonly InsertRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5_000) {
    const part = rows.slice(i, i + 5_000).map((r) => ({
      m: r.measure.id,
      mv: r.measure.version,
      u: r.unit,
      mo: r.month,
      n: r.cell.numerator,
      d: r.cell.denominator,
      p: r.cell.persons,
      v: figureValue(r.measure, r.cell.numerator, r.cell.denominator),
      ve: r.version,
    }));
    await sql`
      INSERT INTO monitoring_figure (model_id, measure_id, measure_version, unit_key, month, numerator, denominator, persons, value, version, run_id)
      SELECT ${model}, f.m, f.mv, f.u, f.mo, f.n, f.d, f.p, f.v, f.ve, ${runId}
      FROM json_to_recordset(${JSON.stringify(part)}::json) AS f(m text, mv int, u text, mo date, n float8, d float8, p int, v float8, ve int)`.execute(db);
  }
}
