/**
 * The worker's answer checked against the API's schemas before a run is
 * marked done, so a run never holds what GET cannot serialise. Numbers that
 * are not finite (NaN from a 0/0, such as a variance ratio of a covariate
 * constant in one group) cannot be written as JSON: they become null, which
 * the balance columns allow; anywhere else the check fails the run.
 */
import type { AnalysisResult, CohortSummary } from '../../domain/evaluation/analysis-spec.ts';
import { analysisResult, cohortSummary, type Run } from '../routes/evaluation/schemas.ts';

/** A deep copy with every non-finite number replaced by null. */
export function finiteOrNull(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(finiteOrNull);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, finiteOrNull(v)]));
  return value;
}

/** Optional blocks of a result the schema lets be null: one that holds a non-finite number cannot be given. */
const optionalBlocks = [['naive'], ['bootstrap'], ['survival', 'hazardRatio'], ['survival', 'logRank'], ['eventStudy', 'preTrend']] as const;

const hasNonFinite = (value: unknown): boolean =>
  typeof value === 'number' ? !Number.isFinite(value) : value !== null && typeof value === 'object' ? Object.values(value).some(hasNonFinite) : false;

/** The result with each optional block that holds a non-finite number (a hazard ratio without events in a group) set to null. */
export function withoutUnknownBlocks(result: AnalysisResult): AnalysisResult {
  const copy = structuredClone(result) as unknown as Record<string, Record<string, unknown> | null>;
  for (const path of optionalBlocks) {
    const parent = path.length === 1 ? (copy as Record<string, unknown>) : copy[path[0]];
    const key = path[path.length - 1]!;
    if (parent && hasNonFinite(parent[key])) parent[key] = null;
  }
  return copy as unknown as AnalysisResult;
}

export type CheckedAnswer = { ok: true; cohort: NonNullable<Run['cohort']>; result: NonNullable<Run['result']> } | { ok: false; problem: string };

/** The cohort summary and result as the API serves them, or where they break the schema. */
export function checkAnswer(cohort: CohortSummary, result: AnalysisResult): CheckedAnswer {
  const c = cohortSummary.safeParse(finiteOrNull(cohort));
  const r = analysisResult.safeParse(finiteOrNull(withoutUnknownBlocks(result)));
  if (c.success && r.success) return { ok: true, cohort: c.data, result: r.data };
  const issue = (!c.success ? c.error.issues[0] : undefined) ?? (!r.success ? r.error.issues[0] : undefined);
  return { ok: false, problem: `${c.success ? 'result' : 'cohort'}.${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}` };
}
