/**
 * Weighted least squares and the variance estimators used to report treatment effects, matching R:
 *
 * - `wls` matches `stats::lm(y ~ X - 1, weights = w)` (X already holds the intercept column): coefficients,
 *   fitted values, response residuals (y - Xb, not weighted), residual df n - k, sigma.
 * - `vcovClassical` matches `vcov(lm)`: sigma^2 (X'WX)^-1.
 * - `vcovHC` matches `sandwich::vcovHC(lm, type)` for HC0..HC3 (note R's default type is HC3; we make the
 *   caller choose).
 * - `vcovCL` matches `sandwich::vcovCL(lm, cluster = ~cl)` with its lm defaults type = "HC1", cadjust = TRUE.
 * - `coefTest` matches `lmtest::coeftest(fit, vcov. = V)` and `lmtest::coefci(fit, vcov. = V)`: t statistics,
 *   two-sided p-values and confidence intervals from the t distribution with df = df.residual(fit) = n - k,
 *   whatever the variance estimator (coeftest's default df for an lm).
 *
 * How weights enter (sandwich 3.0.2, read from `estfun.lm`, `bread.lm`, `meatHC`, `meatCL`, `sandwich`):
 * the estimating functions of a weighted lm are ef_i = w_i e_i x_i with e_i = y_i - x_i'b; bread =
 * n (X'WX)^-1; sandwich = bread meat bread / n. Hence
 *   HC0:  V = (X'WX)^-1 [sum_i (w_i e_i)^2 x_i x_i'] (X'WX)^-1, HC1 = HC0 * n / (n - k),
 *   HC2/HC3 divide (w_i e_i)^2 by (1 - h_i) / (1 - h_i)^2, with h_i = w_i x_i'(X'WX)^-1 x_i (hatvalues.lm),
 *   CL:   V = (X'WX)^-1 [sum_g u_g u_g'] (X'WX)^-1 * G/(G-1) [cadjust] * (n-1)/(n-k) [type HC1],
 *         u_g = sum_{i in g} w_i e_i x_i, G = number of distinct clusters.
 * When every cluster is a single unit (G = n) vcovCL's HC1 equals (n/(n-1)) * (n-1)/(n-k) = n/(n-k): vcovHC HC1.
 *
 * Weights must be strictly positive: R keeps zero-weight rows in `n` for the sandwich but drops them from
 * df.residual, an inconsistency we do not reproduce; callers drop zero-weight rows first (MatchIt's
 * `match.data` does the same).
 *
 * The Student t distribution (`studentTCdf`, `studentTQuantile`, `studentTDensity`) is implemented here
 * through the regularised incomplete beta function (continued fraction) and checked against R's pt/qt.
 */
import { Matrix, QrDecomposition } from 'ml-matrix';

export interface WlsFit {
  /** Design matrix as given (n x k). */
  readonly X: Matrix;
  readonly y: readonly number[];
  readonly weights: readonly number[];
  readonly names: readonly string[];
  readonly coefficients: number[];
  readonly fitted: number[];
  /** Response residuals y - Xb (R's `residuals(lm)`: not multiplied by sqrt(w)). */
  readonly residuals: number[];
  readonly n: number;
  readonly k: number;
  readonly dfResidual: number;
  /** sqrt(sum w e^2 / (n - k)), R's `summary(lm)$sigma`. */
  readonly sigma: number;
  /** (X'WX)^-1, R's `summary(lm)$cov.unscaled`. */
  readonly xtwxInverse: Matrix;
}

export interface WlsOptions {
  weights?: ArrayLike<number>;
  /** Coefficient names (default x1..xk). */
  names?: readonly string[];
}

/** Weighted least squares via the Householder QR of sqrt(W) X (as lm.wfit does), no rank pivoting. */
export function wls(X: Matrix, y: ArrayLike<number>, options: WlsOptions = {}): WlsFit {
  const n = X.rows;
  const k = X.columns;
  if (y.length !== n) throw new Error(`wls: y has ${y.length} values, X has ${n} rows`);
  if (n <= k) throw new Error(`wls: need more observations (${n}) than coefficients (${k})`);
  const weights = options.weights ? Array.from(options.weights) : new Array<number>(n).fill(1);
  if (weights.length !== n) throw new Error(`wls: weights has ${weights.length} values, X has ${n} rows`);
  for (const w of weights) {
    if (!(w > 0) || !Number.isFinite(w)) throw new Error('wls: weights must be finite and > 0 (drop zero-weight rows)');
  }
  const yy = Array.from(y);
  const sw = weights.map(Math.sqrt);
  const A = new Matrix(n, k);
  const b = new Matrix(n, 1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) A.set(i, j, X.get(i, j) * sw[i]!);
    b.set(i, 0, yy[i]! * sw[i]!);
  }
  const qr = new QrDecomposition(A);
  const R = qr.upperTriangularMatrix;
  let maxDiag = 0;
  for (let j = 0; j < k; j++) maxDiag = Math.max(maxDiag, Math.abs(R.get(j, j)));
  for (let j = 0; j < k; j++) {
    if (!(Math.abs(R.get(j, j)) > 1e-10 * maxDiag)) {
      throw new Error(`wls: design matrix is rank deficient (column ${options.names?.[j] ?? j + 1})`);
    }
  }
  const coefficients = qr.solve(b).getColumn(0);
  const Rinv = upperTriangularInverse(R);
  const xtwxInverse = Rinv.mmul(Rinv.transpose());
  const fitted = new Array<number>(n);
  const residuals = new Array<number>(n);
  let rss = 0;
  for (let i = 0; i < n; i++) {
    let f = 0;
    for (let j = 0; j < k; j++) f += X.get(i, j) * coefficients[j]!;
    fitted[i] = f;
    residuals[i] = yy[i]! - f;
    rss += weights[i]! * residuals[i]! * residuals[i]!;
  }
  const dfResidual = n - k;
  const names = options.names ? [...options.names] : Array.from({ length: k }, (_, j) => `x${j + 1}`);
  if (names.length !== k) throw new Error(`wls: ${names.length} names for ${k} columns`);
  return {
    X, y: yy, weights, names, coefficients, fitted, residuals, n, k, dfResidual,
    sigma: Math.sqrt(rss / dfResidual), xtwxInverse,
  };
}

function upperTriangularInverse(R: Matrix): Matrix {
  const k = R.columns;
  const inv = new Matrix(k, k);
  for (let col = 0; col < k; col++) {
    for (let i = col; i >= 0; i--) {
      let s = i === col ? 1 : 0;
      for (let j = i + 1; j <= col; j++) s -= R.get(i, j) * inv.get(j, col);
      inv.set(i, col, s / R.get(i, i));
    }
  }
  return inv;
}

/** `vcov(lm)`: sigma^2 (X'WX)^-1 (iid errors, weights as known inverse variances). */
export function vcovClassical(fit: WlsFit): Matrix {
  return fit.xtwxInverse.clone().mul(fit.sigma * fit.sigma);
}

/** Hat values of a weighted lm (R's `hatvalues`): h_i = w_i x_i'(X'WX)^-1 x_i. */
export function hatValues(fit: WlsFit): number[] {
  const { X, k, n } = fit;
  const B = fit.xtwxInverse;
  const h = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let a = 0; a < k; a++) {
      const xa = X.get(i, a);
      for (let c = 0; c < k; c++) s += xa * B.get(a, c) * X.get(i, c);
    }
    h[i] = fit.weights[i]! * s;
  }
  return h;
}

export type HcType = 'HC0' | 'HC1' | 'HC2' | 'HC3';

/** B M B with B = (X'WX)^-1 and M = sum over groups of u u' (the unscaled sandwich). */
function sandwichOf(fit: WlsFit, scores: Matrix): Matrix {
  const meat = scores.transpose().mmul(scores);
  return fit.xtwxInverse.mmul(meat).mmul(fit.xtwxInverse);
}

/** Rows w_i e_i x_i: `sandwich::estfun(lm)`. */
export function estimatingFunctions(fit: WlsFit): Matrix {
  const ef = new Matrix(fit.n, fit.k);
  for (let i = 0; i < fit.n; i++) {
    const r = fit.weights[i]! * fit.residuals[i]!;
    for (let j = 0; j < fit.k; j++) ef.set(i, j, r * fit.X.get(i, j));
  }
  return ef;
}

/** `sandwich::vcovHC(lm, type)` for HC0, HC1 (n/(n-k)), HC2 and HC3 (hat-value corrections). */
export function vcovHC(fit: WlsFit, type: HcType): Matrix {
  const ef = estimatingFunctions(fit);
  if (type === 'HC2' || type === 'HC3') {
    const h = hatValues(fit);
    for (let i = 0; i < fit.n; i++) {
      const f = type === 'HC2' ? 1 / Math.sqrt(1 - h[i]!) : 1 / (1 - h[i]!);
      for (let j = 0; j < fit.k; j++) ef.set(i, j, ef.get(i, j) * f);
    }
  }
  const V = sandwichOf(fit, ef);
  return type === 'HC1' ? V.mul(fit.n / (fit.n - fit.k)) : V;
}

export interface VcovClOptions {
  /** 'HC1' (R's default for lm) multiplies by (n-1)/(n-k); 'HC0' does not. */
  type?: 'HC0' | 'HC1';
  /** G/(G-1) cluster adjustment (R's default TRUE). */
  cadjust?: boolean;
}

/**
 * `sandwich::vcovCL(lm, cluster = ~cl, type = "HC1", cadjust = TRUE)` for one clustering variable:
 * cluster sums of the estimating functions, scaled by G/(G-1) and (n-1)/(n-k).
 */
export function vcovCL(fit: WlsFit, cluster: ArrayLike<string | number>, options: VcovClOptions = {}): Matrix {
  const type = options.type ?? 'HC1';
  const cadjust = options.cadjust ?? true;
  if (cluster.length !== fit.n) throw new Error(`vcovCL: ${cluster.length} cluster labels for ${fit.n} rows`);
  const ef = estimatingFunctions(fit);
  const index = new Map<string | number, number>();
  for (let i = 0; i < fit.n; i++) {
    const c = cluster[i]!;
    if (c === null || c === undefined || (typeof c === 'number' && Number.isNaN(c))) {
      throw new Error('vcovCL: missing cluster label');
    }
    if (!index.has(c)) index.set(c, index.size);
  }
  const G = index.size;
  if (G < 2) throw new Error('vcovCL: need at least two clusters');
  const sums = new Matrix(G, fit.k);
  for (let i = 0; i < fit.n; i++) {
    const g = index.get(cluster[i]!)!;
    for (let j = 0; j < fit.k; j++) sums.set(g, j, sums.get(g, j) + ef.get(i, j));
  }
  let adj = cadjust ? G / (G - 1) : 1;
  if (type === 'HC1') adj *= (fit.n - 1) / (fit.n - fit.k);
  return sandwichOf(fit, sums).mul(adj);
}

export interface CoefRow {
  name: string;
  estimate: number;
  se: number;
  t: number;
  /** Two-sided p-value, 2 * pt(|t|, df, lower.tail = FALSE). */
  p: number;
  ciLow: number;
  ciHigh: number;
}

export interface CoefTestOptions {
  /** Degrees of freedom for p-values and intervals (default: fit.dfResidual, as lmtest::coeftest for lm). */
  df?: number;
  /** Confidence level (default 0.95). */
  level?: number;
}

/** `lmtest::coeftest(fit, vcov. = vcov)` joined with `lmtest::coefci(fit, vcov. = vcov, level)`. */
export function coefTest(fit: WlsFit, vcov: Matrix, options: CoefTestOptions = {}): CoefRow[] {
  const df = options.df ?? fit.dfResidual;
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new Error('coefTest: level must be in (0, 1)');
  const a = (1 - level) / 2;
  const qLow = studentTQuantile(a, df);
  const qHigh = studentTQuantile(1 - a, df);
  return fit.coefficients.map((estimate, j) => {
    const se = Math.sqrt(vcov.get(j, j));
    const t = estimate / se;
    return {
      name: fit.names[j]!,
      estimate,
      se,
      t,
      p: 2 * studentTCdf(Math.abs(t), df, false),
      ciLow: estimate + qLow * se,
      ciHigh: estimate + qHigh * se,
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// Student t distribution

const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** Stirling-series remainder lgamma(x) - [(x - 1/2) ln x - x + ln sqrt(2 pi)] for x >= 10. */
function lgammaCorrection(x: number): number {
  const x2 = 1 / (x * x);
  return (
    (1 / 12 +
      x2 * (-1 / 360 + x2 * (1 / 1260 + x2 * (-1 / 1680 + x2 * (1 / 1188 + x2 * (-691 / 360360 + x2 * (1 / 156))))))) /
    x
  );
}

/** ln Gamma(x) for x > 0 (Stirling series after shifting x to >= 10), absolute error about 1e-15. */
export function lgamma(x: number): number {
  if (!(x > 0)) throw new Error('lgamma: x must be > 0');
  let shift = 0;
  let z = x;
  while (z < 10) {
    shift += Math.log(z);
    z += 1;
  }
  return (z - 0.5) * Math.log(z) - z + LN_SQRT_2PI + lgammaCorrection(z) - shift;
}

/** ln B(a, b), computed without cancellation when one argument is large. */
export function lbeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (q < 10) return lgamma(p) + lgamma(q) - lgamma(p + q);
  // lgamma(q) - lgamma(p + q) by Stirling, written so large terms do not cancel.
  const diff =
    -(q - 0.5) * Math.log1p(p / q) - p * Math.log(p + q) + p + lgammaCorrection(q) - lgammaCorrection(p + q);
  return lgamma(p) + diff;
}

/** Continued fraction for I_x(a, b) (modified Lentz), valid for x < (a + 1) / (a + b + 2). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const eps = 1e-16;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 100000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < eps) return h;
  }
  throw new Error('incomplete beta: continued fraction did not converge');
}

/**
 * Regularised incomplete beta I_x(a, b). `y` = 1 - x may be given exactly by the caller (it is used for
 * ln(1 - x) and for the symmetry I_x(a, b) = 1 - I_y(b, a)). With `upper`, returns 1 - I_x(a, b).
 */
export function incompleteBeta(x: number, a: number, b: number, y = 1 - x, upper = false): number {
  if (x <= 0) return upper ? 1 : 0;
  if (y <= 0) return upper ? 0 : 1;
  const lnx = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const lny = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  const front = Math.exp(a * lnx + b * lny - lbeta(a, b));
  if (x < (a + 1) / (a + b + 2)) {
    const v = (front * betaContinuedFraction(x, a, b)) / a;
    return upper ? 1 - v : v;
  }
  const v = (front * betaContinuedFraction(y, b, a)) / b;
  return upper ? v : 1 - v;
}

function checkDf(df: number): void {
  if (!(df > 0) || !Number.isFinite(df)) throw new Error('Student t: df must be finite and > 0');
}

/** Student t CDF, R's `pt(t, df, lower.tail)`; the tails are computed directly (no 1 - p cancellation). */
export function studentTCdf(t: number, df: number, lowerTail = true): number {
  checkDf(df);
  if (Number.isNaN(t)) return NaN;
  if (t === 0) return 0.5;
  if (!Number.isFinite(t)) return (t > 0) === lowerTail ? 1 : 0;
  const t2 = t * t;
  // P(|T| > |t|) = I_x(df/2, 1/2) with x = df / (df + t^2), 1 - x = t^2 / (df + t^2).
  let x: number;
  let y: number;
  if (t2 < df) {
    x = 1 / (1 + t2 / df);
    y = t2 / (df + t2);
  } else {
    x = df / (df + t2);
    y = 1 / (1 + df / t2);
  }
  const tail = 0.5 * incompleteBeta(x, df / 2, 0.5, y); // P(T > |t|)
  const farSide = t < 0 === lowerTail; // asking for the tail beyond |t|
  return farSide ? tail : 0.5 + (0.5 - tail);
}

/** Student t density, R's `dt(t, df)`. */
export function studentTDensity(t: number, df: number): number {
  checkDf(df);
  return Math.exp(-0.5 * Math.log(df) - lbeta(df / 2, 0.5) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * Student t quantile, R's `qt(p, df)`. For p > 1/2 it returns -qt(1 - p) (1 - p is exact in binary
 * floating point there). Solves ln pt(-e^u) = ln p for u by safeguarded Newton steps (bisection fallback);
 * in the tails ln pt is nearly linear in u = ln|t|, so this converges in a few steps even for df = 1.
 */
export function studentTQuantile(p: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (p > 0.5) return -studentTQuantile(1 - p, df);
  const lnp = Math.log(p);
  const g = (u: number): number => Math.log(studentTCdf(-Math.exp(u), df)) - lnp;
  let lo = -60;
  let hi = 710;
  // Start from the normal quantile (a rough rational approximation is enough).
  const z = normalQuantileApprox(p);
  let u = Math.log(Math.max(-z, 1e-20));
  if (!(u > lo && u < hi)) u = 0;
  for (let iter = 0; iter < 200; iter++) {
    const gu = g(u);
    if (gu === 0) return -Math.exp(u);
    if (gu > 0) lo = u;
    else hi = u;
    const t = -Math.exp(u);
    const F = studentTCdf(t, df);
    // d/du ln F(-e^u) = -e^u f(t) / F(t)
    const slope = (-Math.exp(u) * studentTDensity(t, df)) / F;
    let next = u - gu / slope;
    if (!(next > lo && next < hi) || !Number.isFinite(next)) next = (lo + hi) / 2;
    if (Math.abs(next - u) < 1e-15 * Math.max(1, Math.abs(u))) return -Math.exp(next);
    u = next;
    if (hi - lo < 1e-15 * Math.max(1, Math.abs(u))) break;
  }
  return -Math.exp(u);
}

/** Standard normal quantile for p < 1/2 (Abramowitz-Stegun 26.2.23, |error| < 4.5e-4): a start value only. */
function normalQuantileApprox(p: number): number {
  const t = Math.sqrt(-2 * Math.log(p));
  return -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
}
