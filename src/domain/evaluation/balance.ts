/**
 * Covariate balance before and after matching, as MatchIt 4.5.1's `summary(m.out)` reports it
 * with the default `standardize = TRUE` (R: `MatchIt:::summary.matchit`, `bal1var`, `wm`, `wvar`,
 * `qqsum`, `pair.dist`, `pooled_sd`, `nn`, `ESS`).
 *
 * Per variable (the distance first, then each column of the covariate design matrix; MatchIt's
 * design, `get.covs.matrix`, keeps every level of a factor as a dummy column: `raceblack`,
 * `racehispan`, `racewhite`), with ww = matching weights (after) or 1 (before):
 * - Means Treated / Means Control: weighted means `sum(x w) / sum(w)`.
 * - Std. Mean Diff.: (mean treated - mean control) / sd, where sd is, for the ATT
 *   (`s.d.denom = "treated"`), the *unweighted* treated-group SD before matching: for a binary
 *   (all values 0/1) variable sqrt(p (1 - p)), otherwise the sample SD (n - 1). The same
 *   denominator is used before and after. If that SD is not finite or below sqrt(machine eps),
 *   MatchIt falls back to the pooled SD (`pooled_sd`, "proportional"). When |difference| <=
 *   sqrt(eps) the raw difference is reported instead.
 * - Var. Ratio: weighted variance treated / control (`wvar`: sum(w (x - m)^2) / (1 - sum(w^2))
 *   with normalised w); null for binary variables.
 * - eCDF Mean / eCDF Max: for binary variables |difference in means|; otherwise, with weights
 *   normalised to sum 1 within each group, all units sorted by x (zero-weight units included),
 *   |cumulative (control - treated) weight| read at the last unit of each run of equal x; mean
 *   and max over those points (`qqsum(standardize = TRUE)`).
 * - Std. Pair Dist. (after matching only): mean over matched pairs in the match matrix of
 *   |x_treated - x_control|, divided by the same SD when the mean difference was standardised and
 *   the pair distance exceeds 1e-8 (`pair.dist` with a match matrix, which MatchIt uses for
 *   nearest-neighbour matching with or without replacement).
 * Sample sizes (`nn`): All (ESS), All, Matched (ESS), Matched (weight > 0), Unmatched
 * (weight 0, not discarded), Discarded, each for Control and Treated; ESS = (sum w)^2 / sum w^2.
 *
 * Sampling weights (`s.weights`) are not supported (all 1), as in the default `matchit` call.
 */

const SQRT_EPS = Math.sqrt(2.220446049250313e-16);

export interface BalanceRow {
  name: string;
  meansTreated: number;
  meansControl: number;
  stdMeanDiff: number | null;
  varRatio: number | null;
  ecdfMean: number | null;
  ecdfMax: number | null;
  stdPairDist: number | null;
}

/** Column names in the order MatchIt's summary prints them. */
export const BALANCE_COLUMNS = [
  'Means Treated',
  'Means Control',
  'Std. Mean Diff.',
  'Var. Ratio',
  'eCDF Mean',
  'eCDF Max',
  'Std. Pair Dist.',
] as const;

export function balanceRowValues(row: BalanceRow): (number | null)[] {
  return [
    row.meansTreated,
    row.meansControl,
    row.stdMeanDiff,
    row.varRatio,
    row.ecdfMean,
    row.ecdfMax,
    row.stdPairDist,
  ];
}

export interface SampleSizes {
  control: { allEss: number; all: number; matchedEss: number; matched: number; unmatched: number; discarded: number };
  treated: { allEss: number; all: number; matchedEss: number; matched: number; unmatched: number; discarded: number };
}

export interface MatchSummaryInput {
  /** 1 = treated, 0 = control, per unit. */
  treat: ReadonlyArray<number>;
  /** Covariate design columns (MatchIt's `get.covs.matrix`), in order. */
  covariates: ReadonlyArray<{ name: string; values: ReadonlyArray<number> }>;
  /** The distance (propensity score or its logit) per unit; reported first as "distance" when given. */
  distance?: ReadonlyArray<number> | null;
  /** Matching weights per unit (MatchIt's `weights`). */
  weights: ReadonlyArray<number>;
  /** Match matrix: one row per treated unit (data order), 0-based control indices or null. */
  matchMatrix: ReadonlyArray<ReadonlyArray<number | null>>;
  /** 0-based index of the treated unit of each match-matrix row. */
  treatedIndex: ReadonlyArray<number>;
  discarded?: ReadonlyArray<boolean> | null;
}

export interface MatchSummary {
  sumAll: BalanceRow[];
  sumMatched: BalanceRow[];
  nn: SampleSizes;
}

function isBinary(x: ReadonlyArray<number>): boolean {
  return x.every((v) => v === 0 || v === 1);
}

/** MatchIt's `wm`: weighted mean. */
function wm(x: ReadonlyArray<number>, w: ReadonlyArray<number>): number {
  let sxw = 0;
  let sw = 0;
  for (let i = 0; i < x.length; i++) {
    sxw += x[i]! * w[i]!;
    sw += w[i]!;
  }
  return sxw / sw;
}

/** MatchIt's `wvar`: weighted variance (p (1 - p) for binary variables). */
function wvar(x: ReadonlyArray<number>, binVar: boolean, w: ReadonlyArray<number>): number {
  let sw = 0;
  for (const v of w) sw += v;
  const wn = w.map((v) => v / sw);
  let mx = 0;
  for (let i = 0; i < x.length; i++) mx += wn[i]! * x[i]!;
  if (binVar) return mx * (1 - mx);
  let num = 0;
  let sw2 = 0;
  for (let i = 0; i < x.length; i++) {
    num += wn[i]! * (x[i]! - mx) ** 2;
    sw2 += wn[i]! ** 2;
  }
  return num / (1 - sw2);
}

/** MatchIt's `pooled_sd` with contribution = "proportional" and no sampling weights. */
function pooledSd(x: ReadonlyArray<number>, t: ReadonlyArray<number>, binVar: boolean): number {
  const n = x.length;
  const groups = [...new Set(t)];
  if (binVar) {
    let v = 0;
    for (const g of groups) {
      let sxi = 0;
      let ni = 0;
      for (let i = 0; i < n; i++)
        if (t[i] === g) {
          sxi += x[i]!;
          ni++;
        }
      v += (sxi * (1 - sxi / ni)) / n;
    }
    return Math.sqrt(v);
  }
  let ss = 0;
  for (const g of groups) {
    const xs = x.filter((_, i) => t[i] === g);
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    for (const v of xs) ss += (v - m) ** 2;
  }
  return Math.sqrt(ss / (n - groups.length));
}

/** MatchIt's `qqsum(standardize = TRUE)` for a non-binary variable: eCDF mean and max difference. */
function ecdfDiffs(x: ReadonlyArray<number>, t: ReadonlyArray<number>, w: ReadonlyArray<number>): [number, number] {
  const n = x.length;
  const wn = [...w];
  for (const g of [...new Set(t)]) {
    let s = 0;
    for (let i = 0; i < n; i++) if (t[i] === g) s += w[i]!;
    for (let i = 0; i < n; i++) if (t[i] === g) wn[i] = w[i]! / s;
  }
  const ord = x.map((_, i) => i).sort((a, b) => (x[a]! === x[b]! ? a - b : x[a]! < x[b]! ? -1 : 1));
  const firstGroup = t[ord[0]!];
  let cum = 0;
  let sum = 0;
  let max = 0;
  let count = 0;
  for (let p = 0; p < n; p++) {
    const i = ord[p]!;
    cum += t[i] === firstGroup ? -wn[i]! : wn[i]!;
    const last = p === n - 1 || x[ord[p + 1]!]! - x[i]! !== 0;
    if (last) {
      const d = Math.abs(cum);
      sum += d;
      if (d > max) max = d;
      count++;
    }
  }
  return [sum / count, max];
}

/** MatchIt's `pair.dist` with a match matrix (unstandardised). */
function pairDist(
  x: ReadonlyArray<number>,
  matchMatrix: ReadonlyArray<ReadonlyArray<number | null>>,
  treatedIndex: ReadonlyArray<number>,
): number {
  let s = 0;
  let c = 0;
  matchMatrix.forEach((row, r) => {
    const xt = x[treatedIndex[r]!]!;
    for (const j of row) {
      if (j === null) continue;
      s += Math.abs(xt - x[j]!);
      c++;
    }
  });
  return s / c;
}

interface MatchInfo {
  weights: ReadonlyArray<number>;
  matchMatrix: ReadonlyArray<ReadonlyArray<number | null>>;
  treatedIndex: ReadonlyArray<number>;
}

/** MatchIt's `bal1var` (standardize = TRUE, s.d.denom = "treated", no sampling weights). */
export function balanceOfVariable(
  name: string,
  x: ReadonlyArray<number>,
  treat: ReadonlyArray<number>,
  matched: MatchInfo | null,
): BalanceRow {
  const n = x.length;
  const binVar = isBinary(x);
  const ww = matched ? matched.weights : new Array<number>(n).fill(1);
  const i1: number[] = [];
  const i0: number[] = [];
  for (let i = 0; i < n; i++) (treat[i] === 1 ? i1 : i0).push(i);
  const x1 = i1.map((i) => x[i]!);
  const x0 = i0.map((i) => x[i]!);
  const w1 = i1.map((i) => ww[i]!);
  const w0 = i0.map((i) => ww[i]!);
  const tooSmall = w1.filter((v) => v !== 0).length < 2 && w0.filter((v) => v !== 0).length < 2;

  const meansTreated = wm(x1, w1);
  const meansControl = wm(x0, w0);
  const mdiff = meansTreated - meansControl;
  let stdMeanDiff: number | null = null;
  let stdPairDist: number | null = null;
  if (Math.abs(mdiff) > SQRT_EPS) {
    if (!tooSmall) {
      let std = Math.sqrt(wvar(x1, binVar, new Array<number>(x1.length).fill(1)));
      if (!Number.isFinite(std) || std < SQRT_EPS) std = pooledSd(x, treat, binVar);
      stdMeanDiff = mdiff / std;
      if (matched) {
        const pd = pairDist(x, matched.matchMatrix, matched.treatedIndex);
        stdPairDist = Math.abs(pd) > 1e-8 ? pd / std : pd;
      }
    }
  } else {
    stdMeanDiff = mdiff;
    if (matched) stdPairDist = pairDist(x, matched.matchMatrix, matched.treatedIndex);
  }

  let varRatio: number | null = null;
  let ecdfMean: number | null = null;
  let ecdfMax: number | null = null;
  if (binVar) {
    ecdfMean = Math.abs(mdiff);
    ecdfMax = Math.abs(mdiff);
  } else if (!tooSmall) {
    varRatio = wvar(x1, false, w1) / wvar(x0, false, w0);
    [ecdfMean, ecdfMax] = ecdfDiffs(x, treat, ww);
  }
  return { name, meansTreated, meansControl, stdMeanDiff, varRatio, ecdfMean, ecdfMax, stdPairDist };
}

function ess(w: ReadonlyArray<number>): number {
  let s = 0;
  let s2 = 0;
  for (const v of w) {
    s += v;
    s2 += v * v;
  }
  return (s * s) / s2;
}

/** MatchIt's `nn`: the sample-size table of `summary(m.out)$nn`. */
export function sampleSizes(
  treat: ReadonlyArray<number>,
  weights: ReadonlyArray<number>,
  discarded?: ReadonlyArray<boolean> | null,
): SampleSizes {
  const disc = discarded ?? treat.map(() => false);
  const group = (g: 0 | 1) => {
    const idx = treat.map((_, i) => i).filter((i) => (treat[i] === 1 ? 1 : 0) === g);
    return {
      allEss: ess(idx.map(() => 1)),
      all: idx.length,
      matchedEss: ess(idx.map((i) => weights[i]!)),
      matched: idx.filter((i) => weights[i]! > 0).length,
      unmatched: idx.filter((i) => weights[i] === 0 && !disc[i]).length,
      discarded: idx.filter((i) => disc[i]).length,
    };
  };
  return { control: group(0), treated: group(1) };
}

/** `summary(m.out)` for a nearest-neighbour match: balance before (`sum.all`) and after (`sum.matched`), and `nn`. */
export function summarizeMatch(input: MatchSummaryInput): MatchSummary {
  const { treat, weights, matchMatrix, treatedIndex } = input;
  const vars: { name: string; values: ReadonlyArray<number> }[] = [];
  if (input.distance) vars.push({ name: 'distance', values: input.distance });
  vars.push(...input.covariates);
  const matched: MatchInfo = { weights, matchMatrix, treatedIndex };
  return {
    sumAll: vars.map((v) => balanceOfVariable(v.name, v.values, treat, null)),
    sumMatched: vars.map((v) => balanceOfVariable(v.name, v.values, treat, matched)),
    nn: sampleSizes(treat, weights, input.discarded),
  };
}
