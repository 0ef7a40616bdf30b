/**
 * The messages between the job manager (jobs.ts) and an evaluation worker
 * (worker.ts). Everything crosses by structured clone: plain objects, arrays,
 * typed arrays and Maps.
 */
import type { AnalysisResult, AnalysisSpec, AnalysisStage, CohortSummary } from '../../domain/evaluation/analysis-spec.ts';
import type { CohortPerson, TargetGroupRule, TreatedEntry } from '../../domain/evaluation/cohort.ts';

/** What the worker computes on: the register persons of the model, the clusters, the treated, the rule and the spec. */
export interface WorkerInput {
  persons: CohortPerson[];
  clusters?: ReadonlyMap<string, string>;
  treated: TreatedEntry[];
  rule: TargetGroupRule;
  seed?: number;
  spec: AnalysisSpec;
}

export type WorkerMessage =
  | { type: 'progress'; stage: AnalysisStage; fraction: number }
  | { type: 'done'; cohort: CohortSummary; result: AnalysisResult }
  /** An AnalysisError (code and field) or an unexpected failure (code 'internal', no field). */
  | { type: 'failed'; code: string; field: string | null; message: string };

/**
 * The code, field and message of an AnalysisError, or null for any other
 * error. Matched by name and shape, not class: the runner (analysis.ts) and
 * the store loader (analysis-error.ts) each throw one.
 */
export function analysisErrorOf(error: unknown): { code: string; field: string | null; message: string } | null {
  if (!(error instanceof Error) || error.name !== 'AnalysisError') return null;
  const { code, field } = error as Error & { code?: unknown; field?: unknown };
  if (typeof code !== 'string') return null;
  return { code, field: typeof field === 'string' ? field : null, message: error.message };
}
