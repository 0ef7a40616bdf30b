/**
 * Cox proportional hazards regression as R's `survival::coxph(Surv(time, event) ~ x1 + x2 + ...)`
 * (right-censored data, no strata, no offset), with `ties = "efron"` (R's default) or `"breslow"`,
 * and optional case weights (`weights =`; the variance reported is the model-based one, coxph's
 * `robust = FALSE`).
 *
 * The fit follows coxph's C routine (coxfit6) step by step so that the number of iterations and the
 * converged values are the ones R reports:
 *  - start at beta = 0; log partial likelihood, score u and information I at 0 give loglik[1] and the
 *    score (log-rank) test u' I^-1 u;
 *  - Newton-Raphson: beta_new = beta + I^-1 u; at the new point, if |1 - loglik_best / loglik_new| <= eps
 *    (coxph.control eps = 1e-9), stop there; if the log likelihood went down (or is not finite), step
 *    back towards the last accepted beta (halving, then 2/3 back, ...); at most iter.max = 20 new points.
 *    The reported iteration count is that of coxfit6 (iter.max + 1 when it ran out of iterations);
 *  - the variance is the inverse information at the final beta; the Wald test is beta' I beta and the
 *    likelihood-ratio test 2 (loglik[2] - loglik[1]), each on p degrees of freedom.
 * Newton-Raphson is invariant to the centring and scaling coxph applies to covariates, so the iterates
 * are the same; centring is done here only for numerical stability of exp(x beta).
 *
 * Efron's approximation for d tied events at one time (weights w_i, mean weight m = sum w_i / d):
 *   log L contribution = sum_i w_i eta_i - m sum_{k=0}^{d-1} log(S0 - k/d * D0),
 * where S0 is the weighted sum of exp(eta) over the risk set and D0 over the tied events; score and
 * information follow with S1/D1, S2/D2 likewise. Breslow uses S0 for all d terms.
 *
 * Not reproduced: strata, offsets, (start, stop] data, robust/cluster variance, R's `aeqSurv` merging
 * of nearly equal times, and coxph's detection of infinite coefficients (monotone likelihood). When
 * iter.max runs out, beta and loglik are R's, but the variance reported here is the inverse information
 * at that beta, which need not be what coxph reports in that (warned-about) case.
 */
import { CholeskyDecomposition, Matrix, inverse } from 'ml-matrix';
import { chiSquareUpperTail, normalQuantile, twoSidedNormalP } from './log-rank.ts';

export type CoxTies = 'efron' | 'breslow';

export interface CoxObservation {
  time: number;
  event: boolean | 0 | 1;
  /** Covariate values in the order of `names`. */
  x: number[];
  /** Case weight (coxph `weights`), default 1. */
  weight?: number;
}

export interface CoxOptions {
  names?: string[];
  ties?: CoxTies;
  /** coxph.control(iter.max), default 20. */
  maxIter?: number;
  /** coxph.control(eps), default 1e-9. */
  eps?: number;
  /** Level of the hazard-ratio confidence interval, default 0.95. */
  confLevel?: number;
}

export interface CoxCoefficient {
  name: string;
  coef: number;
  hazardRatio: number;
  se: number;
  z: number;
  p: number;
  hrLower: number;
  hrUpper: number;
}

export interface CoxTest {
  statistic: number;
  df: number;
  p: number;
}

export interface CoxResult {
  ties: CoxTies;
  coefficients: CoxCoefficient[];
  /** Inverse information at the estimate (coxph `var`). */
  variance: number[][];
  /** coxph `loglik`: [at beta = 0, at the estimate]. */
  loglik: [number, number];
  iterations: number;
  converged: boolean;
  /** How many times a new point was rejected (log likelihood went down) and the step shortened. */
  stepHalvings: number;
  likelihoodRatioTest: CoxTest;
  waldTest: CoxTest;
  /** Score test at beta = 0 (the log-rank test for a single binary covariate with Breslow/Efron without ties). */
  scoreTest: CoxTest;
  /** Number of observations (coxph `n`) and of events (coxph `nevent`, unweighted). */
  n: number;
  nevent: number;
}

interface PreparedRow {
  time: number;
  event: boolean;
  x: number[];
  w: number;
}

interface PartialLikelihood {
  loglik: number;
  score: number[];
  information: number[][];
}

/** Log partial likelihood, score and information at beta (rows sorted by time, descending). */
function partialLikelihood(rows: PreparedRow[], beta: number[], ties: CoxTies): PartialLikelihood {
  const p = beta.length;
  const zeros = () => new Array<number>(p).fill(0);
  const zeroMat = () => Array.from({ length: p }, () => new Array<number>(p).fill(0));
  let loglik = 0;
  const score = zeros();
  const information = zeroMat();
  let s0 = 0;
  const s1 = zeros();
  const s2 = zeroMat();
  // Scratch for the tied events at one time and the risk-set mean, reused across times.
  const d1 = zeros();
  const d2 = zeroMat();
  const mean = zeros();
  let i = 0;
  while (i < rows.length) {
    const t = rows[i]!.time;
    let d0 = 0;
    for (let j = 0; j < p; j++) {
      d1[j] = 0;
      for (let k = 0; k <= j; k++) d2[j]![k] = 0;
    }
    let nDeaths = 0;
    let sumWDeaths = 0;
    // Everyone with this time joins the risk set (the risk set at t includes those who die at t).
    while (i < rows.length && rows[i]!.time === t) {
      const r = rows[i]!;
      let eta = 0;
      for (let j = 0; j < p; j++) eta += r.x[j]! * beta[j]!;
      const risk = r.w * Math.exp(eta);
      s0 += risk;
      for (let j = 0; j < p; j++) {
        s1[j]! += risk * r.x[j]!;
        for (let k = 0; k <= j; k++) s2[j]![k]! += risk * r.x[j]! * r.x[k]!;
      }
      if (r.event) {
        nDeaths++;
        sumWDeaths += r.w;
        loglik += r.w * eta;
        for (let j = 0; j < p; j++) score[j]! += r.w * r.x[j]!;
        d0 += risk;
        for (let j = 0; j < p; j++) {
          d1[j]! += risk * r.x[j]!;
          for (let k = 0; k <= j; k++) d2[j]![k]! += risk * r.x[j]! * r.x[k]!;
        }
      }
      i++;
    }
    if (nDeaths === 0) continue;
    const addTerm = (weight: number, frac: number) => {
      const a0 = s0 - frac * d0;
      loglik -= weight * Math.log(a0);
      for (let j = 0; j < p; j++) mean[j] = (s1[j]! - frac * d1[j]!) / a0;
      for (let j = 0; j < p; j++) {
        score[j]! -= weight * mean[j]!;
        for (let k = 0; k <= j; k++) {
          information[j]![k]! += weight * ((s2[j]![k]! - frac * d2[j]![k]!) / a0 - mean[j]! * mean[k]!);
        }
      }
    };
    if (ties === 'breslow' || nDeaths === 1) {
      addTerm(sumWDeaths, 0);
    } else {
      const meanWeight = sumWDeaths / nDeaths;
      for (let k = 0; k < nDeaths; k++) addTerm(meanWeight, k / nDeaths);
    }
  }
  for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) information[k]![j]! = information[j]![k]!;
  return { loglik, score, information };
}

function newtonStep(information: number[][], score: number[]): number[] {
  const chol = new CholeskyDecomposition(new Matrix(information));
  if (!chol.isPositiveDefinite()) throw new Error('coxph: information matrix is not positive definite');
  return chol.solve(Matrix.columnVector(score)).to1DArray();
}

/** Fit a Cox model; see the module comment for the exact correspondence with coxph. */
export function coxph(data: CoxObservation[], options: CoxOptions = {}): CoxResult {
  const ties = options.ties ?? 'efron';
  const maxIter = options.maxIter ?? 20;
  const eps = options.eps ?? 1e-9;
  const confLevel = options.confLevel ?? 0.95;
  if (data.length === 0) throw new Error('coxph: no observations');
  const p = data[0]!.x.length;
  const names = options.names ?? Array.from({ length: p }, (_, j) => `x${j + 1}`);
  if (names.length !== p) throw new Error('coxph: names must match the number of covariates');
  for (const o of data) {
    if (o.x.length !== p) throw new Error('coxph: every observation needs the same number of covariates');
    if (!Number.isFinite(o.time) || o.x.some((v) => !Number.isFinite(v))) throw new Error('coxph: non-finite time or covariate');
    if (o.weight !== undefined && !(o.weight > 0)) throw new Error('coxph: weights must be positive');
  }
  // Centre covariates (weighted means); this leaves the partial likelihood unchanged.
  const totalW = data.reduce((s, o) => s + (o.weight ?? 1), 0);
  const means = Array.from({ length: p }, (_, j) => data.reduce((s, o) => s + (o.weight ?? 1) * o.x[j]!, 0) / totalW);
  const rows: PreparedRow[] = data
    .map((o) => ({ time: o.time, event: o.event === true || o.event === 1, x: o.x.map((v, j) => v - means[j]!), w: o.weight ?? 1 }))
    .sort((a, b) => b.time - a.time);

  // Iteration 0 at beta = 0.
  let beta = new Array<number>(p).fill(0);
  const at0 = partialLikelihood(rows, beta, ties);
  const loglik0 = at0.loglik;
  const step0 = newtonStep(at0.information, at0.score);
  const scoreStat = at0.score.reduce((s, u, j) => s + u * step0[j]!, 0);
  let newBeta = beta.map((b, j) => b + step0[j]!);
  let loglik = loglik0;
  let current = at0;
  let halving = 0;
  let stepHalvings = 0;
  let converged = false;
  let iterations = maxIter + 1; // coxfit6's loop counter when it runs out of iterations
  for (let iter = 1; iter <= maxIter; iter++) {
    const at = partialLikelihood(rows, newBeta, ties);
    const finite = Number.isFinite(at.loglik) && at.score.every(Number.isFinite) && at.information.every((r) => r.every(Number.isFinite));
    if (finite && Math.abs(1 - loglik / at.loglik) <= eps) {
      beta = newBeta;
      loglik = at.loglik;
      current = at;
      converged = true;
      iterations = iter;
      break;
    }
    if (!finite || at.loglik < loglik) {
      // Not improving: move back towards the last accepted beta, more aggressively each time
      // (coxfit6: newbeta = (newbeta + halving * beta) / (halving + 1)).
      halving++;
      stepHalvings++;
      newBeta = newBeta.map((b, j) => (b + halving * beta[j]!) / (halving + 1));
    } else {
      halving = 0;
      loglik = at.loglik;
      current = at;
      const step = newtonStep(at.information, at.score);
      beta = newBeta;
      newBeta = newBeta.map((b, j) => b + step[j]!);
    }
  }
  if (!converged) {
    // Ran out of iterations: like coxfit6, report the last accepted beta and its log likelihood.
    // (The variance here is the inverse information at that beta.)
    current = partialLikelihood(rows, beta, ties);
    loglik = current.loglik;
  }

  const variance = inverse(new Matrix(current.information)).to2DArray();
  const z975 = normalQuantile(1 - (1 - confLevel) / 2);
  const coefficients: CoxCoefficient[] = beta.map((b, j) => {
    const se = Math.sqrt(variance[j]![j]!);
    const z = b / se;
    return {
      name: names[j]!,
      coef: b,
      hazardRatio: Math.exp(b),
      se,
      z,
      p: twoSidedNormalP(z),
      hrLower: Math.exp(b - z975 * se),
      hrUpper: Math.exp(b + z975 * se),
    };
  });
  const lr = 2 * (loglik - loglik0);
  let wald = 0;
  for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) wald += beta[j]! * current.information[j]![k]! * beta[k]!;
  const test = (statistic: number): CoxTest => ({ statistic, df: p, p: chiSquareUpperTail(statistic, p) });
  return {
    ties,
    coefficients,
    variance,
    loglik: [loglik0, loglik],
    iterations,
    converged,
    stepHalvings,
    likelihoodRatioTest: test(lr),
    waldTest: test(wald),
    scoreTest: test(scoreStat),
    n: data.length,
    nevent: rows.filter((r) => r.event).length,
  };
}
