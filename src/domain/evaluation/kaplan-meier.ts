/**
 * Kaplan-Meier survival curves per group, matching R's `survival::survfit(Surv(time, event) ~ group)`
 * with its defaults (`conf.type = "log"`, `conf.int = 0.95`, `stype = 1`, `ctype = 1`, no weights).
 *
 * What R reports and this module reproduces, per group (stratum):
 *  - one row per distinct time at which anyone in the group had an event OR was censored
 *    (`time`, `n.risk`, `n.event`, `n.censor`, `surv`);
 *  - `std.err`: NOT the standard error of S(t). For the Kaplan-Meier curve survfit stores the
 *    Greenwood standard error of the cumulative hazard, i.e. of -log S(t):
 *    sqrt(sum_{t_i <= t} d_i / (n_i (n_i - d_i))). (SE of S itself would be surv * std.err.)
 *  - `lower`/`upper` with conf.type "log": exp(log S -/+ z * std.err), upper capped at 1, and
 *    NA (here `null`) where S = 0;
 *  - quantiles/median with CI exactly as `quantile.survfit` (and hence `print(survfit)`) computes
 *    them: see {@link survfitQuantile}.
 *
 * Case weights (`survfit(..., weights = w)`): n.risk, n.event and n.censor are sums of weights and
 * the Greenwood sum uses them (d_w / (n_w (n_w - d_w))); integer weights give exactly the curve of
 * the replicated rows. That is `survfit(..., weights = w, robust = FALSE)`: with non-integer weights
 * survival 3.x defaults to robust = TRUE (the infinitesimal-jackknife variance), which is not
 * reproduced, so std.err and the band differ from R's default there (the curve itself does not).
 * Observations with weight 0 are dropped; `n` stays the number of observations with positive
 * weight, `events` is the weighted number of events.
 *
 * Not reproduced: other conf.types, and R's `aeqSurv` step, which treats times that
 * differ by less than about sqrt(.Machine$double.eps) (relative) as tied; here only exactly equal
 * times are tied (irrelevant for whole-day/whole-month follow-up).
 */

import { groupLevels, normalQuantile } from './log-rank.ts';

/** One observation: follow-up time, whether the event happened (true/1) or it was censored. */
export interface SurvivalObservation {
  time: number;
  event: boolean | 0 | 1;
  /** Case weight (survfit `weights`), finite and >= 0; default 1. */
  weight?: number;
}

export interface KaplanMeierOptions {
  /** Confidence level of the pointwise band and the quantile CIs (R: conf.int), default 0.95. */
  confLevel?: number;
  /** Probabilities for {@link KaplanMeierCurve.quantiles} (R: quantile(fit, probs)), default [0.25, 0.5, 0.75]. */
  quantileProbs?: number[];
}

export interface SurvivalQuantile {
  prob: number;
  /** null where R gives NA (the curve never gets that low). */
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

export interface KaplanMeierCurve {
  group: string;
  n: number;
  events: number;
  time: number[];
  nRisk: number[];
  nEvent: number[];
  nCensor: number[];
  surv: number[];
  /** survfit's `std.err`: Greenwood SE of the cumulative hazard (= of -log S). */
  stdErr: number[];
  /** null where R gives NA (S = 0). */
  lower: (number | null)[];
  upper: (number | null)[];
  median: SurvivalQuantile;
  quantiles: SurvivalQuantile[];
}

/**
 * R's `approx(xs, 1:n, xout, method = "constant", f = 1)$y` for strictly increasing xs (NaN-free):
 * the index (1-based) of the first xs[j] >= xout, or null outside [xs[1], xs[n]] (rule = 1 gives NA).
 */
function approxConstantRight(xs: number[], xout: number): number | null {
  const n = xs.length;
  if (n === 0 || xout < xs[0]! || xout > xs[n - 1]!) return null;
  for (let j = 0; j < n; j++) if (xs[j]! >= xout) return j + 1;
  return null;
}

/**
 * Port of survival:::findq (used by quantile.survfit). x = c(firstx, time), y = c(0, 1 - curve).
 * The quantile is the first time the curve drops to <= 1 - p, except that where the curve is
 * exactly 1 - p (within tol = sqrt(.Machine$double.eps)) on an interval, R takes the midpoint of that
 * interval (and, if the flat stretch is the end of the curve, the midpoint to the last follow-up time).
 */
function findq(x: number[], y: (number | null)[], p: number, tol: number): number | null {
  const finite = y.filter((v): v is number => v !== null && !Number.isNaN(v));
  if (finite.length === 0 || Math.max(...finite) < p) return null;
  const xmax = x[x.length - 1]!;
  // duplicated(y): keep the first occurrence of each value (NA counts as a value too).
  const seen = new Set<string>();
  const xd: number[] = [];
  const yd: (number | null)[] = [];
  for (let i = 0; i < y.length; i++) {
    const key = y[i] === null ? 'NA' : String(y[i]);
    if (seen.has(key)) continue;
    seen.add(key);
    xd.push(x[i]!);
    yd.push(y[i]!);
  }
  const n = yd.length;
  // approx() drops NA pairs; the index values (1:n) keep their original positions.
  const keepIdx: number[] = [];
  for (let i = 0; i < n; i++) if (yd[i] !== null) keepIdx.push(i + 1);
  const lookup = (shift: number): number | null => {
    const xs = keepIdx.map((i) => (yd[i - 1] as number) + shift);
    const j = approxConstantRight(xs, p);
    return j === null ? null : keepIdx[j - 1]!;
  };
  const indx1 = lookup(tol);
  const indx2 = lookup(-tol);
  let quant: number | null = indx1 === null || indx2 === null ? null : (xd[indx1 - 1]! + xd[indx2 - 1]!) / 2;
  if (p === 0) quant = xd[0]!;
  const yn = yd[n - 1];
  if (yn !== null && yn !== undefined && Math.abs(p - yn) < tol) {
    quant = indx1 === null ? null : (xd[indx1 - 1]! + xmax) / 2;
  }
  return quant;
}

/**
 * Quantiles of one survival curve with CI as R's `quantile.survfit` (conf.int from the band):
 * estimate from `surv`, lower limit from the `lower` curve, upper from the `upper` curve.
 */
export function survfitQuantile(curve: Pick<KaplanMeierCurve, 'time' | 'surv' | 'lower' | 'upper'>, prob: number): SurvivalQuantile {
  const tol = Math.sqrt(2.220446049250313e-16);
  const x = [0, ...curve.time];
  const oneMinus = (s: (number | null)[]): (number | null)[] => [0, ...s.map((v) => (v === null ? null : 1 - v))];
  return {
    prob,
    estimate: findq(x, oneMinus(curve.surv), prob, tol),
    lower: findq(x, oneMinus(curve.lower), prob, tol),
    upper: findq(x, oneMinus(curve.upper), prob, tol),
  };
}

/** Kaplan-Meier curve for one group (survfit with a single stratum). */
export function kaplanMeier(data: SurvivalObservation[], group = 'all', options: KaplanMeierOptions = {}): KaplanMeierCurve {
  const confLevel = options.confLevel ?? 0.95;
  const probs = options.quantileProbs ?? [0.25, 0.5, 0.75];
  const z = normalQuantile(1 - (1 - confLevel) / 2);
  for (const o of data) {
    if (!Number.isFinite(o.time)) throw new Error('kaplanMeier: every time must be a finite number');
    if (o.weight !== undefined && !(Number.isFinite(o.weight) && o.weight >= 0)) throw new Error('kaplanMeier: every weight must be a finite number >= 0');
  }
  const sorted = data.filter((o) => o.weight === undefined || o.weight > 0).sort((a, b) => a.time - b.time);
  const weightOf = (o: SurvivalObservation): number => o.weight ?? 1;
  const time: number[] = [];
  const nRisk: number[] = [];
  const nEvent: number[] = [];
  const nCensor: number[] = [];
  const surv: number[] = [];
  const stdErr: number[] = [];
  const lower: (number | null)[] = [];
  const upper: (number | null)[] = [];
  let atRisk = 0;
  for (const o of sorted) atRisk += weightOf(o);
  let s = 1;
  let varHaz = 0;
  let i = 0;
  let events = 0;
  while (i < sorted.length) {
    const t = sorted[i]!.time;
    let d = 0;
    let c = 0;
    while (i < sorted.length && sorted[i]!.time === t) {
      if (sorted[i]!.event === true || sorted[i]!.event === 1) d += weightOf(sorted[i]!);
      else c += weightOf(sorted[i]!);
      i++;
    }
    // Summed non-integer weights can leave a rounding residue where everyone left has the event.
    if (d > 0 && Math.abs(atRisk - d) <= 1e-12 * atRisk) d = atRisk;
    if (d > 0) {
      s *= (atRisk - d) / atRisk;
      // Greenwood term; d = n gives Inf as in R (survival drops to 0, band becomes NA).
      varHaz += atRisk === d ? Infinity : d / (atRisk * (atRisk - d));
    }
    events += d;
    const se = Math.sqrt(varHaz);
    time.push(t);
    nRisk.push(atRisk);
    nEvent.push(d);
    nCensor.push(c);
    surv.push(s);
    stdErr.push(se);
    if (s === 0) {
      lower.push(null);
      upper.push(null);
    } else {
      lower.push(Math.exp(Math.log(s) - z * se));
      upper.push(Math.min(1, Math.exp(Math.log(s) + z * se)));
    }
    atRisk -= d + c;
  }
  const base = { time, surv, lower, upper };
  const quantiles = probs.map((p) => survfitQuantile(base, p));
  return {
    group,
    n: sorted.length,
    events,
    time,
    nRisk,
    nEvent,
    nCensor,
    surv,
    stdErr,
    lower,
    upper,
    median: survfitQuantile(base, 0.5),
    quantiles,
  };
}

/**
 * Kaplan-Meier per group, as `survfit(Surv(time, event) ~ group)`: groups in R's factor order
 * (sorted: numerically if all labels are numbers, else by string), one curve per group.
 */
export function kaplanMeierByGroup(
  data: (SurvivalObservation & { group: string | number })[],
  options: KaplanMeierOptions = {},
): KaplanMeierCurve[] {
  return groupLevels(data.map((o) => o.group)).map((label) => kaplanMeier(data.filter((o) => String(o.group) === label), label, options));
}
