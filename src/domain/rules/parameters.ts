/**
 * Municipal overrides of rule parameters. A definition gives each parameter a
 * default and bounds; an override sets another value within the bounds and
 * records who set it and when. Storing overrides is the database's job; these
 * are the pure parts: validate one override, and compute the effective values
 * from the defaults and a list of overrides (the newest valid one wins).
 */
import type { ModelDefinition } from '../models/schema.ts';
import type { Rule } from './vocabulary.ts';

export interface RuleOverride {
  modelId: string;
  /** Omit to apply to every version that has the rule and parameter. */
  modelVersion?: string;
  unitId: string;
  ruleId: string;
  parameter: string;
  value: number;
  /** Staff id of whoever set it. */
  by: string;
  /** When it was set, ISO 8601 timestamp. */
  at: string;
}

export type OverrideCheck = { ok: true } | { ok: false; field: keyof RuleOverride; reason: string };

export function findRule(definition: ModelDefinition, ruleId: string): { rule: Rule; coreElementId: string } | undefined {
  for (const element of definition.coreElements) {
    const rule = element.rules.find((r) => r.id === ruleId);
    if (rule) return { rule, coreElementId: element.id };
  }
  return undefined;
}

/** Checks an override against the definition it targets. */
export function validateOverride(definition: ModelDefinition, override: RuleOverride): OverrideCheck {
  if (override.modelId !== definition.id) {
    return { ok: false, field: 'modelId', reason: `Overstyringen gælder modellen '${override.modelId}', ikke '${definition.id}'.` };
  }
  if (override.modelVersion !== undefined && override.modelVersion !== definition.version) {
    return { ok: false, field: 'modelVersion', reason: `Overstyringen gælder version ${override.modelVersion}, ikke ${definition.version}.` };
  }
  const found = findRule(definition, override.ruleId);
  if (!found) return { ok: false, field: 'ruleId', reason: `Modellen '${definition.id}' har ingen regel '${override.ruleId}'.` };
  const spec = (found.rule.params as Record<string, { min: number; max: number } | undefined>)[override.parameter];
  if (!spec) {
    const names = Object.keys(found.rule.params);
    return {
      ok: false,
      field: 'parameter',
      reason: `Reglen '${override.ruleId}' har ingen parameter '${override.parameter}'${names.length ? ` (parametre: ${names.join(', ')})` : ' (reglen har ingen parametre)'}.`,
    };
  }
  if (!Number.isInteger(override.value)) return { ok: false, field: 'value', reason: `Værdien skal være et helt tal (fik ${override.value}).` };
  if (override.value < spec.min || override.value > spec.max) {
    return { ok: false, field: 'value', reason: `Værdien ${override.value} ligger uden for de tilladte grænser ${spec.min}-${spec.max}.` };
  }
  if (!override.by) return { ok: false, field: 'by', reason: 'Det skal angives, hvem der har sat overstyringen.' };
  if (Number.isNaN(Date.parse(override.at))) return { ok: false, field: 'at', reason: `'${override.at}' er ikke et gyldigt tidspunkt.` };
  return { ok: true };
}

export interface EffectiveParameter {
  value: number;
  default: number;
  min: number;
  max: number;
  /** The override in force, if any. */
  override?: RuleOverride;
}

export interface EffectiveParameters {
  /** ruleId -> parameter name -> value in force. */
  values: Map<string, Record<string, EffectiveParameter>>;
  /** Overrides that were ignored, with the reason. */
  rejected: { override: RuleOverride; reason: string }[];
}

/**
 * Effective values for every rule parameter in the definition. `overrides`
 * should be those that apply to the unit in question (the caller picks them
 * from the unit and its ancestors); overrides for other models or versions
 * are skipped, invalid ones are reported in `rejected`, and among the valid
 * ones for the same parameter the newest (`at`) wins.
 */
export function effectiveParameters(definition: ModelDefinition, overrides: readonly RuleOverride[]): EffectiveParameters {
  const values = new Map<string, Record<string, EffectiveParameter>>();
  for (const element of definition.coreElements) {
    for (const rule of element.rules) {
      const params: Record<string, EffectiveParameter> = {};
      for (const [name, spec] of Object.entries(rule.params) as [string, { value: number; min: number; max: number }][]) {
        params[name] = { value: spec.value, default: spec.value, min: spec.min, max: spec.max };
      }
      values.set(rule.id, params);
    }
  }
  const rejected: EffectiveParameters['rejected'] = [];
  for (const override of overrides) {
    if (override.modelId !== definition.id || (override.modelVersion !== undefined && override.modelVersion !== definition.version)) continue;
    const check = validateOverride(definition, override);
    if (!check.ok) {
      rejected.push({ override, reason: check.reason });
      continue;
    }
    const param = values.get(override.ruleId)?.[override.parameter];
    if (!param) continue;
    if (!param.override || Date.parse(override.at) >= Date.parse(param.override.at)) {
      param.value = override.value;
      param.override = override;
    }
  }
  return { values, rejected };
}
