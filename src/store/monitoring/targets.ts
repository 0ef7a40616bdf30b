/**
 * Targets and sub-goals a leder sets for a unit (team, staff member, job
 * centre, municipality): one per model, measure and unit. In the unit's
 * report it replaces the model definition's target.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface StoredTarget {
  model: string;
  measure: string;
  unit: string;
  comparison: 'at_least' | 'at_most';
  value: number;
  setBy: string;
  setAt: string;
}

/** Targets of a model, for one unit or for several. */
export async function loadTargets(db: Kysely<Database>, filter: { model?: string; unit?: string; units?: readonly string[] }): Promise<StoredTarget[]> {
  let query = db
    .selectFrom('monitoring_target')
    .innerJoin('staff', 'staff.id', 'monitoring_target.set_by')
    .select([
      'monitoring_target.model_id',
      'monitoring_target.measure_id',
      'monitoring_target.unit_key',
      'monitoring_target.comparison',
      'monitoring_target.value',
      'monitoring_target.set_at',
      'staff.display_name',
    ]);
  if (filter.model) query = query.where('monitoring_target.model_id', '=', filter.model);
  if (filter.unit) query = query.where('monitoring_target.unit_key', '=', filter.unit);
  if (filter.units) {
    if (filter.units.length === 0) return [];
    query = query.where('monitoring_target.unit_key', 'in', [...filter.units]);
  }
  const rows = await query.orderBy('monitoring_target.unit_key').orderBy('monitoring_target.measure_id').execute();
  return rows.map((r) => ({
    model: r.model_id,
    measure: r.measure_id,
    unit: r.unit_key,
    comparison: r.comparison,
    value: r.value,
    setBy: r.display_name,
    setAt: r.set_at.toISOString(),
  }));
}

/** Sets (or replaces) the unit's target for the measure. */
export async function saveTarget(
  db: Kysely<Database>,
  target: { model: string; measure: string; unit: string; comparison: 'at_least' | 'at_most'; value: number },
  staffId: string,
): Promise<void> {
  await db
    .insertInto('monitoring_target')
    .values({ model_id: target.model, measure_id: target.measure, unit_key: target.unit, comparison: target.comparison, value: target.value, set_by: staffId })
    .onConflict((oc) =>
      oc.columns(['model_id', 'measure_id', 'unit_key']).doUpdateSet({ comparison: target.comparison, value: target.value, set_by: staffId, set_at: new Date() }),
    )
    .execute();
}

/** Removes the unit's target (the model definition's applies again); false when there was none. */
export async function deleteTarget(db: Kysely<Database>, key: { model: string; measure: string; unit: string }): Promise<boolean> {
  const result = await db
    .deleteFrom('monitoring_target')
    .where('model_id', '=', key.model)
    .where('measure_id', '=', key.measure)
    .where('unit_key', '=', key.unit)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
