/**
 * The evaluation runner (issue 13): from register persons and a treated list to an effect estimate
 * with balance, survival curves and an event study, on top of the statistics modules next to it
 * (cohort.ts, design.ts, glm.ts, nearest.ts, cem.ts, balance.ts, att.ts, ols.ts, kaplan-meier.ts,
 * log-rank.ts, cox.ts, did.ts, match-analysis.ts). Pure, synchronous and deterministic: the same
 * input gives the same result (the only random steps, the controls' time-zero draw and the
 * bootstrap, are seeded; default seed 1). Exact definitions: docs/evaluation.md "The runner".
 */
import type { BalanceRow, SampleSizes } from './balance.ts';
import { summarizeMatch } from './balance.ts';
import { bootstrapAtt, estimateAtt, estimateIpwAtt, ipwAttWeights, type AttEstimate } from './att.ts';
import { cemMatch, summarizeCem, CemError, type CemCovariate } from './cem.ts';
import {
  buildCohort,
  lookbackWeeks,
  monthlyOutcomeSeries,
  outcomeWindows,
  windowOutcomes,
  type CohortPerson,
  type CohortRow,
  type TargetGroupRule,
  type TreatedEntry,
  type WindowName,
} from './cohort.ts';
import { coxph } from './cox.ts';
import { designMatrix, DesignError, type DesignMatrix, type DesignRow } from './design.ts';
import { eventStudy, twfeDid, type PanelObservation } from './did.ts';
import { GlmError, logisticRegression, type GlmFit } from './glm.ts';
import { kaplanMeier, type KaplanMeierCurve } from './kaplan-meier.ts';
import { logRankTest } from './log-rank.ts';
import { monthOfDate } from '../monitoring/months.ts';
import { balanceCovariateColumns, nearestMatchAtt } from './match-analysis.ts';
import { nearestNeighbourMatch, type NearestResult } from './nearest.ts';
import {
  evaluationMethods,
  survivalOutcomes,
  type AnalysisOutcome,
  type AnalysisResult,
  type AnalysisSpec,
  type AnalysisStage,
  type AnalysisWarning,
  type CohortSummary,
  type Estimate,
  type ProgressFn,
  type SurvivalCurve,
  type SurvivalOutcome,
  type SurvivalSummary,
  type WindowOutcome,
} from './analysis-spec.ts';
import type { ModelDefinition } from '../models/schema.ts';
import type { EligibilityRule } from '../models/eligibility.ts';
import { benefitStates, type BenefitState } from '../registers/states.ts';

// One error class for the runner, the store loader and the CLI (its own module, so the store need not import the runner).
import { AnalysisError } from './analysis-error.ts';
export { AnalysisError };

// ---------------------------------------------------------------------------
// Covariates

/** Every covariate cohort.ts builds (covariatesAt), given the states of registers/states.ts. */
export const covariateNames: readonly string[] = [
  'age',
  'sex',
  'origin',
  'education',
  'municipality',
  'cluster',
  ...lookbackWeeks.flatMap((n) => benefitStates.map((s) => `weeks_${s}_${n}`)),
  'months_hours_24',
  'weeks_company_oriented_52',
  'any_company_oriented_52',
];

/**
 * The default covariates: demography, the cash-benefit history over 1, 2 and 5 years, ordinary
 * hours in the last 2 years, earlier company-oriented activity, and the municipality cluster (only
 * when clusters are given). Covariates that are constant in the analysed sample are dropped and
 * reported (e.g. weeks on kontanthjælp when the target group is on sygedagpenge).
 */
export const defaultCovariates: readonly string[] = [
  'age',
  'sex',
  'origin',
  'education',
  'weeks_kontanthjaelp_52',
  'weeks_kontanthjaelp_104',
  'weeks_kontanthjaelp_260',
  'months_hours_24',
  'any_company_oriented_52',
  'cluster',
];

/** Thresholds of the warnings (docs/evaluation.md "The runner"). */
export const warningThresholds = { fewTreated: 20, fewMatched: 20, poorBalanceSmd: 0.1, preTrendAlpha: 0.05 } as const;

type Dropped = AnalysisResult['droppedCovariates'][number];

interface PreparedCovariates {
  names: string[];
  dropped: Dropped[];
  design: DesignMatrix;
  designRows: DesignRow[];
}

function distinctCount(values: readonly (number | string)[]): number {
  return new Set(values).size;
}

function sameColumn(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Resolves the covariates on the analysed rows: unknown names are an error, known names the rows
 * lack (cluster without clusters) are an error when asked for and skipped in the default set,
 * constant ones are dropped, and a term whose design column repeats an earlier column exactly is
 * dropped as aliased (other linear dependence surfaces as a GlmError, reported as an error).
 */
function prepareCovariates(rows: readonly CohortRow[], requested: readonly string[] | undefined): PreparedCovariates {
  const explicit = requested !== undefined;
  const names0 = [...new Set(requested ?? defaultCovariates)];
  const present = (name: string) => rows.length > 0 && rows.every((r) => r.covariates[name] !== undefined);
  const dropped: Dropped[] = [];
  const names: string[] = [];
  for (const name of names0) {
    const known = covariateNames.includes(name) || present(name);
    if (!known) throw new AnalysisError('unknown_covariate', 'covariates', `unknown covariate '${name}'`);
    if (!present(name)) {
      if (explicit) throw new AnalysisError('missing_covariate', 'covariates', `the cohort has no covariate '${name}' (clusters not given?)`);
      continue;
    }
    if (distinctCount(rows.map((r) => r.covariates[name]!)) <= 1) {
      dropped.push({ name, reason: 'constant' });
      continue;
    }
    // A factor with one level among the treated (all treated in one municipality or cluster) separates the
    // groups perfectly: the propensity model cannot converge and the SMD divides by a zero SD. Comparable
    // controls on it come from exact matching (`exact`), not from the propensity model.
    if (typeof rows[0]!.covariates[name] === 'string' && distinctCount(rows.filter((r) => r.treat === 1).map((r) => r.covariates[name]!)) <= 1) {
      dropped.push({ name, reason: 'constant_in_treated' });
      continue;
    }
    names.push(name);
  }
  if (names.length === 0) throw new AnalysisError('no_covariates', 'covariates', 'no covariate varies in the analysed sample');
  const designRows = rows.map((r) => r.covariates as DesignRow);
  for (;;) {
    let design: DesignMatrix;
    try {
      design = designMatrix(designRows, names);
    } catch (e) {
      if (e instanceof DesignError) throw new AnalysisError('invalid_covariate', 'covariates', e.message);
      throw e;
    }
    const columns = design.columnNames.map((_, j) => design.matrix.getColumn(j));
    let aliased: string | null = null;
    for (let b = 1; b < columns.length && aliased === null; b++) {
      for (let a = 1; a < b; a++) {
        if (sameColumn(columns[a]!, columns[b]!)) {
          aliased = termOfColumn(design, b);
          break;
        }
      }
    }
    if (aliased === null) return { names, dropped, design, designRows };
    dropped.push({ name: aliased, reason: 'aliased' });
    names.splice(names.indexOf(aliased), 1);
  }
}

function termOfColumn(design: DesignMatrix, column: number): string {
  let owner = design.terms[0]!.name;
  for (const t of design.terms) {
    const first = t.kind === 'numeric' ? t.column : t.firstColumn;
    if (first <= column) owner = t.name;
  }
  return owner;
}

// ---------------------------------------------------------------------------
// Specification

interface Resolved {
  level: number;
  ratio: number;
  replace: boolean;
  caliper: number | null;
  distance: 'ps' | 'logit';
  leads: number;
  lags: number;
  window: WindowName | null;
}

function isSurvival(outcome: AnalysisOutcome): outcome is SurvivalOutcome {
  return (survivalOutcomes as readonly string[]).includes(outcome);
}

function resolveSpec(spec: AnalysisSpec): Resolved {
  if (!(evaluationMethods as readonly string[]).includes(spec.method)) throw new AnalysisError('invalid_method', 'method', `unknown method '${spec.method}'`);
  const survival = isSurvival(spec.outcome);
  if (!survival && !(windowOutcomes as readonly string[]).includes(spec.outcome)) throw new AnalysisError('invalid_outcome', 'outcome', `unknown outcome '${spec.outcome}'`);
  if (spec.method === 'cox' && !survival) throw new AnalysisError('invalid_outcome', 'outcome', `method cox needs a survival outcome (${survivalOutcomes.join(', ')})`);
  if (spec.method !== 'cox' && survival) throw new AnalysisError('invalid_outcome', 'outcome', `the survival outcome '${spec.outcome}' needs method cox`);
  if (!survival && !(spec.window in outcomeWindows)) throw new AnalysisError('invalid_window', 'window', `unknown window '${spec.window}'`);
  const level = spec.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new AnalysisError('invalid_level', 'level', 'level must lie strictly between 0 and 1');
  const ratio = spec.ratio ?? 1;
  if (!Number.isInteger(ratio) || ratio < 1) throw new AnalysisError('invalid_ratio', 'ratio', 'ratio must be a whole number >= 1');
  const caliper = spec.caliper ?? null;
  if (caliper !== null && !(caliper > 0 && Number.isFinite(caliper))) throw new AnalysisError('invalid_caliper', 'caliper', 'caliper must be a positive number');
  const distance = spec.distance ?? 'ps';
  if (distance !== 'ps' && distance !== 'logit') throw new AnalysisError('invalid_distance', 'distance', "distance must be 'ps' or 'logit'");
  const leads = spec.leads ?? 6;
  const lags = spec.lags ?? 12;
  if (!Number.isInteger(leads) || leads < 2) throw new AnalysisError('invalid_leads', 'leads', 'leads must be a whole number >= 2');
  if (!Number.isInteger(lags) || lags < 0) throw new AnalysisError('invalid_lags', 'lags', 'lags must be a whole number >= 0');
  if (spec.bootstrap) {
    const b = spec.bootstrap;
    if (!Number.isInteger(b.replicates) || b.replicates < 2) throw new AnalysisError('invalid_bootstrap', 'bootstrap', 'bootstrap replicates must be a whole number >= 2');
  }
  return { level, ratio, replace: spec.replace ?? false, caliper, distance, leads, lags, window: survival ? null : spec.window };
}

// ---------------------------------------------------------------------------
// Small helpers

function toEstimate(a: Pick<AttEstimate, 'att' | 'se' | 'ciLow' | 'ciHigh' | 'p'>): Estimate {
  return { estimate: a.att, se: a.se, ciLow: a.ciLow, ciHigh: a.ciHigh, p: a.p };
}

function weightedMean(y: readonly number[], w: readonly number[], treat: readonly number[], group: 0 | 1): number | null {
  let s = 0;
  let sw = 0;
  for (let i = 0; i < y.length; i++) {
    if (treat[i] !== group) continue;
    s += w[i]! * y[i]!;
    sw += w[i]!;
  }
  return sw > 0 ? s / sw : null;
}

function glmWarnings(fit: GlmFit): AnalysisWarning[] {
  const out: AnalysisWarning[] = [];
  if (fit.warnings.some((w) => w.code === 'not-converged')) out.push({ code: 'glm_not_converged', values: { iterations: fit.iterations } });
  if (fit.warnings.some((w) => w.code === 'fitted-probabilities-0-or-1')) out.push({ code: 'glm_separation' });
  return out;
}

function balanceWarning(after: readonly BalanceRow[]): AnalysisWarning | null {
  let worst: BalanceRow | null = null;
  for (const r of after) {
    if (r.name === 'distance' || r.stdMeanDiff === null) continue;
    if (worst === null || Math.abs(r.stdMeanDiff) > Math.abs(worst.stdMeanDiff!)) worst = r;
  }
  return worst !== null && Math.abs(worst.stdMeanDiff!) > warningThresholds.poorBalanceSmd
    ? { code: 'poor_balance', values: { name: worst.name, smd: worst.stdMeanDiff! } }
    : null;
}

function propensity(prepared: PreparedCovariates, treat: number[]): GlmFit {
  try {
    return logisticRegression(prepared.design.matrix, treat, { columnNames: prepared.design.columnNames });
  } catch (e) {
    if (e instanceof GlmError) throw new AnalysisError('propensity_failed', 'covariates', `the propensity model cannot be fitted: ${e.message}`);
    throw e;
  }
}

function exactKeys(rows: readonly CohortRow[], exact: readonly string[] | undefined): string[] | null {
  if (!exact || exact.length === 0) return null;
  for (const c of exact) {
    if (!rows.every((r) => r.covariates[c] !== undefined)) throw new AnalysisError('unknown_covariate', 'exact', `unknown exact-matching variable '${c}'`);
  }
  return rows.map((r) => JSON.stringify(exact.map((c) => r.covariates[c])));
}

/**
 * Cox model of the outcome on treatment alone (Efron, case weights, model-based SE as coxph with
 * robust = FALSE): the hazard ratio, or null without events.
 */
function hazardRatio(obs: readonly { time: number; event: 0 | 1; treat: number; weight: number }[], level: number): Estimate | null {
  const used = obs.filter((o) => o.weight > 0);
  if (!used.some((o) => o.event === 1) || !used.some((o) => o.treat === 1) || !used.some((o) => o.treat === 0)) return null;
  try {
    const fit = coxph(used.map((o) => ({ time: o.time, event: o.event, x: [o.treat], weight: o.weight })), { names: ['treat'], confLevel: level });
    const c = fit.coefficients[0]!;
    if (!Number.isFinite(c.se) || !fit.converged) return null;
    return { estimate: c.hazardRatio, se: c.se, ciLow: c.hrLower, ciHigh: c.hrUpper, p: c.p };
  } catch {
    return null; // e.g. an infinite coefficient when one group has all the events
  }
}

function toCurve(km: KaplanMeierCurve, group: 'treated' | 'control'): SurvivalCurve {
  return { group, n: km.n, events: km.events, time: km.time, surv: km.surv, lower: km.lower, upper: km.upper, nRisk: km.nRisk, median: km.median.estimate };
}

const eventOf: Record<SurvivalOutcome, string> = { time_to_hours: 'event_hours', time_to_placement: 'event_placement' };

/**
 * The survival block: Kaplan-Meier per group with the weights, the log-rank test (only when every
 * weight is 1; survdiff has no weighted form we reproduce), and the weighted Cox hazard ratio.
 */
function survivalSummary(
  rows: readonly CohortRow[],
  weights: readonly number[],
  outcome: SurvivalOutcome,
  sample: 'matched' | 'all',
  level: number,
): SurvivalSummary | null {
  const obs: { time: number; event: 0 | 1; treat: number; weight: number }[] = [];
  rows.forEach((r, i) => {
    const t = r.outcomes[outcome];
    const e = r.outcomes[eventOf[outcome]];
    if (weights[i]! > 0 && t !== null && t !== undefined && e !== null && e !== undefined) obs.push({ time: t, event: e === 1 ? 1 : 0, treat: r.treat, weight: weights[i]! });
  });
  const treated = obs.filter((o) => o.treat === 1);
  const control = obs.filter((o) => o.treat === 0);
  if (treated.length === 0 || control.length === 0) return null;
  const km = (g: typeof obs) => kaplanMeier(g.map((o) => ({ time: o.time, event: o.event, weight: o.weight })), 'all', { confLevel: level });
  let logRank: SurvivalSummary['logRank'] = null;
  if (obs.every((o) => o.weight === 1) && obs.some((o) => o.event === 1)) {
    const lr = logRankTest(obs.map((o) => ({ time: o.time, event: o.event, group: o.treat === 1 ? 'treated' : 'control' })));
    if (lr.df > 0) logRank = { chiSquare: lr.chisq, df: lr.df, p: lr.p };
  }
  return {
    outcome,
    sample,
    curves: [toCurve(km(treated), 'treated'), toCurve(km(control), 'control')],
    logRank,
    hazardRatio: hazardRatio(obs, level),
  };
}

// ---------------------------------------------------------------------------
// The analysis

/** The person timelines of the cohort rows, needed by the DiD panel (keyed by CohortPerson.person). */
export type CohortPanel = ReadonlyMap<string, CohortPerson>;

function emptyResult(spec: AnalysisSpec, r: Resolved): AnalysisResult {
  return {
    method: spec.method,
    outcome: spec.outcome,
    window: r.window,
    estimand: spec.method === 'cox' ? 'hazard_ratio' : spec.method === 'did' ? 'did' : 'att',
    level: r.level,
    effect: { estimate: Number.NaN, se: Number.NaN, ciLow: Number.NaN, ciHigh: Number.NaN, p: Number.NaN },
    bootstrap: null,
    naive: null,
    meanTreated: null,
    meanControl: null,
    nTreated: 0,
    nControl: 0,
    nMatchedTreated: 0,
    nMatchedControl: 0,
    covariates: [],
    droppedCovariates: [],
    balance: null,
    sampleSizes: null,
    survival: null,
    eventStudy: null,
    warnings: [],
  };
}

/** lm(y ~ treat) with the classical SE (the unadjusted difference). */
function naiveDifference(treat: number[], y: number[], level: number): Estimate | null {
  if (!treat.includes(1) || !treat.includes(0)) return null;
  try {
    return toEstimate(estimateAtt({ treat, y }, { vcov: 'iid', level }));
  } catch {
    return null;
  }
}

/**
 * The analysis on already built cohort rows: see the module doc and docs/evaluation.md "The
 * runner". `panel` (the persons' timelines) is needed by method 'did' only.
 * @throws AnalysisError on a bad specification or data that cannot be analysed.
 */
export function analyseCohort(rows: CohortRow[], spec: AnalysisSpec, progress?: ProgressFn, panel?: CohortPanel): AnalysisResult {
  const r = resolveSpec(spec);
  const stage = (s: AnalysisStage, f: number) => progress?.(s, f);
  const result = emptyResult(spec, r);
  const warnings = result.warnings;

  // The outcome column: `<outcome>_<a>_<b>` for window outcomes, the time for survival outcomes.
  const column = r.window === null ? spec.outcome : `${spec.outcome}_${outcomeWindows[r.window][0]}_${outcomeWindows[r.window][1]}`;

  if (spec.method === 'did') return analyseDid(rows, spec, r, column, result, stage, panel);

  const analysed = rows.filter((row) => row.outcomes[column] !== null && row.outcomes[column] !== undefined);
  const missing = rows.length - analysed.length;
  if (missing > 0) warnings.push({ code: 'outcome_missing_rows', values: { n: missing } });
  const treat = analysed.map((row) => row.treat as number);
  const y = analysed.map((row) => row.outcomes[column]!);
  result.nTreated = treat.filter((t) => t === 1).length;
  result.nControl = treat.length - result.nTreated;
  if (result.nTreated === 0) throw new AnalysisError('no_treated', null, `no treated row has the outcome ${column}`);
  if (result.nControl === 0) throw new AnalysisError('no_controls', null, `no comparison row has the outcome ${column}`);
  if (result.nTreated < warningThresholds.fewTreated) warnings.push({ code: 'few_treated', values: { n: result.nTreated } });

  const prepared = prepareCovariates(analysed, spec.covariates);
  result.covariates = prepared.names;
  result.droppedCovariates = prepared.dropped;
  const balanceColumns = balanceCovariateColumns(prepared.designRows, prepared.names, prepared.design);

  if (spec.method === 'cem') {
    stage('matching', 0);
    for (const name of Object.keys(spec.cutpoints ?? {})) {
      if (!prepared.names.includes(name)) throw new AnalysisError('unknown_covariate', 'cutpoints', `cut points for '${name}', which is not an analysed covariate`);
    }
    const cemCovariates: CemCovariate[] = prepared.names.map((name) => {
      const values = analysed.map((row) => row.covariates[name]!);
      return { name, values: values.every((v) => typeof v === 'number') ? (values as number[]) : values.map(String) };
    });
    let cem: ReturnType<typeof cemMatch>;
    try {
      cem = cemMatch(treat, cemCovariates, { cutpoints: spec.cutpoints ?? {} });
    } catch (e) {
      if (e instanceof CemError) throw new AnalysisError('invalid_cutpoints', 'cutpoints', e.message);
      throw e;
    }
    stage('matching', 1);
    stage('balance', 0);
    const summary = summarizeCem({ treat, covariates: balanceColumns, weights: cem.weights, subclass: cem.subclass });
    result.balance = { before: summary.sumAll, after: summary.sumMatched };
    result.sampleSizes = summary.nn;
    stage('balance', 1);
    finishMatched(result, analysed, treat, y, cem.weights, cem.subclass.map((s) => s ?? 0), 'cluster', spec, r, stage);
    return result;
  }

  stage('propensity', 0);
  const fit = propensity(prepared, treat);
  warnings.push(...glmWarnings(fit));
  const distance = r.distance === 'ps' ? fit.fittedValues : fit.linearPredictors;
  stage('propensity', 1);

  if (spec.method === 'ipw') {
    stage('balance', 0);
    let weights: number[];
    try {
      weights = ipwAttWeights(treat, fit.fittedValues);
    } catch (e) {
      throw new AnalysisError('ipw_failed', 'covariates', `IPW weights cannot be formed: ${(e as Error).message}`);
    }
    const summary = summarizeMatch({ treat, covariates: balanceColumns, distance, weights, matchMatrix: [], treatedIndex: [] });
    // No pairs under weighting: the pair distance does not apply.
    result.balance = { before: summary.sumAll, after: summary.sumMatched.map((row) => ({ ...row, stdPairDist: null })) };
    result.sampleSizes = summary.nn;
    stage('balance', 1);
    stage('effect', 0);
    const att = estimateIpwAtt({ treat, y, ps: fit.fittedValues }, { level: r.level });
    result.effect = toEstimate(att);
    if (spec.bootstrap) {
      const b = bootstrapAtt({ treat, y, weights }, { replicates: spec.bootstrap.replicates, seed: spec.bootstrap.seed ?? 1, level: r.level });
      result.bootstrap = { ciLow: b.ciLow, ciHigh: b.ciHigh, replicates: b.replicates.length, seed: b.seed };
    }
    result.naive = naiveDifference(treat, y, r.level);
    result.meanTreated = weightedMean(y, weights, treat, 1);
    result.meanControl = weightedMean(y, weights, treat, 0);
    result.nMatchedTreated = result.nTreated;
    result.nMatchedControl = result.nControl;
    const poor = balanceWarning(result.balance.after);
    if (poor) warnings.push(poor);
    stage('effect', 1);
    stage('survival', 0);
    result.survival = survivalSummary(analysed, weights, 'time_to_hours', 'matched', r.level);
    stage('survival', 1);
    stage('done', 1);
    return result;
  }

  // nearest and cox: nearest-neighbour matching on the propensity score (or its logit).
  stage('matching', 0);
  const match: NearestResult = nearestNeighbourMatch(treat, distance, {
    ratio: r.ratio,
    replace: r.replace,
    caliper: r.caliper,
    exact: exactKeys(analysed, spec.exact),
  });
  stage('matching', 1);
  stage('balance', 0);
  // As MatchIt's summary: exact-matching variables that are not covariates come after the covariates.
  const exactColumns = (spec.exact ?? []).filter((c) => !prepared.names.includes(c) && distinctCount(analysed.map((row) => row.covariates[c]!)) > 1);
  const exactBalance = exactColumns.length > 0 ? balanceCovariateColumns(prepared.designRows, exactColumns, designMatrix(prepared.designRows, exactColumns)) : [];
  const summary = summarizeMatch({
    treat,
    covariates: [...balanceColumns, ...exactBalance],
    distance,
    weights: match.weights,
    matchMatrix: match.matchMatrix,
    treatedIndex: match.treatedIndex,
  });
  result.balance = { before: summary.sumAll, after: summary.sumMatched };
  result.sampleSizes = summary.nn;
  stage('balance', 1);

  if (spec.method === 'cox') {
    const outcome = spec.outcome as SurvivalOutcome;
    countMatched(result, treat, match.weights);
    stage('effect', 0);
    const obs = analysed.map((row, i) => ({ time: row.outcomes[outcome]!, event: (row.outcomes[eventOf[outcome]] === 1 ? 1 : 0) as 0 | 1, treat: treat[i]!, weight: match.weights[i]! }));
    const hr = hazardRatio(obs, r.level);
    if (hr === null) throw new AnalysisError('cox_failed', 'outcome', 'the Cox model cannot be fitted on the matched sample (no events, or all events in one group)');
    result.effect = hr;
    result.naive = hazardRatio(obs.map((o) => ({ ...o, weight: 1 })), r.level);
    const poor = balanceWarning(result.balance.after);
    if (poor) warnings.push(poor);
    stage('effect', 1);
    stage('survival', 0);
    result.survival = survivalSummary(analysed, match.weights, outcome, 'matched', r.level);
    stage('survival', 1);
    stage('done', 1);
    return result;
  }

  finishMatched(result, analysed, treat, y, match.weights, match.subclass ? match.subclass.map((s) => s ?? 0) : null, r.replace ? 'HC3' : 'cluster', spec, r, stage, match);
  return result;
}

function countMatched(result: AnalysisResult, treat: readonly number[], weights: readonly number[]): void {
  result.nMatchedTreated = treat.filter((t, i) => t === 1 && weights[i]! > 0).length;
  result.nMatchedControl = treat.filter((t, i) => t === 0 && weights[i]! > 0).length;
  if (result.nMatchedTreated === 0 || result.nMatchedControl === 0) throw new AnalysisError('no_matches', 'caliper', 'no treated row found a match (is the caliper too narrow or the exact matching too fine?)');
  if (result.nMatchedTreated < warningThresholds.fewMatched) result.warnings.push({ code: 'few_matched', values: { n: result.nMatchedTreated } });
}

/** The ATT, bootstrap, naive difference, means and survival block of a matched sample (nearest, cem). */
function finishMatched(
  result: AnalysisResult,
  analysed: readonly CohortRow[],
  treat: number[],
  y: number[],
  weights: number[],
  subclass: number[] | null,
  vcov: 'cluster' | 'HC3',
  spec: AnalysisSpec,
  r: Resolved,
  stage: (s: AnalysisStage, f: number) => void,
  match?: NearestResult,
): void {
  countMatched(result, treat, weights);
  stage('effect', 0);
  let att: AttEstimate;
  try {
    att = match ? nearestMatchAtt(treat, y, match, r.replace, r.level) : estimateAtt({ treat, y, weights, subclass: subclass ?? undefined }, { vcov, level: r.level });
  } catch (e) {
    throw new AnalysisError('effect_failed', null, `the outcome regression on the matched sample cannot be fitted: ${(e as Error).message}`);
  }
  result.effect = toEstimate(att);
  if (spec.bootstrap) {
    const b = bootstrapAtt({ treat, y, weights, subclass: vcov === 'cluster' && subclass ? subclass : undefined }, { replicates: spec.bootstrap.replicates, seed: spec.bootstrap.seed ?? 1, level: r.level });
    result.bootstrap = { ciLow: b.ciLow, ciHigh: b.ciHigh, replicates: b.replicates.length, seed: b.seed };
  }
  result.naive = naiveDifference(treat, y, r.level);
  result.meanTreated = weightedMean(y, weights, treat, 1);
  result.meanControl = weightedMean(y, weights, treat, 0);
  const poor = result.balance ? balanceWarning(result.balance.after) : null;
  if (poor) result.warnings.push(poor);
  stage('effect', 1);
  stage('survival', 0);
  result.survival = survivalSummary(analysed, weights, 'time_to_hours', 'matched', r.level);
  stage('survival', 1);
  stage('done', 1);
}

/**
 * DiD on a calendar-month panel: every cohort row contributes the same calendar months, from the
 * earliest time-zero month - L + 1 to the latest + K + 1 (L leads, K lags; event times beyond them
 * are binned into the end points), unit = person, cluster = municipality of residence, start
 * (first treated month) = m0+1 for the treated, none for the controls (never treated). So event
 * time k = month - (m0+1): k = -1 is the time-zero month itself (the reference), k = 0 the first
 * month after it. Months outside a person's data are left out.
 */
function analyseDid(
  rows: readonly CohortRow[],
  spec: AnalysisSpec,
  r: Resolved,
  column: string,
  result: AnalysisResult,
  stage: (s: AnalysisStage, f: number) => void,
  panel: CohortPanel | undefined,
): AnalysisResult {
  if (!panel) throw new AnalysisError('panel_missing', 'method', 'method did needs the persons\' timelines (runEvaluation passes them)');
  const warnings = result.warnings;
  const outcome = spec.outcome as WindowOutcome;
  const obs: PanelObservation[] = [];
  let unitsWithout = 0;
  let nT = 0;
  let nC = 0;
  let sumT = 0;
  let cntT = 0;
  let sumC = 0;
  let cntC = 0;
  stage('effect', 0);
  // One calendar range for everybody (a balanced panel where the data allow: the two-way demeaning is
  // exact in one sweep then, and staggered windows would make it iterate for long).
  const m0s = rows.map((row) => monthOfDate(row.timeZero));
  const first = Math.min(...m0s) - r.leads + 1;
  const last = Math.max(...m0s) + r.lags + 1;
  rows.forEach((row, i) => {
    const person = panel.get(row.person);
    if (!person) throw new AnalysisError('panel_missing', 'method', `no timeline for the cohort row of ${row.person}`);
    const series = monthlyOutcomeSeries(person, row.timeZero, first - m0s[i]!, last - m0s[i]!, outcome);
    const known = series.filter((s) => s.y !== null);
    if (known.length === 0) {
      unitsWithout++;
      return;
    }
    if (row.treat === 1) nT++;
    else nC++;
    const m0 = series[0]!.month - series[0]!.k;
    const group = String(row.covariates.municipality ?? 'unknown');
    for (const s of known) {
      obs.push({ unit: row.person, period: s.month, group, start: row.treat === 1 ? m0 + 1 : null, y: s.y! });
      // Means over the months after each person's own time-zero month, up to K+1 (the lags' range).
      if (s.k >= 1 && s.k <= r.lags + 1) {
        if (row.treat === 1) {
          sumT += s.y!;
          cntT++;
        } else {
          sumC += s.y!;
          cntC++;
        }
      }
    }
  });
  if (unitsWithout > 0) warnings.push({ code: 'outcome_missing_rows', values: { n: unitsWithout } });
  result.nTreated = result.nMatchedTreated = nT;
  result.nControl = result.nMatchedControl = nC;
  if (nT === 0) throw new AnalysisError('no_treated', null, 'no treated person has a known month in the panel');
  if (nC === 0) throw new AnalysisError('no_controls', null, 'no comparison person has a known month in the panel');
  if (nT < warningThresholds.fewTreated) warnings.push({ code: 'few_treated', values: { n: nT } });
  result.meanTreated = cntT > 0 ? sumT / cntT : null;
  result.meanControl = cntC > 0 ? sumC / cntC : null;
  // The unadjusted difference in the rows' window outcome (comparable with the other methods).
  const withY = rows.filter((row) => row.outcomes[column] !== null && row.outcomes[column] !== undefined);
  result.naive = naiveDifference(withY.map((row) => row.treat), withY.map((row) => row.outcomes[column]!), r.level);
  try {
    const twfe = twfeDid(obs, { level: r.level });
    result.effect = { estimate: twfe.estimate, se: twfe.se, ciLow: twfe.ciLow, ciHigh: twfe.ciHigh, p: twfe.p };
    stage('effect', 1);
    stage('event_study', 0);
    const es = eventStudy(obs, { leads: r.leads, lags: r.lags, level: r.level, alpha: warningThresholds.preTrendAlpha });
    const pre = es.preTrend;
    result.eventStudy = {
      points: es.coefficients.map((c) => ({ k: c.k, estimate: c.estimate, se: c.se, ciLow: c.ciLow, ciHigh: c.ciHigh, p: c.p })),
      preTrend: pre ? { statistic: pre.statistic, df: pre.df, p: pre.p } : null,
    };
    if (pre?.warning === 'pre_trends_not_flat') warnings.push({ code: 'pre_trends_not_flat', values: { p: pre.p, statistic: pre.statistic, df: pre.df } });
  } catch (e) {
    if (e instanceof AnalysisError) throw e;
    throw new AnalysisError('did_failed', null, `the DiD panel cannot be fitted: ${(e as Error).message}`);
  }
  stage('event_study', 1);
  stage('done', 1);
  return result;
}

// ---------------------------------------------------------------------------
// From persons to a result

export interface EvaluationInput {
  persons: CohortPerson[];
  clusters?: ReadonlyMap<string, string>;
  treated: TreatedEntry[];
  rule: TargetGroupRule;
  /** Seed of the controls' time-zero draw (default 1). */
  seed?: number;
}

/** Builds the cohort (cohort.ts buildCohort) and runs the analysis. Pure, synchronous, deterministic. */
export function runEvaluation(input: EvaluationInput, spec: AnalysisSpec, progress?: ProgressFn): { cohort: CohortSummary; result: AnalysisResult } {
  resolveSpec(spec); // a bad specification fails before the cohort is built
  progress?.('cohort', 0);
  const seed = input.seed ?? 1;
  let built: ReturnType<typeof buildCohort>;
  try {
    built = buildCohort(input.persons, input.treated, { rule: input.rule, seed, clusters: input.clusters });
  } catch (e) {
    if (e instanceof RangeError) throw new AnalysisError('invalid_cohort', (e.message.startsWith('rule.') ? 'rule' : null), e.message);
    throw e;
  }
  const excluded: CohortSummary['excluded'] = { not_in_register: 0, not_in_target_group: 0, missing_birth_year: 0, never_qualifies: 0, exposed: 0 };
  for (const x of built.excluded) excluded[x.reason]++;
  const zeros = built.rows.filter((row) => row.treat === 1).map((row) => row.timeZero).sort();
  const cohort: CohortSummary = {
    nTreated: built.nTreated,
    nControl: built.nControl,
    excluded,
    nullOutcomes: built.nullOutcomes,
    truncatedLookback: built.truncatedLookback,
    rule: input.rule,
    seed,
    timeZeroFrom: zeros[0] ?? null,
    timeZeroTo: zeros[zeros.length - 1] ?? null,
  };
  progress?.('cohort', 1);
  if (built.nTreated === 0) throw new AnalysisError('no_treated', 'treated', 'no treated person is in the cohort (see the exclusions)');
  if (built.nControl === 0) throw new AnalysisError('no_controls', 'rule', 'no comparison person meets the target-group rule at the treated persons\' time zeros');
  const panel: CohortPanel | undefined = spec.method === 'did' ? new Map(input.persons.map((p) => [p.person, p])) : undefined;
  const result = analyseCohort(built.rows, spec, progress, panel);
  if (built.truncatedLookback > 0) result.warnings.push({ code: 'lookback_truncated', values: { n: built.truncatedLookback } });
  return { cohort, result };
}

// ---------------------------------------------------------------------------
// Model defaults

function collectRules(rules: readonly EligibilityRule[] | readonly unknown[]): { benefit: string[]; resourceProgramme: boolean } {
  const benefit: string[] = [];
  let resourceProgramme = false;
  const walk = (rule: { type: string; types?: readonly string[]; programme?: string; member?: boolean; rules?: readonly unknown[] }) => {
    if (rule.type === 'benefit_type') benefit.push(...(rule.types ?? []));
    if (rule.type === 'programme' && rule.programme === 'ressourceforloeb' && rule.member === true) resourceProgramme = true;
    for (const child of rule.rules ?? []) walk(child as typeof rule);
  };
  for (const rule of rules) walk(rule as Parameters<typeof walk>[0]);
  return { benefit, resourceProgramme };
}

/**
 * The default target-group rule of a model for the comparison pool: the benefit types of the
 * model's `benefit_type` rules (also inside any_of / all_of; the case system's benefit types have
 * the register states' names), plus `ressourceforloebsydelse` when membership of a
 * ressourceforløb qualifies (STV, Bedre Ressourceforløb), in at least 4 of the last 8 weeks.
 * Why 4 of 8: the register extracts may cover only about two years, so the rule must look back
 * briefly; "at least half of the last two months" says the person is on the benefit at time zero
 * without requiring an unbroken spell. Readiness, age and area rules are not in the register
 * states and are not applied. The rule is a configurable default (CohortSpec.rule).
 */
export function defaultTargetGroupRule(model: ModelDefinition): TargetGroupRule {
  const { benefit, resourceProgramme } = collectRules(model.targetGroup.rules);
  const states = new Set<BenefitState>();
  for (const b of benefit) if ((benefitStates as readonly string[]).includes(b)) states.add(b as BenefitState);
  if (resourceProgramme) states.add('ressourceforloebsydelse');
  if (states.size === 0) throw new AnalysisError('no_benefit_rule', 'rule', `model ${model.id} has no benefit-type rule to build a target group from; give the rule`);
  return { states: benefitStates.filter((s) => states.has(s)), atLeast: 4, ofLast: 8 };
}

/**
 * The main outcome per model, chosen from the model definition's success criteria
 * (src/domain/models/definitions/*.ts, `successCriteria`).
 */
const mainOutcomes: Readonly<Record<string, { outcome: AnalysisOutcome; window: WindowName }>> = {
  // fsm.hours-aim (000 §1): at least 30 ordinary hours a week; any ordinary hours in months 1-12.
  'flere-skal-med': { outcome: 'any_hours', window: '1-12' },
  // stv.ordinary-hours (001 §1): the share who get ordinary hours (company activity is the means).
  stv: { outcome: 'any_hours', window: '1-12' },
  // sst.company-activity-effect (002 §5.2.2, Tabel 5-1): company placement or wage subsidy in months 1-6 and 1-12.
  'social-stoette': { outcome: 'any_company_oriented', window: '1-12' },
  // brf.placement-effect (003 §2.1.2): the share in work placement (virksomhedspraktik).
  'bedre-ressourceforloeb': { outcome: 'any_company_oriented', window: '1-12' },
  // trin.end-goal (004, "Om indsatsmodellen"): 30 ordinary hours a month or self-sufficiency; any ordinary hours is the nearest register outcome.
  'trin-model': { outcome: 'any_hours', window: '1-12' },
};

/** The main outcome and window of a model (any_hours in months 1-12 for a model without an entry). */
export function mainOutcome(model: ModelDefinition): { outcome: AnalysisOutcome; window: WindowName } {
  return mainOutcomes[model.id] ?? { outcome: 'any_hours', window: '1-12' };
}

export type { BalanceRow, SampleSizes };
