/**
 * Continuous evaluation (issue 13): the effect of a model on its main outcome
 * re-estimated for each closed month against a rolling matched comparison,
 * for the status report. Pure: the store hands in the register persons, the
 * unit's treated and the closed months.
 *
 * The point of closed month M (definition, also in docs/evaluation.md
 * "Continuous evaluation"):
 *
 * - The outcome window a-b of time-zero month m0 is closed at M when
 *   m0 + b <= M. The point's treated cohort are the treated whose time-zero
 *   month lies in the `cohortMonths` months ending at M - b, i.e.
 *   [M - b - cohortMonths + 1, M - b]: the latest cohort whose window has
 *   closed. So consecutive points share cohortMonths - 1 months of treated:
 *   a rolling cohort.
 * - Everything is known "as of M": each person's weekly states end with the
 *   last week whose Thursday lies in M, the monthly hours with M, and course
 *   starts and visitations after M are not known yet. So data added later
 *   (a new extract, a later course) never changes the point of an earlier
 *   month; the series is what one would have estimated at each month's end.
 * - The comparison is built afresh for every point by buildCohort (cohort.ts):
 *   persons never exposed (as of M) who meet the target-group rule at one of
 *   the point's treated time zeros, with a drawn time zero. The effect is the
 *   ATT of 1:1 nearest-neighbour propensity-score matching without
 *   replacement (analysis.ts `analyseCohort`, method `nearest`) on the rows
 *   with the outcome known, with its confidence interval.
 * - Too few treated (< minTreated) or controls (< minControls) with the
 *   outcome known gives no estimate and says why.
 */
import { analyseCohort } from './analysis.ts';
import { AnalysisError } from './analysis-error.ts';
import type { Estimate, WindowOutcome } from './analysis-spec.ts';
import { DesignError } from './design.ts';
import { GlmError } from './glm.ts';
import { buildCohort, outcomeWindows, windowOutcomes, checkRule, type CohortPerson, type TargetGroupRule, type TreatedEntry, type WindowName } from './cohort.ts';
import { endOfMonth, lastDayOfMonth, monthKey, monthOfDate } from '../monitoring/months.ts';
import type { MonthIndex } from '../monitoring/person-periods.ts';
import { dayNumber } from '../rules/days.ts';

/** Why a point has no estimate. */
export type ContinuousReason = 'few_treated' | 'few_controls' | 'no_outcome_data' | 'failed';

/** One closed month's re-estimate (routes/evaluation/schemas.ts `continuousPoint`). */
export interface ContinuousPoint {
  /** The closed month, 'YYYY-MM'. */
  month: string;
  /** The ATT with its CI; null when there is none (reason says why). */
  effect: Estimate | null;
  /** Treated of the point's cohort with the outcome known (before matching). */
  nTreated: number;
  /** Comparison pool with the outcome known (before matching). */
  nControl: number;
  reason: ContinuousReason | null;
}

export interface ContinuousOptions {
  rule: TargetGroupRule;
  /** A window outcome of cohort.ts (survival outcomes have no closed window). */
  outcome: WindowOutcome;
  window: WindowName;
  /** The closed months to estimate, ascending. */
  months: readonly MonthIndex[];
  /** Months of time zeros per point's treated cohort (default 12). */
  cohortMonths?: number;
  /** Seed of the controls' time-zero draw (default 1). */
  seed?: number;
  clusters?: ReadonlyMap<string, string>;
  /** Fewest treated with the outcome known for an estimate (default 10). */
  minTreated?: number;
  /** Fewest controls with the outcome known for an estimate (default 10). */
  minControls?: number;
  /** Propensity covariates (default: analysis.ts defaultCovariates, less those the cohort lacks). */
  covariates?: readonly string[];
  /** Confidence level (default 0.95). */
  level?: number;
}

const positiveInt = (v: number) => Number.isInteger(v) && v >= 1;

function check(options: ContinuousOptions): void {
  if (!(windowOutcomes as readonly string[]).includes(options.outcome)) {
    throw new AnalysisError('invalid_outcome', 'outcome', `continuous evaluation needs a window outcome (${windowOutcomes.join(', ')}), not '${options.outcome}'`);
  }
  if (!(options.window in outcomeWindows)) throw new AnalysisError('invalid_window', 'window', `unknown window '${options.window}'`);
  try {
    checkRule(options.rule);
  } catch (e) {
    throw new AnalysisError('invalid_rule', 'rule', (e as Error).message);
  }
  options.months.forEach((m, i) => {
    if (!Number.isInteger(m)) throw new AnalysisError('invalid_months', 'months', `months[${i}] is not a month index (got ${m})`);
    if (i > 0 && m <= options.months[i - 1]!) throw new AnalysisError('invalid_months', 'months', `months must be ascending without repeats (months[${i}] = ${monthKey(m)})`);
  });
  for (const field of ['cohortMonths', 'minTreated', 'minControls'] as const) {
    const v = options[field];
    if (v !== undefined && !positiveInt(v)) throw new AnalysisError('invalid_option', field, `${field} must be a whole number >= 1 (got ${v})`);
  }
}

/** Takes the first n entries of a typed or plain array without copying a typed one. */
function head(values: ArrayLike<number>, n: number): ArrayLike<number> {
  if (n >= values.length) return values;
  const typed = values as ArrayLike<number> & { subarray?: (a: number, b: number) => ArrayLike<number> };
  return typeof typed.subarray === 'function' ? typed.subarray(0, Math.max(0, n)) : Array.prototype.slice.call(values, 0, Math.max(0, n));
}

/**
 * The person as known at the end of month M: weeks up to the last one whose
 * Thursday lies in M, hours up to M, course starts and visitations up to M's
 * last day.
 */
export function personAsOf(p: CohortPerson, month: MonthIndex): CohortPerson {
  const lastDay = lastDayOfMonth(month);
  const firstMonday = dayNumber(p.firstWeek);
  // Week i (Monday firstMonday + 7i) belongs to M or earlier when its Thursday is on or before M's last day.
  const weeks = Math.floor((lastDay - 3 - firstMonday) / 7) + 1;
  const hours = month - p.firstMonth + 1;
  const end = endOfMonth(month);
  const known = (dates: readonly string[] | undefined) => (dates && dates.some((d) => d > end) ? dates.filter((d) => d <= end) : dates);
  return {
    ...p,
    states: head(p.states, weeks),
    ordinaryHours: head(p.ordinaryHours, hours),
    courseStarts: known(p.courseStarts),
    visitations: known(p.visitations),
  };
}

/** The time-zero months of the point of closed month M: [M - b - cohortMonths + 1, M - b]. */
export function cohortMonthsOf(month: MonthIndex, window: WindowName, cohortMonths = 12): { from: MonthIndex; to: MonthIndex } {
  const b = outcomeWindows[window][1];
  return { from: month - b - cohortMonths + 1, to: month - b };
}

/** The series of continuous evaluation: one point per closed month (see the module doc). */
export function continuousEffect(persons: readonly CohortPerson[], treatedAll: readonly TreatedEntry[], options: ContinuousOptions): ContinuousPoint[] {
  check(options);
  const cohortMonths = options.cohortMonths ?? 12;
  const minTreated = options.minTreated ?? 10;
  const minControls = options.minControls ?? 10;
  const [a, b] = outcomeWindows[options.window];
  const outcomeName = `${options.outcome}_${a}_${b}`;
  const byMonth = treatedAll.map((t) => ({ entry: t, month: monthOfDate(t.timeZero) }));

  return options.months.map((month): ContinuousPoint => {
    const key = monthKey(month);
    const span = cohortMonthsOf(month, options.window, cohortMonths);
    const treated = byMonth.filter((t) => t.month >= span.from && t.month <= span.to).map((t) => t.entry);
    if (treated.length < minTreated) return { month: key, effect: null, nTreated: treated.length, nControl: 0, reason: 'few_treated' };

    const known = persons.map((p) => personAsOf(p, month));
    const cohort = buildCohort(known, treated, { rule: options.rule, seed: options.seed ?? 1, clusters: options.clusters });
    const rows = cohort.rows.filter((r) => r.outcomes[outcomeName] !== null && r.outcomes[outcomeName] !== undefined);
    let nTreated = 0;
    for (const r of rows) nTreated += r.treat;
    const nControl = rows.length - nTreated;
    const none = (reason: ContinuousReason): ContinuousPoint => ({ month: key, effect: null, nTreated, nControl, reason });
    if (cohort.nTreated < minTreated) return none('few_treated');
    if (nTreated < minTreated) return none('no_outcome_data');
    if (nControl < minControls) return none('few_controls');
    try {
      const result = analyseCohort(rows, {
        method: 'nearest',
        outcome: options.outcome,
        window: options.window,
        // Unset: the runner's default set, skipping what the cohort lacks (cluster without clusters).
        covariates: options.covariates ? [...options.covariates] : undefined,
        ratio: 1,
        replace: false,
        caliper: null,
        level: options.level ?? 0.95,
      });
      const e = result.effect;
      if (![e.estimate, e.se, e.ciLow, e.ciHigh, e.p].every(Number.isFinite)) return none('failed');
      return { month: key, effect: { estimate: e.estimate, se: e.se, ciLow: e.ciLow, ciHigh: e.ciHigh, p: e.p }, nTreated, nControl, reason: null };
    } catch (e) {
      // A point the propensity model or matching cannot estimate (too few distinct values, an aliased design...) is a gap, not an error of the series.
      if (e instanceof AnalysisError || e instanceof GlmError || e instanceof DesignError) return none('failed');
      throw e;
    }
  });
}
