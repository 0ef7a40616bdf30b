/**
 * Log-rank test as R's `survival::survdiff(Surv(time, event) ~ group)` with the default rho = 0,
 * plus the distribution functions it (and the Kaplan-Meier / Cox modules) need: the regularised
 * incomplete gamma function, the chi-square upper tail (R's `pchisq(x, df, lower.tail = FALSE)`),
 * and the standard normal CDF / quantile.
 */
import { Matrix, solve } from 'ml-matrix';

// ---------------------------------------------------------------------------------------------
// Special functions

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** log Gamma(x) for x > 0 (Lanczos, g = 7, n = 9; relative error ~1e-15). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const xx = x - 1;
  let a = LANCZOS[0]!;
  const t = xx + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i]! / (xx + i);
  return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * Regularised incomplete gamma functions P(a, x) (lower) and Q(a, x) = 1 - P (upper), each computed
 * directly (series for x < a + 1, Lentz continued fraction otherwise) so that small tails keep full
 * relative precision.
 */
export function regularizedGamma(a: number, x: number): { lower: number; upper: number } {
  if (!(a > 0) || Number.isNaN(x)) return { lower: Number.NaN, upper: Number.NaN };
  if (x <= 0) return { lower: 0, upper: 1 };
  if (x === Infinity) return { lower: 1, upper: 0 };
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  const eps = 1e-16;
  if (x < a + 1) {
    let ap = a;
    let del = 1 / a;
    let sum = del;
    for (let n = 0; n < 10000; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * eps) break;
    }
    const lower = sum * Math.exp(logPrefix);
    return { lower, upper: 1 - lower };
  }
  const fpmin = 1e-300;
  let b = x + 1 - a;
  let c = 1 / fpmin;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < fpmin) d = fpmin;
    c = b + an / c;
    if (Math.abs(c) < fpmin) c = fpmin;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < eps) break;
  }
  const upper = Math.exp(logPrefix) * h;
  return { lower: 1 - upper, upper };
}

/** R's `pchisq(x, df, lower.tail = FALSE)`: upper tail of the chi-square distribution. */
export function chiSquareUpperTail(x: number, df: number): number {
  return regularizedGamma(df / 2, x / 2).upper;
}

/** R's `pchisq(x, df)`: chi-square CDF. */
export function chiSquareCdf(x: number, df: number): number {
  return regularizedGamma(df / 2, x / 2).lower;
}

/** Standard normal CDF, R's `pnorm(x)`, via P(1/2, x^2/2) (full relative precision in both tails). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const g = regularizedGamma(0.5, (x * x) / 2);
  return x < 0 ? 0.5 * g.upper : 0.5 + 0.5 * g.lower;
}

/** Two-sided normal p-value 2 * pnorm(-|z|), as coxph's Wald p-values. */
export function twoSidedNormalP(z: number): number {
  return chiSquareUpperTail(z * z, 1);
}

/** R's `qnorm(p)`: Acklam's rational approximation refined by Halley steps on {@link normalCdf}. */
export function normalQuantile(p: number): number {
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (!(p > 0 && p < 1)) return Number.NaN;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const pLow = 0.02425;
  let x: number;
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p <= 1 - pLow) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  for (let k = 0; k < 3; k++) {
    const e = normalCdf(x) - p;
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    x -= u / (1 + (x * u) / 2);
  }
  return x;
}

// ---------------------------------------------------------------------------------------------
// Groups

/**
 * Group labels in the order R's `factor()` gives them: numerically when every label is a number,
 * otherwise sorted by code point (R sorts strings by locale; for plain ASCII labels without mixed case
 * the two agree).
 */
export function groupLevels(groups: (string | number)[]): string[] {
  const labels = [...new Set(groups.map((g) => String(g)))];
  const numeric = labels.every((l) => l.trim() !== '' && Number.isFinite(Number(l)));
  return labels.sort(numeric ? (x, y) => Number(x) - Number(y) : (x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// survdiff

export interface LogRankObservation {
  time: number;
  event: boolean | 0 | 1;
  group: string | number;
}

export interface LogRankResult {
  groups: string[];
  n: number[];
  observed: number[];
  expected: number[];
  /** survdiff's `var`: covariance matrix of observed - expected. */
  variance: number[][];
  chisq: number;
  df: number;
  p: number;
}

/**
 * `survdiff(Surv(time, event) ~ group)` with rho = 0. At each distinct event time t (pooled) with
 * n_t at risk and d_t events, group g contributes expected d_t n_gt / n_t and the hypergeometric
 * covariance d_t (n_t - d_t) / (n_t - 1) * n_gt / n_t * (delta_gh - n_ht / n_t). The statistic is
 * (O - E)' V^- (O - E) over groups with expected > 0, dropping the first of them (as survdiff does),
 * on (that number of groups - 1) degrees of freedom.
 */
export function logRankTest(data: LogRankObservation[]): LogRankResult {
  const groups = groupLevels(data.map((o) => o.group));
  const k = groups.length;
  const index = new Map(groups.map((g, i) => [g, i]));
  const rows = data.map((o) => ({ time: o.time, event: o.event === true || o.event === 1, g: index.get(String(o.group))! }));
  rows.sort((a, b) => a.time - b.time);
  const n = new Array<number>(k).fill(0);
  for (const r of rows) n[r.g]!++;
  const atRisk = [...n];
  const observed = new Array<number>(k).fill(0);
  const expected = new Array<number>(k).fill(0);
  const variance = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  let i = 0;
  while (i < rows.length) {
    const t = rows[i]!.time;
    const dg = new Array<number>(k).fill(0);
    const leaving = new Array<number>(k).fill(0);
    while (i < rows.length && rows[i]!.time === t) {
      const r = rows[i]!;
      if (r.event) dg[r.g]!++;
      leaving[r.g]!++;
      i++;
    }
    const d = dg.reduce((s, v) => s + v, 0);
    const nt = atRisk.reduce((s, v) => s + v, 0);
    if (d > 0) {
      for (let g = 0; g < k; g++) {
        observed[g]! += dg[g]!;
        expected[g]! += (d * atRisk[g]!) / nt;
      }
      if (nt > 1) {
        const f = (d * (nt - d)) / (nt - 1);
        for (let g = 0; g < k; g++) {
          for (let h = 0; h < k; h++) {
            variance[g]![h]! += f * (atRisk[g]! / nt) * ((g === h ? 1 : 0) - atRisk[h]! / nt);
          }
        }
      }
    }
    for (let g = 0; g < k; g++) atRisk[g]! -= leaving[g]!;
  }
  const used = groups.map((_, g) => g).filter((g) => expected[g]! > 0);
  let chisq = 0;
  if (used.length >= 2) {
    const keep = used.slice(1);
    const oe = keep.map((g) => observed[g]! - expected[g]!);
    const vv = new Matrix(keep.map((g) => keep.map((h) => variance[g]![h]!)));
    const sol = solve(vv, Matrix.columnVector(oe));
    chisq = oe.reduce((s, v, j) => s + v * sol.get(j, 0), 0);
  }
  const df = used.length - 1;
  return { groups, n, observed, expected, variance, chisq, df, p: df > 0 ? chiSquareUpperTail(chisq, df) : Number.NaN };
}
