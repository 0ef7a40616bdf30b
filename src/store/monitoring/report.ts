/**
 * The monthly status report (server/routes/monitoring/schemas.ts, Report)
 * for a model, unit and month: per measure the unit's series over the 24
 * months before and the month itself, the country's and the cluster's
 * series, the top 10 municipalities, the scoreboard (thirds of the cluster
 * and of the country, change since last month), the target (the unit's own
 * overrides the model definition's) and the corrected figures.
 *
 * Closed months come from stored figures in four indexed queries (the
 * unit's and the country's series, the cluster's sums, every municipality
 * in the month and the month before, the unit's targets); a month that is
 * not yet closed is computed live (live.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { figureValue, measuresFor } from '../../domain/monitoring/measures.ts';
import type { MonthIndex } from '../../domain/monitoring/person-periods.ts';
import { registry } from '../../domain/models/registry.ts';
import { scoreboard, topUnits, type UnitValue } from '../../domain/monitoring/comparison.ts';
import { modelMeasureOf } from '../../domain/monitoring/targets.ts';
import type { IsoDate } from '../../domain/rules/facts.ts';
import type { Report, ReportMeasure } from '../../server/routes/monitoring/schemas.ts';
import { today } from '../facts.ts';
import { clusterOf } from './clusters.ts';
import { cellKey } from './compute.ts';
import { liveFigures } from './live.ts';
import { firstDayOf, monthIndexOf, monthKey } from './months.ts';
import { isClosedMonth } from './recompute.ts';
import { loadTargets } from './targets.ts';
import { COUNTRY, describeUnitKey, municipalityKey, type UnitDirectory } from './units.ts';

/** Months in a series: the report's month and the 24 before it. */
export const SERIES_MONTHS = 25;

export interface ReportRequest {
  model: string;
  unit: string;
  /** 'YYYY-MM'. */
  month: string;
  asOf?: IsoDate;
  closeAfterDays?: number;
}

export class ReportError extends Error {
  constructor(
    readonly code: 'unknown_model' | 'unknown_unit' | 'unknown_measure',
    message: string,
  ) {
    super(message);
  }
}

interface FigureRow {
  measure_id: string;
  unit_key: string;
  month: string;
  numerator: number;
  denominator: number;
  value: number | null;
  version: number;
  computed_at: Date;
}

type Sums = { numerator: number; denominator: number };
type Point = { numerator: number; denominator: number; value: number | null; version: number | null };

const shared = new Map<string, Promise<unknown>>();
const SHARED_ENTRIES = 500;

/** A read kept under its key (which names the generation of stored figures it read); the oldest go first. */
function sharedRead<T>(key: string, read: () => Promise<T>): Promise<T> {
  const hit = shared.get(key);
  if (hit) return hit as Promise<T>;
  const value = read();
  shared.set(key, value);
  value.catch(() => shared.delete(key));
  if (shared.size > SHARED_ENTRIES) shared.delete(shared.keys().next().value!);
  return value;
}

/** The kommunekode a unit key belongs to (its municipality), or null (country, a unit outside any coded municipality). */
export async function municipalityCodeOfKey(db: Kysely<Database>, directory: UnitDirectory, key: string): Promise<string | null> {
  const [type, id] = key.split(':') as [string, string | undefined];
  if (type === 'municipality') return id!;
  if (type === 'unit') return directory.municipalityCodeOf(id!);
  if (type === 'staff') {
    const staff = await db.selectFrom('staff').select('unit_id').where('id', '=', id!).executeTakeFirst();
    return staff ? directory.municipalityCodeOf(staff.unit_id) : null;
  }
  return null;
}

/** Assembles the report; throws ReportError for an unknown model or unit. Scope is the caller's business. */
export async function buildReport(db: Kysely<Database>, directory: UnitDirectory, request: ReportRequest): Promise<Report> {
  const { model, unit } = request;
  if (!registry.get(model)) throw new ReportError('unknown_model', `Ukendt model "${model}".`);
  const described = await describeUnitKey(db, directory, unit);
  if (!described) throw new ReportError('unknown_unit', 'Ukendt enhed.');
  const asOf = request.asOf ?? today();
  const closeAfterDays = request.closeAfterDays ?? 0;
  const measures = measuresFor(model);
  const month = monthIndexOf(request.month);
  const first = month - SERIES_MONTHS + 1;
  const months = Array.from({ length: SERIES_MONTHS }, (_, i) => first + i);

  const code = await municipalityCodeOfKey(db, directory, unit);
  const cluster = unit === COUNTRY || code === null ? null : await clusterOf(db, code);
  const clusterMembers = cluster?.members ?? [];

  // The cluster's sums and every municipality's values are the same for every unit's report of the model
  // and month: read once per generation of stored figures (the latest recompute run) and kept.
  const generation = (await sql<{ id: number }>`SELECT coalesce(max(id), 0) AS id FROM monitoring_run`.execute(db)).rows[0]!.id;
  const [own, clusterSums, municipalities, targets] = await Promise.all([
    sql<FigureRow>`
      SELECT measure_id, unit_key, month, numerator, denominator, value, version, computed_at FROM monitoring_figure
      WHERE model_id = ${model} AND superseded_at IS NULL AND unit_key IN (${unit}, ${COUNTRY})
        AND month >= ${firstDayOf(first)} AND month <= ${firstDayOf(month)}`.execute(db),
    clusterMembers.length
      ? sharedRead(`cluster|${generation}|${model}|${month}|${clusterMembers.join(',')}`, async () =>
          (
            await sql<{ measure_id: string; month: string; numerator: number; denominator: number }>`
              SELECT measure_id, month, sum(numerator)::float8 AS numerator, sum(denominator)::float8 AS denominator FROM monitoring_figure
              WHERE model_id = ${model} AND superseded_at IS NULL AND unit_key = ANY(${clusterMembers.map(municipalityKey)}::text[])
                AND month >= ${firstDayOf(first)} AND month <= ${firstDayOf(month)}
              GROUP BY measure_id, month`.execute(db)
          ).rows,
        )
      : Promise.resolve([]),
    sharedRead(`municipalities|${generation}|${model}|${month}`, async () => {
      // Thousands of small rows: one JSON value is much cheaper to pass through the driver (PGlite).
      const result = await sql<{ figures: string | null }>`
        SELECT json_agg(json_build_array(measure_id, unit_key, month, value))::text AS figures FROM monitoring_figure
        WHERE model_id = ${model} AND superseded_at IS NULL AND unit_key LIKE 'municipality:%'
          AND (month = ${firstDayOf(month - 1)} OR month = ${firstDayOf(month)})`.execute(db);
      return JSON.parse(result.rows[0]?.figures ?? '[]') as [string, string, string, number | null][];
    }),
    loadTargets(db, { model, unit }),
  ]);

  // Stored points, then live ones for months not yet closed.
  const points = new Map<string, Point>();
  let computedAt: Date | null = null;
  const corrections: Report['corrections'] = [];
  for (const r of own.rows) {
    const m = monthIndexOf(r.month);
    points.set(cellKey(r.measure_id, r.unit_key, m), { numerator: r.numerator, denominator: r.denominator, value: r.value, version: r.version });
    if (r.unit_key === unit) {
      if (m === month && (!computedAt || r.computed_at > computedAt)) computedAt = r.computed_at;
      if (r.version > 1) corrections.push({ measure: r.measure_id, month: monthKey(m), version: r.version, correctedAt: r.computed_at.toISOString() });
    }
  }
  const clusterCells = new Map<string, Sums>();
  for (const r of clusterSums) clusterCells.set(cellKey(r.measure_id, 'cluster', monthIndexOf(r.month)), { numerator: r.numerator, denominator: r.denominator });
  const municipalValues = new Map<string, Map<string, number | null>>();
  const setMunicipal = (measure: string, unitKey: string, m: MonthIndex, value: number | null) => {
    const key = `${measure}|${m}`;
    let map = municipalValues.get(key);
    if (!map) municipalValues.set(key, (map = new Map()));
    map.set(unitKey, value);
  };
  for (const [measureId, unitKey, m, value] of municipalities) setMunicipal(measureId, unitKey, monthIndexOf(m), value);

  const openMonths = months.filter((m) => !isClosedMonth(m, asOf, closeAfterDays));
  let liveAt: string | null = null;
  const byId = new Map(measures.map((m) => [m.id, m]));
  for (const m of openMonths) {
    const live = await liveFigures(db, model, m, asOf);
    liveAt = live.computedAt;
    const clusterKeys = new Set(clusterMembers.map(municipalityKey));
    for (const [key, cell] of live.cells) {
      const [measureId, unitKey] = key.split('|') as [string, string];
      const measure = byId.get(measureId);
      if (!measure) continue;
      const value = figureValue(measure, cell.numerator, cell.denominator);
      if (unitKey === unit || unitKey === COUNTRY) points.set(key, { numerator: cell.numerator, denominator: cell.denominator, value, version: null });
      if (unitKey.startsWith('municipality:') && (m === month || m === month - 1)) setMunicipal(measureId, unitKey, m, value);
      if (clusterKeys.has(unitKey)) {
        const ck = cellKey(measureId, 'cluster', m);
        const seen = clusterCells.get(ck) ?? { numerator: 0, denominator: 0 };
        clusterCells.set(ck, { numerator: seen.numerator + cell.numerator, denominator: seen.denominator + cell.denominator });
      }
    }
  }

  const targetBy = new Map(targets.map((t) => [t.measure, t]));
  const reportMeasures: ReportMeasure[] = measures.map((measure) => {
    const point = (unitKey: string, m: MonthIndex) => points.get(cellKey(measure.id, unitKey, m));
    const series = months.map((m) => {
      const p = point(unit, m);
      return { month: monthKey(m), numerator: p?.numerator ?? 0, denominator: p?.denominator ?? 0, value: p?.value ?? null, version: p?.version ?? null };
    });
    // A sum (hours, weeks, full-time persons) grows with the unit's size: comparing it with the country's or
    // ranking it among municipalities would rank sizes, so sums are shown for the unit alone.
    const comparable = measure.kind !== 'sum';
    const countrySeries = months.map((m) => ({ month: monthKey(m), value: comparable ? (point(COUNTRY, m)?.value ?? null) : null }));
    const clusterSeries = months.map((m) => {
      if (!comparable) return { month: monthKey(m), value: null };
      const cell = clusterCells.get(cellKey(measure.id, 'cluster', m));
      return { month: monthKey(m), value: cell ? figureValue(measure, cell.numerator, cell.denominator) : null };
    });
    const value = series[series.length - 1]!.value;
    const before = series[series.length - 2]?.value ?? null;
    const values = (m: MonthIndex): UnitValue[] => [...(municipalValues.get(`${measure.id}|${m}`) ?? new Map<string, number | null>())].map(([u, v]) => ({ unit: u, value: v }));
    const current = values(month);
    const previous = values(month - 1);
    // A job centre, team or staff member is placed among the municipalities with its own value, in its
    // own municipality's place (not beside it: that would rank the unit against itself).
    const ownMunicipality = code === null ? null : municipalityKey(code);
    const withSelf = (list: UnitValue[], own: number | null) =>
      list.some((u) => u.unit === unit) ? list : [...list.filter((u) => u.unit !== ownMunicipality), { unit, value: own }];
    const inCluster = new Set(clusterMembers.map(municipalityKey));
    const board = (filter: (u: UnitValue) => boolean) => {
      const entry = scoreboard(unit, withSelf(current.filter(filter), value), withSelf(previous.filter(filter), before), measure.higherIsBetter);
      return { third: entry.third, rank: entry.rank, of: entry.of };
    };
    const own = targetBy.get(measure.id);
    const modelTarget = modelMeasureOf(measure, model)?.target ?? null;
    return {
      id: measure.id,
      modelMeasureId: measure.modelMeasureId[model] ?? null,
      version: measure.version,
      kind: measure.kind,
      unit: measure.unit,
      higherIsBetter: measure.higherIsBetter,
      source: { seed: measure.source.seed, section: measure.source.section, ...(measure.source.note ? { note: measure.source.note } : {}) },
      target: own
        ? { comparison: own.comparison, value: own.value, origin: 'unit' }
        : modelTarget
          ? { comparison: modelTarget.comparison, value: modelTarget.value, origin: 'model' }
          : null,
      series,
      countrySeries,
      clusterSeries,
      top10: (comparable ? topUnits(current, measure.higherIsBetter, 10) : []).map((t) => ({
        unit: t.unit,
        name: directory.municipalities.get(t.unit.slice('municipality:'.length)) ?? t.unit,
        value: t.value!,
      })),
      scoreboard: {
        cluster: cluster && comparable ? board((u) => inCluster.has(u.unit)) : { third: null, rank: null, of: 0 },
        country: unit === COUNTRY || !comparable ? { third: null, rank: null, of: 0 } : board(() => true),
        changeSinceLastMonth: value !== null && before !== null ? value - before : null,
      },
    };
  });

  return {
    model,
    month: monthKey(month),
    unit: { key: unit, kind: described.kind, name: described.name },
    cluster: cluster ? { id: cluster.id, name: cluster.name, municipalities: cluster.members.length } : null,
    closed: isClosedMonth(month, asOf, closeAfterDays),
    computedAt: openMonths.includes(month) && liveAt ? liveAt : (computedAt ?? new Date()).toISOString(),
    measures: reportMeasures,
    corrections: corrections.sort((a, b) => a.month.localeCompare(b.month) || a.measure.localeCompare(b.measure)),
  };
}
