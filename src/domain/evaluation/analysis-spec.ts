/**
 * What an evaluation is asked (the specification) and what it answers (the
 * result), shared by the runner (analysis.ts), the CLI (`jobspor evaluate
 * cohort`), the server's worker and the Evaluering page. Structured results
 * only: codes and numbers; sentences are composed in the i18n layer.
 */
import type { BalanceRow, SampleSizes } from './balance.ts';
import type { TargetGroupRule, WindowName } from './cohort.ts';
import { outcomeWindows, windowOutcomes } from './cohort.ts';

export { outcomeWindows, windowOutcomes };
export type { WindowName };

/** The methods of issue 13 §2, by their CLI names. */
export const evaluationMethods = ['nearest', 'cem', 'ipw', 'did', 'cox'] as const;
export type EvaluationMethod = (typeof evaluationMethods)[number];

export type WindowOutcome = (typeof windowOutcomes)[number];
/** Time-to-event outcomes of cohort.ts (months after the time-zero month, censored at 24). */
export const survivalOutcomes = ['time_to_hours', 'time_to_placement'] as const;
export type SurvivalOutcome = (typeof survivalOutcomes)[number];
export type AnalysisOutcome = WindowOutcome | SurvivalOutcome;

/** Where the treated come from. */
export type TreatedSource =
  /** Citizens whose first course start (or visitation) of the model in a unit (and the units below it) falls in [from, to]. */
  | { kind: 'case_data'; unitId: string; from: string; to: string; by: 'course' | 'visitation' }
  /** A `person,time_zero` CSV (person = the register person's pseudonym). */
  | { kind: 'file'; fileName: string; csv: string };

/** The design: which model, which treated, which target-group rule for the comparison pool. */
export interface CohortSpec {
  modelId: string;
  treated: TreatedSource;
  /** Default: defaultTargetGroupRule(model) (analysis.ts). */
  rule?: TargetGroupRule;
  /** Seed of the controls' time-zero draw (default 1). */
  seed?: number;
}

/** How the effect is estimated. */
export interface AnalysisSpec {
  method: EvaluationMethod;
  /** A window outcome for nearest, cem, ipw and did; a survival outcome for cox. */
  outcome: AnalysisOutcome;
  /** The outcome window (window outcomes only; ignored for survival outcomes). */
  window: WindowName;
  /** Covariate names of cohort.ts (default: defaultCovariates). Constant ones are dropped and reported. */
  covariates?: string[];
  /** Nearest-neighbour options (nearest and cox), as `jobspor evaluate match`. */
  ratio?: number;
  replace?: boolean;
  caliper?: number | null;
  exact?: string[];
  distance?: 'ps' | 'logit';
  /** CEM cut points per numeric covariate (cem.ts CemCutpoint); default Sturges. */
  cutpoints?: Record<string, number | number[] | string>;
  /** Event study (did): leads and lags in months around the time-zero month. */
  leads?: number;
  lags?: number;
  /** Percentile bootstrap of the ATT as well (nearest, cem, ipw). */
  bootstrap?: { replicates: number; seed?: number } | null;
  /** Confidence level, default 0.95. */
  level?: number;
}

/** An interval estimate. */
export interface Estimate {
  estimate: number;
  se: number;
  ciLow: number;
  ciHigh: number;
  p: number;
}

export interface SurvivalCurve {
  /** 'treated' or 'control'. */
  group: 'treated' | 'control';
  n: number;
  events: number;
  /** Months after the time-zero month, with the survival (share without the event yet) and its band. */
  time: number[];
  surv: number[];
  lower: (number | null)[];
  upper: (number | null)[];
  nRisk: number[];
  median: number | null;
}

export interface SurvivalSummary {
  outcome: SurvivalOutcome;
  /** On which sample: the matched sample (weights) or the whole cohort. */
  sample: 'matched' | 'all';
  curves: SurvivalCurve[];
  logRank: { chiSquare: number; df: number; p: number } | null;
  /** Cox model of the outcome on treatment (Efron ties, matching weights). */
  hazardRatio: Estimate | null;
}

export interface EventStudyPoint extends Estimate {
  /** Months relative to the time-zero month (-1 is the reference, not estimated). */
  k: number;
}

export type AnalysisWarningCode =
  | 'pre_trends_not_flat'
  | 'few_treated'
  | 'few_matched'
  | 'poor_balance'
  | 'glm_not_converged'
  | 'glm_separation'
  | 'outcome_missing_rows'
  | 'lookback_truncated';

export interface AnalysisWarning {
  code: AnalysisWarningCode;
  /** Numbers behind the warning (counts, p-values, the worst SMD), for the message. */
  values?: Record<string, number | string>;
}

export interface AnalysisResult {
  method: EvaluationMethod;
  outcome: AnalysisOutcome;
  /** null for survival outcomes. */
  window: WindowName | null;
  /** 'att' (difference in the outcome's unit), 'hazard_ratio' (cox) or 'did' (TWFE coefficient). */
  estimand: 'att' | 'hazard_ratio' | 'did';
  level: number;
  effect: Estimate;
  /** Percentile bootstrap interval, when asked for. */
  bootstrap: { ciLow: number; ciHigh: number; replicates: number; seed: number } | null;
  /** The unadjusted difference (treated minus comparison, classical SE), to show the selection. */
  naive: Estimate | null;
  /** Outcome means in the (weighted) analysed sample. */
  meanTreated: number | null;
  meanControl: number | null;
  nTreated: number;
  nControl: number;
  nMatchedTreated: number;
  nMatchedControl: number;
  covariates: string[];
  droppedCovariates: { name: string; reason: 'constant' | 'constant_in_treated' | 'unknown' | 'aliased' }[];
  /** Balance before and after (MatchIt's summary), null for did. */
  balance: { before: BalanceRow[]; after: BalanceRow[] } | null;
  sampleSizes: SampleSizes | null;
  survival: SurvivalSummary | null;
  eventStudy: { points: EventStudyPoint[]; preTrend: { statistic: number; df: number; p: number } | null } | null;
  warnings: AnalysisWarning[];
}

/** The cohort's summary that goes with a result (no person-level data). */
export interface CohortSummary {
  nTreated: number;
  nControl: number;
  excluded: Record<'not_in_register' | 'not_in_target_group' | 'missing_birth_year' | 'never_qualifies' | 'exposed', number>;
  nullOutcomes: Record<string, number>;
  truncatedLookback: number;
  rule: TargetGroupRule;
  seed: number;
  /** Earliest and latest time zero of the treated. */
  timeZeroFrom: string | null;
  timeZeroTo: string | null;
}

/** Stages a long analysis reports progress in (fraction 0..1 within the stage). */
export const analysisStages = ['load', 'cohort', 'propensity', 'matching', 'balance', 'effect', 'survival', 'event_study', 'done'] as const;
export type AnalysisStage = (typeof analysisStages)[number];
export type ProgressFn = (stage: AnalysisStage, fraction: number) => void;
