/**
 * Stored municipal overrides of rule parameters (table rule_override, its own
 * history) and the rule-set resolver that applies them: a unit is governed by
 * the overrides set on it and on every unit above it.
 */
import type { Kysely } from 'kysely';
import { unitAncestors, unitTree } from './units.ts';
import type { Database } from '../db/schema.ts';
import { registry } from '../domain/models/registry.ts';
import { createRuleSetResolver, type RuleSetResolver } from '../domain/rules/engine.ts';
import type { RuleOverride } from '../domain/rules/parameters.ts';

export interface OverrideRow {
  id: number;
  unitId: string;
  modelId: string;
  modelVersion: string | null;
  ruleId: string;
  parameter: string;
  value: number | null;
  reason: string | null;
  setBy: { id: string; name: string };
  setAt: string;
}

/** Every override change for a model in the given units, newest first. */
export async function overrideHistory(db: Kysely<Database>, unitIds: readonly string[], modelId?: string): Promise<OverrideRow[]> {
  if (unitIds.length === 0) return [];
  let query = db
    .selectFrom('rule_override')
    .innerJoin('staff', 'staff.id', 'rule_override.set_by')
    .select([
      'rule_override.id',
      'rule_override.unit_id',
      'rule_override.model_id',
      'rule_override.model_version',
      'rule_override.rule_id',
      'rule_override.parameter',
      'rule_override.value',
      'rule_override.reason',
      'rule_override.set_by',
      'staff.display_name',
      'rule_override.set_at',
    ])
    .where('rule_override.unit_id', 'in', unitIds);
  if (modelId) query = query.where('rule_override.model_id', '=', modelId);
  const rows = await query.orderBy('rule_override.set_at', 'desc').orderBy('rule_override.id', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    modelId: r.model_id,
    modelVersion: r.model_version,
    ruleId: r.rule_id,
    parameter: r.parameter,
    value: r.value,
    reason: r.reason,
    setBy: { id: r.set_by, name: r.display_name },
    setAt: r.set_at.toISOString(),
  }));
}

/** The override in force per (unit, model, version, rule, parameter): the newest change, unless it reset to the default. */
export function inForce(history: readonly OverrideRow[]): OverrideRow[] {
  const latest = new Map<string, OverrideRow>();
  for (const row of history) {
    const key = [row.unitId, row.modelId, row.modelVersion ?? '*', row.ruleId, row.parameter].join('|');
    const seen = latest.get(key);
    if (!seen || row.setAt > seen.setAt || (row.setAt === seen.setAt && row.id > seen.id)) latest.set(key, row);
  }
  return [...latest.values()].filter((row) => row.value !== null);
}

export function toRuleOverride(row: OverrideRow): RuleOverride {
  return {
    modelId: row.modelId,
    ...(row.modelVersion ? { modelVersion: row.modelVersion } : {}),
    unitId: row.unitId,
    ruleId: row.ruleId,
    parameter: row.parameter,
    value: row.value!,
    by: row.setBy.id,
    at: row.setAt,
  };
}

/** The overrides that govern a unit (its own and its ancestors'). */
export async function loadOverridesFor(db: Kysely<Database>, unitId: string): Promise<RuleOverride[]> {
  return inForce(await overrideHistory(db, (await unitAncestors(db, unitId)).map((u) => u.id))).map(toRuleOverride);
}

/**
 * A rule-set resolver for every unit of a municipality, with the overrides
 * loaded once. Units outside the tree get the model defaults.
 */
export async function municipalityResolver(db: Kysely<Database>, municipalityId: string): Promise<RuleSetResolver> {
  const units = await unitTree(db, municipalityId);
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  const overrides = inForce(await overrideHistory(db, [...parent.keys()])).map(toRuleOverride);
  const chain = (unitId: string | undefined) => {
    const ids = new Set<string>();
    for (let id = unitId ?? null; id; id = parent.get(id) ?? null) ids.add(id);
    return ids;
  };
  return createRuleSetResolver(
    (modelId, version) => registry.get(modelId, version),
    (unitId) => {
      const ids = chain(unitId);
      return overrides.filter((o) => ids.has(o.unitId));
    },
  );
}

/** Appends an override change (value null = back to the default). */
export async function recordOverride(
  db: Kysely<Database>,
  change: { unitId: string; modelId: string; modelVersion: string | null; ruleId: string; parameter: string; value: number | null; reason: string; setBy: string },
): Promise<void> {
  await db
    .insertInto('rule_override')
    .values({
      unit_id: change.unitId,
      model_id: change.modelId,
      model_version: change.modelVersion,
      rule_id: change.ruleId,
      parameter: change.parameter,
      value: change.value,
      reason: change.reason,
      set_by: change.setBy,
    })
    .execute();
}
