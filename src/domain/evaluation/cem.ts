/**
 * Coarsened exact matching (CEM) with the semantics of MatchIt 4.5.1's `method = "cem"`
 * (R: `MatchIt:::matchit2cem`, `MatchIt:::cem_matchit`, `MatchIt:::weights.subclass`), for the ATT
 * with a binary treatment and no sampling weights.
 *
 * 1. Coarsening. Each numeric covariate is replaced by its bin number (R's `findInterval` on
 *    breaks `c(-Inf, cuts, Inf)`, i.e. 1 + the number of cuts <= x, left-closed bins). The cuts are
 *    - a vector of cut points (sorted, de-duplicated);
 *    - a number of bins k: k equal-width bins over [min, max] of all units, i.e. the interior
 *      breaks of `seq(min, max, length = k + 1)` (from + i * ((max - min) / k));
 *    - `"sturges"` (MatchIt's default `cutpoints`): k = `nclass.Sturges(x)` = ceiling(log2(n) + 1)
 *      equal-width bins, n = all units (this is NOT `hist()`'s pretty breaks);
 *    - `"scott"`: k = `nclass.scott(x)`; `"q<k>"`: the cut points are the type-7 quantiles at
 *      1/k, 2/k, ..., 1 - 1/k (as in 4.5.1, when that yields a single cut point, i.e. "q2", the
 *      value is taken as a number of bins — a MatchIt quirk reproduced here);
 *    - `0`: no coarsening (the covariate is matched exactly); `1`: the covariate is dropped.
 *    `"fd"` (Freedman–Diaconis) is not implemented.
 *    Covariates without an entry in `cutpoints` get `"sturges"`.
 * 2. Categorical (string) covariates are kept as they are; `grouping` maps each group of values to
 *    its first value (R: `x[x %in% g] <- g[1]`). As in 4.5.1, a grouped *numeric* covariate loses its
 *    `cutpoints` entry and is then coarsened with Sturges bins after grouping, unless its cut point
 *    was 0 (that is resolved before grouping, so it stays exact).
 * 3. Strata are the unique combinations of the coarsened values. Only strata containing both
 *    treated and control units are kept; the others' units get subclass `null` and weight 0.
 *    Subclasses are numbered 1, 2, ... in the order in which the strata first appear among the
 *    control units in data order (R: `match(xx, intersect(<control strata>, <treated strata>))`),
 *    so the numbering equals MatchIt's exactly, not just up to relabelling.
 * 4. ATT weights (`weights.subclass`): treated 1; a control in stratum s gets n1_s / n0_s, then all
 *    control weights are rescaled so they sum to the number of matched controls.
 * 5. `k2k` (one-to-one within strata) is implemented only for MatchIt's `k2k.method = NULL`: in each
 *    subclass with more than two units, the i-th treated unit (data order) is paired with the i-th
 *    control (a zero distance matrix, `which.min` takes the first column); each pair becomes a new
 *    subclass and unpaired units are dropped; subclasses are then renumbered 1..K in order of their
 *    (old or new) numbers, as R's `factor()` does. The default `k2k.method = "mahalanobis"` (and the
 *    other distances) are not implemented.
 *
 * Not reproduced: for exact (cut point 0) numeric covariates MatchIt compares `format()`-ed values
 * (7 significant digits), so values equal to 7 digits share a stratum there but not here; and with a
 * cut point of 1, 4.5.1 misaligns the numeric flags of the remaining covariates (it deletes the column
 * while indexing by the old positions) — here the covariate is simply dropped.
 */

import { summarizeMatch, type BalanceRow, type MatchSummary } from './balance.ts';

export type CemCutpoint = number | ReadonlyArray<number> | string;

export interface CemCovariate {
  name: string;
  /** Numbers (coarsened) or strings (categorical, matched exactly). */
  values: ReadonlyArray<number> | ReadonlyArray<string>;
}

export interface CemOptions {
  /** One binning for every numeric covariate, or per covariate name (others: "sturges"). */
  cutpoints?: CemCutpoint | Readonly<Record<string, CemCutpoint>>;
  /** Per categorical covariate: groups of values merged into one (the group's first value). */
  grouping?: Readonly<Record<string, ReadonlyArray<ReadonlyArray<string | number>>>>;
  /** One treated to one control within strata (MatchIt's k2k with k2k.method = NULL). */
  k2k?: boolean;
}

export interface CemResult {
  /** 1-based subclass per unit, null when unmatched. */
  subclass: (number | null)[];
  /** ATT matching weights per unit (0 when unmatched). */
  weights: number[];
  /** Number of subclasses. */
  nSubclasses: number;
}

export class CemError extends Error {}

/** R's `seq(from, to, by)` for by > 0 (seq.default: n = floor((to - from) / by + 1e-10)). */
function seqBy(from: number, to: number, by: number): number[] {
  const n = Math.floor((to - from) / by + 1e-10);
  const out: number[] = [];
  for (let i = 0; i <= n; i++) out.push(Math.min(from + i * by, to));
  return out;
}

/** R's `quantile(x, probs, type = 7)`. */
function quantile7(x: ReadonlyArray<number>, probs: ReadonlyArray<number>): number[] {
  const s = [...x].sort((a, b) => a - b);
  const n = s.length;
  return probs.map((p) => {
    const index = 1 + Math.max(n - 1, 0) * p;
    const lo = Math.floor(index);
    const hi = Math.ceil(index);
    const qs = s[lo - 1]!;
    const h = index - lo;
    return index > lo && s[hi - 1]! !== qs ? (1 - h) * qs + h * s[hi - 1]! : qs;
  });
}

function sampleSdOf(x: ReadonlyArray<number>): number {
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  return Math.sqrt(x.reduce((a, v) => a + (v - m) ** 2, 0) / (x.length - 1));
}

/** The breaks (without the infinite ends) for one numeric covariate, as `cem_matchit` builds them. */
export function cemBreaks(x: ReadonlyArray<number>, cut: CemCutpoint): number[] {
  let bins: number | number[];
  if (typeof cut === 'string') {
    if (cut.startsWith('q')) {
      const q = Number(cut.substring(1));
      if (!Number.isFinite(q) || q <= 0) throw new CemError(`bad cutpoints "${cut}"`);
      bins = quantile7(x, seqBy(1 / q, 1 - 1 / q, 1 / q));
      if (bins.length === 1) bins = bins[0]!;
    } else if (cut === 'sturges') {
      bins = Math.ceil(Math.log2(x.length) + 1);
    } else if (cut === 'scott') {
      // grDevices::nclass.scott
      const h = 3.5 * Math.sqrt(sampleSdOf(x) ** 2) * x.length ** (-1 / 3);
      bins = h > 0 ? Math.max(1, Math.ceil((Math.max(...x) - Math.min(...x)) / h)) : 1;
    } else {
      throw new CemError(`unsupported cutpoints "${cut}" (only sturges, scott, q<k>, numbers)`);
    }
  } else if (typeof cut === 'number') {
    bins = cut;
  } else {
    bins = [...cut];
  }
  if (typeof bins === 'number') {
    const k = Math.ceil(bins);
    let min = Infinity;
    let max = -Infinity;
    for (const v of x) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    // seq(min, max, length = k + 1) without its two ends (replaced by -Inf/Inf in MatchIt).
    const out: number[] = [];
    for (let i = 1; i < k; i++) out.push(min === max ? min : min + i * ((max - min) / k));
    return out;
  }
  return [...new Set(bins)].sort((a, b) => a - b);
}

/** R's `findInterval(x, c(-Inf, breaks, Inf))`: 1 + number of breaks <= x. */
function binOf(v: number, breaks: ReadonlyArray<number>): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

function cutFor(options: CemOptions, name: string): CemCutpoint | undefined {
  const c = options.cutpoints;
  if (c === undefined) return undefined;
  if (typeof c === 'number' || typeof c === 'string' || Array.isArray(c)) return c as CemCutpoint;
  const rec = c as Readonly<Record<string, CemCutpoint>>;
  return Object.prototype.hasOwnProperty.call(rec, name) ? rec[name] : undefined;
}

/** Coarsened exact matching for the ATT (MatchIt 4.5.1 `matchit(..., method = "cem")`). */
export function cemMatch(
  treat: ReadonlyArray<number>,
  covariates: ReadonlyArray<CemCovariate>,
  options: CemOptions = {},
): CemResult {
  const n = treat.length;
  if (covariates.length === 0) throw new CemError('CEM needs at least one covariate');
  const keys: string[][] = Array.from({ length: n }, () => []);
  for (const cov of covariates) {
    if (cov.values.length !== n) throw new CemError(`covariate ${cov.name} has the wrong length`);
    const numeric = cov.values.every((v) => typeof v === 'number');
    let values: (string | number)[] = [...cov.values];
    const groups = options.grouping?.[cov.name];
    let cut = cutFor(options, cov.name);
    if (cut !== undefined && typeof cut !== 'string' && typeof cut !== 'number' && cut.length === 0) cut = 'sturges';
    // A cut point of 0 or 1 is resolved before grouping in 4.5.1 (it flips is.numeric.cov / drops the column).
    const exact = cut === 0;
    if (numeric && cut === 1) continue; // dropped
    if (groups) {
      for (const g of groups) {
        const set = new Set(g);
        values = values.map((v) => (set.has(v) ? g[0]! : v));
      }
      cut = undefined; // 4.5.1 removes the cutpoints entry of grouped variables
    }
    if (numeric) {
      if (!exact) {
        const x = values as number[];
        const breaks = cemBreaks(x, cut ?? 'sturges');
        values = x.map((v) => binOf(v, breaks));
      }
    }
    values.forEach((v, i) => keys[i]!.push(typeof v === 'number' ? `n${v}` : `s${v}`));
  }
  const stratum = keys.map((k) => JSON.stringify(k));
  const treatedStrata = new Set(stratum.filter((_, i) => treat[i] === 1));
  const number = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (treat[i] !== 1 && treatedStrata.has(stratum[i]!) && !number.has(stratum[i]!)) {
      number.set(stratum[i]!, number.size + 1);
    }
  }
  if (number.size === 0) throw new CemError('No units were matched');
  let subclass: (number | null)[] = stratum.map((s) => number.get(s) ?? null);

  if (options.k2k) {
    let extra = number.size;
    const members = new Map<number, number[]>();
    subclass.forEach((s, i) => {
      if (s !== null) {
        if (!members.has(s)) members.set(s, []);
        members.get(s)!.push(i);
      }
    });
    for (let s = 1; s <= number.size; s++) {
      const inSub = members.get(s)!;
      if (inSub.length <= 2) continue;
      const tr = inSub.filter((i) => treat[i] === 1);
      const co = inSub.filter((i) => treat[i] !== 1);
      const m = Math.min(tr.length, co.length);
      for (let p = 0; p < m; p++) {
        extra++;
        subclass[tr[p]!] = extra;
        subclass[co[p]!] = extra;
      }
      for (const i of [...tr.slice(m), ...co.slice(m)]) subclass[i] = null;
    }
    const present = [...new Set(subclass.filter((s): s is number => s !== null))].sort((a, b) => a - b);
    const relabel = new Map(present.map((s, j) => [s, j + 1]));
    subclass = subclass.map((s) => (s === null ? null : relabel.get(s)!));
  }

  const weights = cemWeights(treat, subclass);
  const nSubclasses = Math.max(0, ...subclass.map((s) => s ?? 0));
  return { subclass, weights, nSubclasses };
}

/** MatchIt's `weights.subclass` for the ATT: treated 1, controls n1_s / n0_s rescaled to sum to n0. */
export function cemWeights(treat: ReadonlyArray<number>, subclass: ReadonlyArray<number | null>): number[] {
  const n1 = new Map<number, number>();
  const n0 = new Map<number, number>();
  subclass.forEach((s, i) => {
    if (s === null) return;
    const m = treat[i] === 1 ? n1 : n0;
    m.set(s, (m.get(s) ?? 0) + 1);
  });
  const w = subclass.map((s, i) => (s === null ? 0 : treat[i] === 1 ? 1 : (n1.get(s) ?? 0) / n0.get(s)!));
  let sum = 0;
  let count = 0;
  subclass.forEach((s, i) => {
    if (s !== null && treat[i] !== 1) {
      sum += w[i]!;
      count++;
    }
  });
  return w.map((v, i) => (subclass[i] !== null && treat[i] !== 1 ? (v * count) / sum : v));
}

/**
 * MatchIt's `pair.dist` with subclasses (`pairdistsubC`): the mean of |x_t - x_c| over all
 * treated-control pairs within the same subclass, pooled over subclasses (unstandardised).
 */
export function subclassPairDist(
  x: ReadonlyArray<number>,
  treat: ReadonlyArray<number>,
  subclass: ReadonlyArray<number | null>,
): number {
  const by = new Map<number, { t: number[]; c: number[] }>();
  subclass.forEach((s, i) => {
    if (s === null) return;
    if (!by.has(s)) by.set(s, { t: [], c: [] });
    const g = by.get(s)!;
    (treat[i] === 1 ? g.t : g.c).push(x[i]!);
  });
  let sum = 0;
  let count = 0;
  for (const { t, c } of by.values()) {
    for (const a of t)
      for (const b of c) {
        sum += Math.abs(a - b);
        count++;
      }
  }
  return sum / count;
}

const SQRT_EPS = Math.sqrt(2.220446049250313e-16);

/**
 * The standardisation SD of `bal1var` for the ATT: the unweighted treated SD (sqrt(p (1 - p)) for a
 * binary variable), or the pooled SD (`pooled_sd`, proportional) if that is not finite or tiny.
 */
function attSd(x: ReadonlyArray<number>, treat: ReadonlyArray<number>): number {
  const binVar = x.every((v) => v === 0 || v === 1);
  const sdOf = (xs: number[]): number => {
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    return binVar ? Math.sqrt(m * (1 - m)) : sampleSdOf(xs);
  };
  const sd = sdOf(x.filter((_, i) => treat[i] === 1));
  if (Number.isFinite(sd) && sd >= SQRT_EPS) return sd;
  const n = x.length;
  let v = 0;
  for (const g of [0, 1]) {
    const xs = x.filter((_, i) => (treat[i] === 1 ? 1 : 0) === g);
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    v += binVar ? (xs.length * m * (1 - m)) / n : xs.reduce((a, b) => a + (b - m) ** 2, 0);
  }
  return binVar ? Math.sqrt(v) : Math.sqrt(v / (n - 2));
}

/**
 * `summary(m.out)` for a CEM (or any subclass-based) match: balance.ts's `summarizeMatch` for the
 * means, SMDs, variance ratios, eCDF statistics and `nn`, with the Std. Pair Dist. computed from
 * the subclasses as MatchIt does when there is no match matrix.
 */
export function summarizeCem(input: {
  treat: ReadonlyArray<number>;
  covariates: ReadonlyArray<{ name: string; values: ReadonlyArray<number> }>;
  weights: ReadonlyArray<number>;
  subclass: ReadonlyArray<number | null>;
}): MatchSummary {
  const { treat, covariates, weights, subclass } = input;
  const base = summarizeMatch({ treat, covariates, weights, matchMatrix: [], treatedIndex: [] });
  const sumMatched: BalanceRow[] = base.sumMatched.map((row, j) => {
    if (row.stdMeanDiff === null) return { ...row, stdPairDist: null };
    const x = covariates[j]!.values;
    const pd = subclassPairDist(x, treat, subclass);
    if (Math.abs(row.meansTreated - row.meansControl) <= SQRT_EPS) return { ...row, stdPairDist: pd };
    return { ...row, stdPairDist: Math.abs(pd) > 1e-8 ? pd / attSd(x, treat) : pd };
  });
  return { ...base, sumMatched };
}
