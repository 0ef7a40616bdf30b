/**
 * The average treatment effect on the treated (ATT) on a matched or weighted sample, estimated the way
 * MatchIt's vignette "Estimating Effects After Matching" does it in R:
 *
 *   fit <- lm(y ~ treat [+ covariates], data = md, weights = weights)
 *   coeftest(fit, vcov. = vcovCL, cluster = ~subclass)        # matching without replacement
 *   coefci(fit, vcov. = vcovCL, cluster = ~subclass)
 *
 * The ATT is the coefficient on `treat`; its SE comes from one of the estimators in ols.ts, and t, p and the
 * confidence interval use the t distribution with the residual df (n - k), as lmtest does for an lm.
 *
 * For inverse probability weighting (`estimateIpwAtt`) the ATT weights are 1 for treated units and
 * ps / (1 - ps) for controls (the odds of treatment), and the SE is heteroskedasticity-robust:
 * `vcovHC(fit, type = "HC0")` by default; HC1..HC3 and 'iid' are available (sandwich's own default type is
 * HC3). The weights are treated as fixed: the uncertainty from estimating the propensity score is ignored,
 * which for the ATT is not guaranteed to be conservative (WeightIt's M-estimation SEs would account for it;
 * not implemented here).
 *
 * Covariate adjustment adds the covariates to the outcome regression; the `treat` coefficient is still the
 * ATT because the weights make the controls represent the treated (MatchIt's vignette recommends it for
 * precision and double robustness). Covariates are numeric columns; factors must be dummy-coded by the
 * caller (R's treatment contrasts: drop the reference level).
 *
 * `bootstrapAtt` gives a percentile bootstrap interval instead: it resamples matched subclasses (pairs)
 * when subclasses are given, otherwise units within each treatment group (so both groups keep their
 * sizes), refits the same weighted regression on each resample, and takes R's type-7 quantiles of the
 * replicates. Weights are held fixed (the matching / propensity model is not re-run). The random numbers
 * come from a seeded mulberry32 generator, so a given seed always gives the same replicates.
 */
import { mulberry32 } from '../random.ts';
import { Matrix } from 'ml-matrix';
import { coefTest, vcovCL, vcovClassical, vcovHC, wls, type CoefRow, type HcType, type WlsFit } from './ols.ts';

export type AttVcov = 'cluster' | HcType | 'iid';

export interface AttCovariates {
  names: readonly string[];
  /** One array per covariate, each with one value per unit. */
  columns: readonly ArrayLike<number>[];
}

export interface AttInput {
  /** 1 = treated, 0 = control. */
  treat: ArrayLike<number>;
  /** Outcome. */
  y: ArrayLike<number>;
  /** Matching or balancing weights (default 1). Units with weight 0 are dropped before fitting. */
  weights?: ArrayLike<number>;
  /** Matched set (MatchIt's `subclass`), needed for vcov 'cluster' and the pair bootstrap. */
  subclass?: ArrayLike<string | number>;
  covariates?: AttCovariates;
}

export interface AttOptions {
  /** Default: 'cluster' when subclasses are given, else 'HC0'. */
  vcov?: AttVcov;
  /** Confidence level (default 0.95). */
  level?: number;
}

export interface AttEstimate {
  att: number;
  se: number;
  t: number;
  p: number;
  ciLow: number;
  ciHigh: number;
  level: number;
  /** Residual df used for p and the interval. */
  df: number;
  vcov: AttVcov;
  /** Units with positive weight in each group. */
  nTreated: number;
  nControl: number;
  /** Kish effective sample size (sum w)^2 / sum w^2 per group, as MatchIt's/WeightIt's summaries. */
  essTreated: number;
  essControl: number;
  /** Full coefficient table of the outcome regression. */
  coefficients: CoefRow[];
}

interface Prepared {
  X: Matrix;
  y: number[];
  w: number[];
  treat: number[];
  subclass?: (string | number)[];
  names: string[];
}

function prepare(input: AttInput): Prepared {
  const n = input.treat.length;
  if (input.y.length !== n) throw new Error(`ATT: ${input.y.length} outcomes for ${n} units`);
  if (input.weights && input.weights.length !== n) throw new Error(`ATT: ${input.weights.length} weights for ${n} units`);
  if (input.subclass && input.subclass.length !== n) throw new Error(`ATT: ${input.subclass.length} subclasses for ${n} units`);
  const cov = input.covariates;
  if (cov) {
    if (cov.names.length !== cov.columns.length) throw new Error('ATT: covariate names and columns differ in number');
    cov.columns.forEach((c, j) => {
      if (c.length !== n) throw new Error(`ATT: covariate ${cov.names[j]} has ${c.length} values for ${n} units`);
    });
  }
  const keep: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = input.treat[i]!;
    if (t !== 0 && t !== 1) throw new Error(`ATT: treat must be 0 or 1 (unit ${i}: ${t})`);
    const w = input.weights ? input.weights[i]! : 1;
    if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`ATT: weights must be finite and >= 0 (unit ${i}: ${w})`);
    if (!Number.isFinite(input.y[i]!)) throw new Error(`ATT: outcome of unit ${i} is not finite`);
    if (w > 0) keep.push(i);
  }
  const k = 2 + (cov?.columns.length ?? 0);
  const X = new Matrix(keep.length, k);
  keep.forEach((i, r) => {
    X.set(r, 0, 1);
    X.set(r, 1, input.treat[i]!);
    cov?.columns.forEach((c, j) => X.set(r, 2 + j, c[i]!));
  });
  return {
    X,
    y: keep.map((i) => input.y[i]!),
    w: keep.map((i) => (input.weights ? input.weights[i]! : 1)),
    treat: keep.map((i) => input.treat[i]!),
    subclass: input.subclass ? keep.map((i) => input.subclass![i]!) : undefined,
    names: ['(Intercept)', 'treat', ...(cov?.names ?? [])],
  };
}

function ess(w: readonly number[]): number {
  let s = 0;
  let s2 = 0;
  for (const x of w) {
    s += x;
    s2 += x * x;
  }
  return s2 > 0 ? (s * s) / s2 : 0;
}

function groupStats(p: Prepared): Pick<AttEstimate, 'nTreated' | 'nControl' | 'essTreated' | 'essControl'> {
  const wt = p.w.filter((_, i) => p.treat[i] === 1);
  const wc = p.w.filter((_, i) => p.treat[i] === 0);
  return { nTreated: wt.length, nControl: wc.length, essTreated: ess(wt), essControl: ess(wc) };
}

function vcovFor(fit: WlsFit, type: AttVcov, subclass: (string | number)[] | undefined): Matrix {
  if (type === 'cluster') {
    if (!subclass) throw new Error("ATT: vcov 'cluster' needs subclasses");
    return vcovCL(fit, subclass);
  }
  if (type === 'iid') return vcovClassical(fit);
  return vcovHC(fit, type);
}

/** ATT = coefficient on treat in the weighted regression y ~ treat [+ covariates]; see the module doc. */
export function estimateAtt(input: AttInput, options: AttOptions = {}): AttEstimate {
  const p = prepare(input);
  const stats = groupStats(p);
  if (stats.nTreated === 0 || stats.nControl === 0) throw new Error('ATT: need treated and control units with positive weight');
  const vcov = options.vcov ?? (p.subclass ? 'cluster' : 'HC0');
  const level = options.level ?? 0.95;
  const fit = wls(p.X, p.y, { weights: p.w, names: p.names });
  const coefficients = coefTest(fit, vcovFor(fit, vcov, p.subclass), { level });
  const row = coefficients[1]!;
  return {
    att: row.estimate, se: row.se, t: row.t, p: row.p, ciLow: row.ciLow, ciHigh: row.ciHigh,
    level, df: fit.dfResidual, vcov, ...stats, coefficients,
  };
}

/** ATT weights from propensity scores: treated 1, control ps / (1 - ps). Scores must lie in (0, 1). */
export function ipwAttWeights(treat: ArrayLike<number>, ps: ArrayLike<number>): number[] {
  if (treat.length !== ps.length) throw new Error(`IPW: ${ps.length} scores for ${treat.length} units`);
  return Array.from(treat, (t, i) => {
    const e = ps[i]!;
    if (!(e > 0 && e < 1)) throw new Error(`IPW: propensity score of unit ${i} must lie in (0, 1), got ${e}`);
    if (t !== 0 && t !== 1) throw new Error(`IPW: treat must be 0 or 1 (unit ${i}: ${t})`);
    return t === 1 ? 1 : e / (1 - e);
  });
}

export interface IpwAttInput {
  treat: ArrayLike<number>;
  y: ArrayLike<number>;
  /** Estimated propensity scores P(treat = 1 | x). */
  ps: ArrayLike<number>;
  covariates?: AttCovariates;
}

/** IPW ATT: `lm(y ~ treat [+ covariates], weights = ipwAttWeights)` with `vcovHC` (default HC0). */
export function estimateIpwAtt(input: IpwAttInput, options: AttOptions = {}): AttEstimate {
  const weights = ipwAttWeights(input.treat, input.ps);
  return estimateAtt(
    { treat: input.treat, y: input.y, weights, covariates: input.covariates },
    { vcov: options.vcov ?? 'HC0', level: options.level },
  );
}

// ---------------------------------------------------------------------------------------------------
// Percentile bootstrap


/** R's default `quantile(x, prob, type = 7)` of sorted values. */
function quantile7(sorted: readonly number[], prob: number): number {
  const h = (sorted.length - 1) * prob;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export interface BootstrapOptions {
  /** Number of bootstrap replicates (default 999). */
  replicates?: number;
  /** Seed of the mulberry32 generator (default 1). */
  seed?: number;
  level?: number;
}

export interface BootstrapAtt {
  /** The ATT on the original sample. */
  att: number;
  /** Percentile interval: type-7 quantiles (1 - level)/2 and (1 + level)/2 of the replicates. */
  ciLow: number;
  ciHigh: number;
  /** Standard deviation of the replicates. */
  se: number;
  level: number;
  seed: number;
  /** Replicates that could be fitted (a resample without variation in treat is skipped). */
  replicates: number[];
  /** 'subclass' (matched sets resampled) or 'unit' (units resampled within treatment groups). */
  resampling: 'subclass' | 'unit';
}

/** Percentile bootstrap of the weighted-regression ATT; see the module doc for the resampling scheme. */
export function bootstrapAtt(input: AttInput, options: BootstrapOptions = {}): BootstrapAtt {
  const B = options.replicates ?? 999;
  const seed = options.seed ?? 1;
  const level = options.level ?? 0.95;
  if (!(B >= 2) || !Number.isInteger(B)) throw new Error('bootstrap: replicates must be an integer >= 2');
  const p = prepare(input);
  const fitAtt = (idx: readonly number[]): number | undefined => {
    const X = new Matrix(idx.length, p.X.columns);
    idx.forEach((i, r) => X.setRow(r, p.X.getRow(i)));
    try {
      return wls(X, idx.map((i) => p.y[i]!), { weights: idx.map((i) => p.w[i]!) }).coefficients[1];
    } catch {
      return undefined; // e.g. rank deficient resample
    }
  };
  const all = p.y.map((_, i) => i);
  const att = fitAtt(all);
  if (att === undefined) throw new Error('bootstrap: the outcome regression cannot be fitted on the full sample');
  const rand = mulberry32(seed);
  const draw = (m: number): number => Math.min(m - 1, Math.floor(rand() * m));
  let groups: number[][];
  let resampling: BootstrapAtt['resampling'];
  if (p.subclass) {
    const bySub = new Map<string | number, number[]>();
    p.subclass.forEach((s, i) => {
      const g = bySub.get(s);
      if (g) g.push(i);
      else bySub.set(s, [i]);
    });
    groups = [...bySub.values()];
    resampling = 'subclass';
  } else {
    groups = [];
    resampling = 'unit';
  }
  const treated = all.filter((i) => p.treat[i] === 1);
  const control = all.filter((i) => p.treat[i] === 0);
  const replicates: number[] = [];
  for (let b = 0; b < B; b++) {
    const idx: number[] = [];
    if (resampling === 'subclass') {
      for (let g = 0; g < groups.length; g++) idx.push(...groups[draw(groups.length)]!);
    } else {
      for (let j = 0; j < treated.length; j++) idx.push(treated[draw(treated.length)]!);
      for (let j = 0; j < control.length; j++) idx.push(control[draw(control.length)]!);
    }
    const v = fitAtt(idx);
    if (v !== undefined) replicates.push(v);
  }
  if (replicates.length < 2) throw new Error('bootstrap: fewer than two replicates could be fitted');
  const sorted = [...replicates].sort((a, b) => a - b);
  const mean = replicates.reduce((s, x) => s + x, 0) / replicates.length;
  const sd = Math.sqrt(replicates.reduce((s, x) => s + (x - mean) ** 2, 0) / (replicates.length - 1));
  return {
    att, se: sd, level, seed, replicates, resampling,
    ciLow: quantile7(sorted, (1 - level) / 2),
    ciHigh: quantile7(sorted, (1 + level) / 2),
  };
}
