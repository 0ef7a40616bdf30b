/**
 * The models API (contract docs/contracts/case-work-api.md, section D): the
 * five intervention models, the rules with the caller's municipal values, and
 * the overrides of rule parameters with their history.
 *
 * A definition is the exact JSON of src/domain/models/schema.ts; its types are
 * imported from there (type-only, so nothing of the domain ends up in the
 * bundle) instead of being copied.
 */
import { query, request } from './client.ts';
import type { CoreElement, Measure, ModelDefinition } from '../../../src/domain/models/schema.ts';
import type { Condition, Phase, Transition } from '../../../src/domain/models/phases.ts';
import type { EligibilityRule } from '../../../src/domain/models/eligibility.ts';
import type { Visitation } from '../../../src/domain/models/visitation.ts';
import type { ParameterBasis, ParameterSpec, ParameterUnit, Rule, RuleType } from '../../../src/domain/rules/vocabulary.ts';
import type { Name, SourceRef } from '../../../src/domain/rules/source.ts';

export type {
  Condition,
  CoreElement,
  EligibilityRule,
  Measure,
  ModelDefinition,
  Name,
  ParameterBasis,
  ParameterSpec,
  ParameterUnit,
  Phase,
  Rule,
  RuleType,
  SourceRef,
  Transition,
  Visitation,
};

export interface ModelSummary {
  id: string;
  /** The current (latest) version. */
  version: string;
  versions: string[];
  shortName: string;
  name: Name;
  description: string;
  source: SourceRef;
  coreElementCount: number;
  ruleCount: number;
}

export interface ModelResponse {
  definition: ModelDefinition;
  versions: string[];
}

export interface StaffRef {
  id: string;
  name: string;
}

export interface ParameterOverride {
  value: number;
  reason: string | null;
  setBy: StaffRef;
  setAt: string;
}

/** A rule parameter with the value in force for the caller's municipality. */
export interface EffectiveParameter {
  name: string;
  unit: ParameterUnit;
  /** The value in force: the override's, or the default. */
  value: number;
  default: number;
  min: number;
  max: number;
  basis: ParameterBasis;
  basisLabel: string;
  source: SourceRef;
  sourceText: string;
  override: ParameterOverride | null;
}

export interface EffectiveRule {
  ruleId: string;
  coreElementId: string;
  coreElementTitle: Name;
  type: RuleType;
  typeLabel: string;
  title: Name;
  description: string;
  source: SourceRef;
  sourceText: string;
  appliesTo?: { groups?: string[]; phases?: string[] };
  parameters: EffectiveParameter[];
}

export interface ModelRules {
  modelId: string;
  /** The version the values are for (the latest unless asked for). */
  version: string;
  municipality: { id: string; name: string };
  /** Whether the caller may override parameters (leder, admin). */
  canOverride: boolean;
  rules: EffectiveRule[];
}

export interface OverrideHistoryEntry {
  id: number;
  ruleId: string;
  parameter: string;
  /** null when the parameter was set back to its default. */
  value: number | null;
  reason: string | null;
  setBy: StaffRef;
  setAt: string;
}

export interface ParameterChange {
  /** null sets the parameter back to the model's default. */
  value: number | null;
  reason: string;
}

const path = (id: string) => `/api/models/${encodeURIComponent(id)}`;

export const modelsApi = {
  list: () => request<{ models: ModelSummary[] }>('GET', '/api/models'),
  get: (id: string, version?: string) => request<ModelResponse>('GET', `${path(id)}${query({ version })}`),
  rules: (id: string, version?: string) => request<ModelRules>('GET', `${path(id)}/rules${query({ version })}`),
  overrides: (id: string) => request<{ history: OverrideHistoryEntry[] }>('GET', `${path(id)}/overrides`),
  setParameter: (id: string, ruleId: string, parameter: string, change: ParameterChange) =>
    request<EffectiveRule>('PUT', `${path(id)}/rules/${encodeURIComponent(ruleId)}/parameters/${encodeURIComponent(parameter)}`, change),
};
