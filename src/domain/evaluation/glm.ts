/**
 * Logistic regression (binomial family, logit link) fitted by iteratively reweighted least squares
 * exactly as R's `glm.fit` does it (R 4.x, `stats/R/glm.R`), so that coefficients, standard errors,
 * deviance, AIC, iteration count and fitted probabilities agree with
 * `glm(y ~ ..., family = binomial, weights = w)` and `summary()` of it:
 *
 * - starting values from `binomial()$initialize`: mustart = (weights*y + 0.5)/(weights + 1),
 *   eta = logit(mustart), mu = linkinv(eta);
 * - each iteration: working response z = eta + (y - mu)/mu.eta(eta), working weights
 *   w = weights * mu.eta(eta)^2 / (mu(1 - mu)), then the weighted least-squares fit of z on X,
 *   eta = X beta, mu = linkinv(eta), deviance;
 * - converged when |dev - devold| / (|dev| + 0.1) < epsilon (default 1e-8), at most maxit (25)
 *   iterations;
 * - the logit link's inverse and derivative are clamped as R's C code (`family.c`) clamps them:
 *   linkinv(eta) = e/(1+e) with e = DBL_EPSILON for eta < -30 and e = 1/DBL_EPSILON for eta > 30,
 *   mu.eta(eta) = DBL_EPSILON for |eta| > 30, so mu never reaches 0 or 1 and the deviance stays finite;
 * - standard errors are sqrt(diag((X'WX)^-1)) with dispersion 1 (`summary.glm` for the binomial
 *   family), where W are the working weights of the LAST iteration, i.e. computed from the mu at the
 *   start of that iteration, not from the final mu — that is what R's `fit$qr` holds;
 * - the null deviance is that of the weighted mean of y (intercept models) or of mu = 1/2 (no
 *   intercept: linkinv(offset = 0)); AIC = binomial()$aic + 2 * rank.
 *
 * Linear algebra: R solves each step by Householder QR with limited column pivoting (LINPACK
 * `dqrdc2`, tolerance min(1e-7, epsilon/1000)), which moves aliased columns to the end and gives
 * them NA coefficients. We use Householder QR without pivoting on sqrt(w)·X (ml-matrix's JAMA
 * algorithm, run on column-major typed arrays for speed; the same numerically stable approach, without
 * forming X'WX), and treat rank deficiency (a column whose
 * residual norm after the preceding columns is below that tolerance times its own norm) as an
 * error ({@link GlmError}) instead of returning NA coefficients. For full-rank designs the results
 * are the same up to rounding.
 *
 * Non-convergence and fitted probabilities numerically 0 or 1 (the sign of perfect or
 * quasi-perfect separation) are reported as structured {@link GlmWarning}s, as R warns rather
 * than fails. R's step-halving for an invalid eta/mu or infinite deviance cannot trigger with the
 * clamped logit link, so it is not implemented; a non-finite value aborts with a GlmError.
 */
import { Matrix } from 'ml-matrix';

const DBL_EPSILON = 2.220446049250313e-16;
const THRESH = 30;
const MTHRESH = -30;
const INVEPS = 1 / DBL_EPSILON;

export interface GlmOptions {
  /** Prior weights (R's `weights`), non-negative, one per row; default all 1. */
  readonly weights?: readonly number[];
  /** Column names for the coefficients (e.g. from `designMatrix`); default `x1`, `x2`, …. */
  readonly columnNames?: readonly string[];
  /** Convergence tolerance, R's `glm.control(epsilon)`; default 1e-8. */
  readonly epsilon?: number;
  /** Maximum number of IRLS iterations, R's `glm.control(maxit)`; default 25. */
  readonly maxit?: number;
  /**
   * Whether the model has an intercept (R takes this from the formula); it decides the null
   * deviance and its degrees of freedom. Default: whether `x` has a column of all ones.
   */
  readonly intercept?: boolean;
}

export type GlmWarningCode = 'non-integer-successes' | 'not-converged' | 'fitted-probabilities-0-or-1';

/** A condition R reports with `warning()`; the message is R's own text. */
export interface GlmWarning {
  readonly code: GlmWarningCode;
  readonly message: string;
}

export interface GlmFit {
  readonly columnNames: readonly string[];
  /** Maximum-likelihood coefficients, in column order (R's `coef(fit)`). */
  readonly coefficients: readonly number[];
  /** Standard errors with dispersion 1 (R's `summary(fit)$coefficients[, "Std. Error"]`). */
  readonly standardErrors: readonly number[];
  /** Wald z statistics, coefficient / standard error (R's `z value`). */
  readonly zValues: readonly number[];
  /** Unscaled covariance (X'WX)^-1 = `summary(fit)$cov.unscaled` (= `vcov(fit)` for binomial). */
  readonly covariance: Matrix;
  /** Fitted probabilities mu, in row order (R's `fitted(fit)`). */
  readonly fittedValues: readonly number[];
  /** Linear predictor eta = X beta (R's `fit$linear.predictors`). */
  readonly linearPredictors: readonly number[];
  /** Working weights of the last iteration (R's `fit$weights`). */
  readonly workingWeights: readonly number[];
  readonly priorWeights: readonly number[];
  readonly deviance: number;
  readonly nullDeviance: number;
  readonly aic: number;
  /** Number of IRLS iterations used (R's `fit$iter`). */
  readonly iterations: number;
  readonly converged: boolean;
  /** Residual degrees of freedom: rows with positive weight minus the number of coefficients. */
  readonly dfResidual: number;
  /** Null degrees of freedom: rows with positive weight minus 1 if there is an intercept. */
  readonly dfNull: number;
  readonly warnings: readonly GlmWarning[];
}

/** The model cannot be fitted (bad input, aliased columns, numerical breakdown). */
export class GlmError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GlmError';
  }
}

/** Inverse logit clamped as R's `logit_linkinv` in `family.c`. */
export function logitLinkinv(eta: number): number {
  const e = eta < MTHRESH ? DBL_EPSILON : eta > THRESH ? INVEPS : Math.exp(eta);
  return e / (1 + e);
}

/** d mu / d eta for the logit link, as R's `logit_mu_eta` in `family.c`. */
export function logitMuEta(eta: number): number {
  const opexp = 1 + Math.exp(eta);
  return eta > THRESH || eta < MTHRESH ? DBL_EPSILON : Math.exp(eta) / (opexp * opexp);
}

/** log(mu / (1 - mu)), R's `logit_link`. */
export function logitLink(mu: number): number {
  return Math.log(mu / (1 - mu));
}

/** y * log(y / mu), taken as 0 when y = 0 (R's `y_log_y` in `family.c`). */
function yLogY(y: number, mu: number): number {
  return y !== 0 ? y * Math.log(y / mu) : 0;
}

/** Sum of R's `binomial()$dev.resids`: 2 * wt * (y log(y/mu) + (1-y) log((1-y)/(1-mu))). */
function binomialDeviance(y: readonly number[], mu: (i: number) => number, weights: readonly number[]): number {
  let dev = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i] as number;
    const mi = mu(i);
    dev += 2 * (weights[i] as number) * (yLogY(yi, mi) + yLogY(1 - yi, 1 - mi));
  }
  return dev;
}

/**
 * R's `round(x)` to a whole number: halves go to the even neighbour (IEC 60559), so round(0.5) = 0
 * and round(2.5) = 2, where `Math.round` would give 1 and 3.
 */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** log(choose(n, k)) for non-negative integers k <= n, summed exactly enough for counts. */
function logChoose(n: number, k: number): number {
  const m = Math.min(k, n - k);
  let s = 0;
  for (let i = 1; i <= m; i++) s += Math.log((n - m + i) / i);
  return s;
}

/**
 * R's `binomial()$aic` (without the 2*rank term) for 0/1 or proportion responses where the binomial
 * totals are the prior weights (`n` = 1 for a vector response, so m = wt):
 * -2 * sum(ifelse(m > 0, wt/m, 0) * dbinom(round(m*y), round(m), mu, log = TRUE)).
 */
function binomialAic(y: readonly number[], mu: readonly number[], weights: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const m = weights[i] as number;
    if (!(m > 0)) continue;
    const size = roundHalfEven(m);
    const x = roundHalfEven(m * (y[i] as number));
    const p = mu[i] as number;
    // dbinom(x, size, p, log = TRUE); size = 0 (weight < 0.5) gives log(1) = 0 for x = 0.
    const logDensity = logChoose(size, x) + (x > 0 ? x * Math.log(p) : 0) + (size - x > 0 ? (size - x) * Math.log(1 - p) : 0);
    s += logDensity; // R's factor ifelse(m > 0, wt/m, 0) is 1 here because m = wt
  }
  return -2 * s;
}

/** Inverse of an upper-triangular p × p matrix by back substitution. */
function invertUpperTriangular(r: Matrix): Matrix {
  const p = r.rows;
  const inv = Matrix.zeros(p, p);
  for (let j = 0; j < p; j++) {
    inv.set(j, j, 1 / r.get(j, j));
    for (let i = j - 1; i >= 0; i--) {
      let s = 0;
      for (let k = i + 1; k <= j; k++) s += r.get(i, k) * inv.get(k, j);
      inv.set(i, j, -s / r.get(i, i));
    }
  }
  return inv;
}

/**
 * Householder QR without pivoting of the column-major m × p matrix `a` (overwritten), applied to
 * `b` (overwritten with Q'b), as ml-matrix's `QrDecomposition` (JAMA) does it but on typed arrays
 * without per-element accessor calls. Returns R and the least-squares solution of a·beta = b.
 * Callers have checked that no diagonal element of R is (numerically) zero before using `solution`.
 */
function householderQr(a: Float64Array, m: number, p: number, b: Float64Array): { r: Matrix; solution: number[] } {
  const rdiag = new Float64Array(p);
  for (let k = 0; k < p; k++) {
    const ck = k * m;
    let nrm = 0;
    for (let i = k; i < m; i++) nrm += (a[ck + i] as number) ** 2;
    nrm = Math.sqrt(nrm);
    if (nrm !== 0) {
      if ((a[ck + k] as number) < 0) nrm = -nrm;
      for (let i = k; i < m; i++) a[ck + i] = (a[ck + i] as number) / nrm;
      a[ck + k] = (a[ck + k] as number) + 1;
      const vkk = a[ck + k] as number;
      for (let j = k + 1; j < p; j++) {
        const cj = j * m;
        let s = 0;
        for (let i = k; i < m; i++) s += (a[ck + i] as number) * (a[cj + i] as number);
        s = -s / vkk;
        for (let i = k; i < m; i++) a[cj + i] = (a[cj + i] as number) + s * (a[ck + i] as number);
      }
      let s = 0;
      for (let i = k; i < m; i++) s += (a[ck + i] as number) * (b[i] as number);
      s = -s / vkk;
      for (let i = k; i < m; i++) b[i] = (b[i] as number) + s * (a[ck + i] as number);
    }
    rdiag[k] = -nrm;
  }
  const r = Matrix.zeros(p, p);
  for (let i = 0; i < p; i++) {
    r.set(i, i, rdiag[i] as number);
    for (let j = i + 1; j < p; j++) r.set(i, j, a[j * m + i] as number);
  }
  const solution = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i--) {
    let s = b[i] as number;
    for (let j = i + 1; j < p; j++) s -= r.get(i, j) * (solution[j] as number);
    solution[i] = s / (rdiag[i] as number);
  }
  return { r, solution };
}

function hasInterceptColumn(x: Matrix): boolean {
  for (let j = 0; j < x.columns; j++) {
    let all = true;
    for (let i = 0; i < x.rows && all; i++) all = x.get(i, j) === 1;
    if (all) return true;
  }
  return false;
}

/**
 * Fits the logistic regression of `y` (0/1, or proportions in [0, 1] with the binomial totals as
 * `weights`) on the design matrix `x` (n × p, include the intercept column yourself, e.g. via
 * `designMatrix`). Whether the model has an intercept (for the null deviance and its degrees of
 * freedom) is decided as R's `glm` does for `~ 1 + ...` formulas: here, a column of all ones.
 *
 * @throws GlmError on mismatched lengths, y outside [0, 1], negative or non-finite weights,
 *   fewer rows with positive weight than columns, aliased (linearly dependent) columns, or a
 *   numerical breakdown (non-finite values).
 */
export function logisticRegression(x: Matrix, y: readonly number[], options: GlmOptions = {}): GlmFit {
  const n = x.rows;
  const p = x.columns;
  const epsilon = options.epsilon ?? 1e-8;
  const maxit = options.maxit ?? 25;
  const weights = options.weights ?? new Array<number>(n).fill(1);
  const columnNames = options.columnNames ?? Array.from({ length: p }, (_, j) => `x${j + 1}`);

  if (y.length !== n) throw new GlmError(`y has ${y.length} values but the design matrix has ${n} rows`);
  if (weights.length !== n) throw new GlmError(`weights has ${weights.length} values but the design matrix has ${n} rows`);
  if (columnNames.length !== p) throw new GlmError(`${columnNames.length} column names for ${p} columns`);
  if (p === 0) throw new GlmError('the design matrix has no columns');
  if (!(epsilon > 0) || !(maxit >= 1)) throw new GlmError('epsilon must be positive and maxit at least 1');
  y.forEach((v, i) => {
    if (!(v >= 0 && v <= 1)) throw new GlmError(`y must be in [0, 1] (0/1 or a proportion); row ${i + 1} has ${v}`);
  });
  weights.forEach((v, i) => {
    if (!(v >= 0) || !Number.isFinite(v)) throw new GlmError(`weights must be finite and non-negative; row ${i + 1} has ${v}`);
  });
  // Column-major copy of x as one typed array: reading it is much faster than Matrix.get per element.
  const xc = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    const row = x.getRow(i);
    for (let j = 0; j < p; j++) {
      const v = row[j] as number;
      if (!Number.isFinite(v)) {
        throw new GlmError(`design matrix value at row ${i + 1}, column "${columnNames[j]}" is not finite`);
      }
      xc[j * n + i] = v;
    }
  }

  // binomial()$initialize: y[weights == 0] <- 0; mustart <- (weights * y + 0.5)/(weights + 1).
  const yy = y.map((v, i) => ((weights[i] as number) === 0 ? 0 : v));
  // binomial()$initialize warns (and the AIC rounds) when weights * y is not a whole number,
  // e.g. with fractional (inverse-probability) weights; the fit itself is still the quasi-ML one.
  const warnings: GlmWarning[] = [];
  if (yy.some((v, i) => Math.abs((weights[i] as number) * v - Math.round((weights[i] as number) * v)) > 1e-3)) {
    warnings.push({ code: 'non-integer-successes', message: 'non-integer #successes in a binomial glm!' });
  }
  const positive: number[] = [];
  for (let i = 0; i < n; i++) if ((weights[i] as number) > 0) positive.push(i);
  if (positive.length < p) {
    throw new GlmError(`${positive.length} rows with positive weight cannot determine ${p} coefficients`);
  }

  let eta = yy.map((v, i) => {
    const w = weights[i] as number;
    return logitLink((w * v + 0.5) / (w + 1));
  });
  let mu = eta.map(logitLinkinv);
  let devold = binomialDeviance(yy, (i) => mu[i] as number, weights);
  let dev = devold;
  const tol = Math.min(1e-7, epsilon / 1000);

  let coefficients: number[] = new Array<number>(p).fill(0);
  let r: Matrix | undefined;
  let workingWeights: number[] = new Array<number>(n).fill(0);
  let converged = false;
  let iterations = 0;

  for (let iter = 1; iter <= maxit; iter++) {
    iterations = iter;
    // good <- (weights > 0) & (mu.eta.val != 0); rows with zero weight take no part in the fit.
    const good: number[] = [];
    const muEta = eta.map(logitMuEta);
    for (const i of positive) if ((muEta[i] as number) !== 0) good.push(i);
    const ng = good.length;
    const xw = new Float64Array(ng * p); // sqrt(w)·X, column-major
    const zw = new Float64Array(ng);
    workingWeights = new Array<number>(n).fill(0);
    for (let row = 0; row < ng; row++) {
      const i = good[row] as number;
      const me = muEta[i] as number;
      const m = mu[i] as number;
      const z = (eta[i] as number) + ((yy[i] as number) - m) / me;
      const ww = ((weights[i] as number) * me * me) / (m * (1 - m));
      workingWeights[i] = ww;
      const sw = Math.sqrt(ww);
      for (let j = 0; j < p; j++) xw[j * ng + row] = (xc[j * n + i] as number) * sw;
      zw[row] = z * sw;
    }
    const norms = new Float64Array(p);
    for (let j = 0; j < p; j++) {
      let norm = 0;
      for (let row = 0; row < ng; row++) norm += (xw[j * ng + row] as number) ** 2;
      norms[j] = Math.sqrt(norm);
    }
    const qr = householderQr(xw, ng, p, zw);
    r = qr.r;
    for (let j = 0; j < p; j++) {
      if (!(Math.abs(r.get(j, j)) > tol * (norms[j] as number))) {
        throw new GlmError(
          `column "${columnNames[j]}" is linearly dependent on the columns before it (aliased); R would report an NA coefficient`,
        );
      }
    }
    const beta = qr.solution;
    if (!beta.every(Number.isFinite)) throw new GlmError(`non-finite coefficients at IRLS iteration ${iter}`);
    coefficients = beta;

    const etaC = new Float64Array(n);
    for (let j = 0; j < p; j++) {
      const bj = beta[j] as number;
      const off = j * n;
      for (let i = 0; i < n; i++) etaC[i] = (etaC[i] as number) + (xc[off + i] as number) * bj;
    }
    eta = Array.from(etaC);
    mu = eta.map(logitLinkinv);
    dev = binomialDeviance(yy, (i) => mu[i] as number, weights);
    if (!Number.isFinite(dev)) throw new GlmError(`non-finite deviance at IRLS iteration ${iter}`);
    if (Math.abs(dev - devold) / (Math.abs(dev) + 0.1) < epsilon) {
      converged = true;
      break;
    }
    devold = dev;
  }

  if (r === undefined) throw new GlmError('no IRLS iteration was run');
  const rInv = invertUpperTriangular(r);
  const covariance = rInv.mmul(rInv.transpose());
  const standardErrors = Array.from({ length: p }, (_, j) => Math.sqrt(covariance.get(j, j)));

  if (!converged) warnings.push({ code: 'not-converged', message: 'glm.fit: algorithm did not converge' });
  const eps = 10 * DBL_EPSILON;
  if (mu.some((m) => m > 1 - eps || m < eps)) {
    warnings.push({ code: 'fitted-probabilities-0-or-1', message: 'glm.fit: fitted probabilities numerically 0 or 1 occurred' });
  }

  const intercept = options.intercept ?? hasInterceptColumn(x);
  let sumW = 0;
  let sumWy = 0;
  for (let i = 0; i < n; i++) {
    sumW += weights[i] as number;
    sumWy += (weights[i] as number) * (yy[i] as number);
  }
  const wtdmu = intercept ? sumWy / sumW : logitLinkinv(0);
  const nullDeviance = binomialDeviance(yy, () => wtdmu, weights);
  const aic = binomialAic(yy, mu, weights) + 2 * p;

  return {
    columnNames: [...columnNames],
    coefficients,
    standardErrors,
    zValues: coefficients.map((b, j) => b / (standardErrors[j] as number)),
    covariance,
    fittedValues: mu,
    linearPredictors: eta,
    workingWeights,
    priorWeights: [...weights],
    deviance: dev,
    nullDeviance,
    aic,
    iterations,
    converged,
    dfResidual: positive.length - p,
    dfNull: positive.length - (intercept ? 1 : 0),
    warnings,
  };
}
