/**
 * Difference-in-differences on a panel: two-way fixed effects (TWFE), an event study with leads and lags,
 * and a joint Wald pre-trend test. Each matches an R reference (scripts/reference/did-synthetic.R):
 *
 * - `twfeDid` matches `lm(y ~ D + factor(unit) + factor(period))` with
 *   `sandwich::vcovCL(fit, cluster = ~group, type = "HC1")` (cadjust = TRUE), D = 1 when the unit's cohort
 *   start is set and period >= start. CIs/p-values as `lmtest::coeftest`/`coefci` on that lm: Student t with
 *   df = df.residual(fit) = n - (k + #unit FE + #period FE).
 * - `eventStudy` matches the lm with relative-time dummies 1[period - start = k] for k in [-L, K], k = -1
 *   omitted (the reference), never-treated units all-zero (they are the controls), plus unit and period FE.
 *   Endpoints: `'bin'` (default) puts every k < -L into the -L dummy and every k > K into the K dummy (so
 *   the whole panel is used and the end coefficients are averages over the binned relative times);
 *   `'trim'` drops the rows of treated units with k outside [-L, K] before estimating.
 * - `preTrendTest` is the Wald test of the leads k = -L..-2 (L - 1 of them): W = b' V^-1 b with V the
 *   cluster-robust vcov of those coefficients, p = `pchisq(W, L - 1, lower.tail = FALSE)`. When p < alpha
 *   (default 0.05) it returns the warning code `'pre_trends_not_flat'`.
 *
 * Estimation uses the within transformation, not dummies (a QR with one column per unit is far too slow in
 * JavaScript for person panels): y and the regressors are demeaned by unit and by period by alternating
 * projections (one sweep is exact on a balanced panel; unbalanced panels iterate to convergence), then `wls`
 * fits the demeaned regression without intercept. By Frisch-Waugh-Lovell the coefficients and residuals are
 * those of the dummy regression, and so are the cluster score sums X~_g' e_g of the coefficients of interest,
 * so vcovCL's sandwich is the same. Only the degrees of freedom differ: the dummy lm has
 * p = k + (#units + #periods - #components) parameters (#components = connected components of the
 * unit-period bipartite graph, 1 for any ordinary panel), so HC1's (n-1)/(n-k) is replaced by
 * (n-1)/(n-p) and the t df by n - p. This is exactly what R's lm + vcovCL on the dummy regression gives
 * (fixest::feols would instead treat FE nested in clusters differently; it is not what we match).
 *
 * Note: with staggered adoption and dynamic effects the TWFE coefficient is a weighted average that can
 * differ from the average effect (already-treated units act as controls); the event study with
 * never-treated controls is the diagnostic. Observation weights are not supported.
 */
import { Matrix } from 'ml-matrix';
import { chiSquareUpperTail } from './log-rank.ts';
import { coefTest, vcovCL, wls, type CoefRow } from './ols.ts';

export interface PanelObservation {
  readonly unit: string | number;
  readonly period: number;
  /** Cluster (e.g. municipality). Units should be nested in clusters. */
  readonly group: string | number;
  /** First treated period of the unit's cohort; null/undefined for never treated. */
  readonly start?: number | null;
  readonly y: number;
}

export interface DidEstimate {
  readonly estimate: number;
  readonly se: number;
  readonly t: number;
  readonly p: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}

export interface TwfeResult extends DidEstimate {
  readonly n: number;
  readonly nUnits: number;
  readonly nPeriods: number;
  readonly nClusters: number;
  /** n minus all parameters incl. fixed effects (R's df.residual of the dummy lm). */
  readonly dfResidual: number;
  /** Number of parameters of the equivalent dummy regression (R's fit$rank). */
  readonly parameters: number;
}

export interface EventStudyCoefficient extends DidEstimate {
  /** Relative time period - start; with binning, the end values stand for k <= -L and k >= K. */
  readonly k: number;
}

export type PreTrendWarning = 'pre_trends_not_flat';

export interface PreTrendTest {
  readonly statistic: number;
  readonly df: number;
  readonly p: number;
  readonly alpha: number;
  readonly warning: PreTrendWarning | null;
}

export interface EventStudyResult {
  readonly endpoints: 'bin' | 'trim';
  readonly leads: number;
  readonly lags: number;
  readonly coefficients: EventStudyCoefficient[];
  /** Cluster-robust vcov of the coefficients, in the order of `coefficients`. */
  readonly vcov: number[][];
  readonly n: number;
  readonly dfResidual: number;
  readonly nClusters: number;
  readonly preTrend: PreTrendTest | null;
}

export interface EventStudyOptions {
  /** L: leads -L..-2 are estimated (-1 is the reference). Default 4. */
  leads?: number;
  /** K: lags 0..K. Default 4. */
  lags?: number;
  /** 'bin' (default) or 'trim', see the module doc. */
  endpoints?: 'bin' | 'trim';
  /** Significance level of the pre-trend warning (default 0.05). */
  alpha?: number;
  /** Confidence level (default 0.95). */
  level?: number;
}

function isTreated(o: PanelObservation): boolean {
  return o.start !== null && o.start !== undefined;
}

function checkRows(rows: readonly PanelObservation[]): void {
  if (rows.length === 0) throw new Error('did: empty panel');
  const seen = new Set<string>();
  const startOf = new Map<string | number, number | null>();
  for (const r of rows) {
    if (!Number.isFinite(r.y) || !Number.isFinite(r.period)) throw new Error('did: y and period must be finite');
    const key = `${typeof r.unit}:${r.unit}\u0000${r.period}`;
    if (seen.has(key)) throw new Error(`did: unit ${r.unit} has period ${r.period} twice`);
    seen.add(key);
    const s = isTreated(r) ? r.start! : null;
    const prev = startOf.get(r.unit);
    if (prev !== undefined && prev !== s) throw new Error(`did: unit ${r.unit} has more than one start`);
    startOf.set(r.unit, s);
  }
}

/** Integer codes of the distinct values of `values`, in order of first appearance. */
function codes<T>(values: readonly T[]): { code: number[]; levels: number } {
  const index = new Map<T, number>();
  const code = values.map((v) => {
    let c = index.get(v);
    if (c === undefined) {
      c = index.size;
      index.set(v, c);
    }
    return c;
  });
  return { code, levels: index.size };
}

/** Connected components of the bipartite unit-period graph (union-find). */
function components(unit: number[], nUnits: number, period: number[], nPeriods: number): number {
  const parent = Array.from({ length: nUnits + nPeriods }, (_, i) => i);
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]!]!;
      a = parent[a]!;
    }
    return a;
  };
  for (let i = 0; i < unit.length; i++) {
    const a = find(unit[i]!);
    const b = find(nUnits + period[i]!);
    if (a !== b) parent[a] = b;
  }
  let c = 0;
  for (let i = 0; i < parent.length; i++) if (find(i) === i) c++;
  return c;
}

/**
 * Two-way demeaning of `columns` (each of length n) by alternating projections on unit and period means.
 * Exact after one sweep on a balanced panel; otherwise iterated until the largest change is below
 * 1e-13 times the column scale.
 */
function demean2(columns: number[][], unit: number[], nUnits: number, period: number[], nPeriods: number): number[][] {
  const n = unit.length;
  const unitCount = new Array<number>(nUnits).fill(0);
  const periodCount = new Array<number>(nPeriods).fill(0);
  for (let i = 0; i < n; i++) {
    unitCount[unit[i]!]!++;
    periodCount[period[i]!]!++;
  }
  const means = (x: number[], by: number[], count: number[]): number[] => {
    const sums = new Array<number>(count.length).fill(0);
    for (let i = 0; i < n; i++) sums[by[i]!] = sums[by[i]!]! + x[i]!;
    for (let g = 0; g < count.length; g++) sums[g] = sums[g]! / count[g]!;
    return sums;
  };
  const sweep = (x: number[], by: number[], count: number[]): void => {
    const m = means(x, by, count);
    for (let i = 0; i < n; i++) x[i] = x[i]! - m[by[i]!]!;
  };
  return columns.map((col) => {
    const x = [...col];
    const scale = x.reduce((a, v) => Math.max(a, Math.abs(v)), 1);
    for (let iter = 0; iter < 100000; iter++) {
      sweep(x, unit, unitCount);
      sweep(x, period, periodCount);
      // Period means are now zero; converged when the unit means are ~0 as well.
      const worst = means(x, unit, unitCount).reduce((a, v) => Math.max(a, Math.abs(v)), 0);
      if (worst < 1e-13 * scale) return x;
    }
    throw new Error('did: two-way demeaning did not converge');
  });
}

interface FeFit {
  rows: CoefRow[];
  vcov: Matrix;
  n: number;
  nUnits: number;
  nPeriods: number;
  nClusters: number;
  dfResidual: number;
  parameters: number;
}

/** OLS of y on `regressors` plus unit and period FE via the within transformation; vcovCL HC1 by group. */
function fitFe(
  rows: readonly PanelObservation[],
  regressors: number[][],
  names: string[],
  level: number,
): FeFit {
  const n = rows.length;
  const u = codes(rows.map((r) => r.unit));
  const t = codes(rows.map((r) => r.period));
  const nClusters = new Set(rows.map((r) => r.group)).size;
  const [yd, ...xd] = demean2([rows.map((r) => r.y), ...regressors], u.code, u.levels, t.code, t.levels);
  const k = names.length;
  const X = new Matrix(n, k);
  for (let j = 0; j < k; j++) for (let i = 0; i < n; i++) X.set(i, j, xd[j]![i]!);
  const fit = wls(X, yd!, { names });
  const parameters = k + u.levels + t.levels - components(u.code, u.levels, t.code, t.levels);
  const dfResidual = n - parameters;
  if (dfResidual <= 0) throw new Error('did: no residual degrees of freedom');
  // vcovCL on the demeaned fit scales by (n-1)/(n-k); the dummy lm's HC1 uses (n-1)/(n-parameters).
  const vcov = vcovCL(fit, rows.map((r) => r.group), { type: 'HC1' }).mul((n - k) / dfResidual);
  return {
    rows: coefTest(fit, vcov, { df: dfResidual, level }),
    vcov, n, nUnits: u.levels, nPeriods: t.levels, nClusters, dfResidual, parameters,
  };
}

function estimateOf(r: CoefRow): DidEstimate {
  return { estimate: r.estimate, se: r.se, t: r.t, p: r.p, ciLow: r.ciLow, ciHigh: r.ciHigh };
}

/** TWFE DiD: y ~ D + unit FE + period FE, cluster-robust (HC1) SE by `group`. See the module doc. */
export function twfeDid(rows: readonly PanelObservation[], options: { level?: number } = {}): TwfeResult {
  checkRows(rows);
  const D = rows.map((r) => (isTreated(r) && r.period >= r.start! ? 1 : 0));
  const f = fitFe(rows, [D], ['D'], options.level ?? 0.95);
  return {
    ...estimateOf(f.rows[0]!),
    n: f.n, nUnits: f.nUnits, nPeriods: f.nPeriods, nClusters: f.nClusters,
    dfResidual: f.dfResidual, parameters: f.parameters,
  };
}

/** Event study with leads -L..-2 and lags 0..K (k = -1 omitted), never-treated controls. See the module doc. */
export function eventStudy(rows: readonly PanelObservation[], options: EventStudyOptions = {}): EventStudyResult {
  checkRows(rows);
  const L = options.leads ?? 4;
  const K = options.lags ?? 4;
  const endpoints = options.endpoints ?? 'bin';
  const alpha = options.alpha ?? 0.05;
  if (!Number.isInteger(L) || L < 1 || !Number.isInteger(K) || K < 0) {
    throw new Error('eventStudy: leads must be an integer >= 1 and lags an integer >= 0');
  }
  const rel = (r: PanelObservation): number | null => (isTreated(r) ? r.period - r.start! : null);
  const used = endpoints === 'trim'
    ? rows.filter((r) => {
        const k = rel(r);
        return k === null || (k >= -L && k <= K);
      })
    : [...rows];
  const ks: number[] = [];
  for (let k = -L; k <= K; k++) if (k !== -1) ks.push(k);
  const relK = used.map((r) => {
    const k = rel(r);
    return k === null ? null : Math.min(Math.max(k, -L), K);
  });
  const regressors = ks.map((k) => relK.map((rk) => (rk === k ? 1 : 0)));
  const names = ks.map((k) => (k < 0 ? `lead${-k}` : `lag${k}`));
  const f = fitFe(used, regressors, names, options.level ?? 0.95);
  const coefficients = f.rows.map((r, j) => ({ k: ks[j]!, ...estimateOf(r) }));
  const vcov = f.vcov.to2DArray();
  const leadIdx = ks.map((k, j) => (k <= -2 ? j : -1)).filter((j) => j >= 0);
  const preTrend = leadIdx.length === 0
    ? null
    : waldTest(leadIdx.map((j) => coefficients[j]!.estimate), leadIdx.map((a) => leadIdx.map((b) => vcov[a]![b]!)), alpha);
  return {
    endpoints, leads: L, lags: K, coefficients, vcov, n: f.n, dfResidual: f.dfResidual, nClusters: f.nClusters, preTrend,
  };
}

/** Chi-square Wald test that b = 0 given its vcov V: W = b' V^-1 b, df = length(b). */
export function waldTest(b: readonly number[], V: readonly (readonly number[])[], alpha = 0.05): PreTrendTest {
  const m = b.length;
  // Solve V x = b by Cholesky (V is a covariance matrix); fall back to an error if not positive definite.
  const Lc: number[][] = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let s = V[i]![j]!;
      for (let q = 0; q < j; q++) s -= Lc[i]![q]! * Lc[j]![q]!;
      if (i === j) {
        if (!(s > 0)) throw new Error('waldTest: vcov is not positive definite');
        Lc[i]![i] = Math.sqrt(s);
      } else Lc[i]![j] = s / Lc[j]![j]!;
    }
  }
  // W = |L^-1 b|^2
  const z = new Array<number>(m).fill(0);
  let statistic = 0;
  for (let i = 0; i < m; i++) {
    let s = b[i]!;
    for (let q = 0; q < i; q++) s -= Lc[i]![q]! * z[q]!;
    z[i] = s / Lc[i]![i]!;
    statistic += z[i]! * z[i]!;
  }
  const p = chiSquareUpperTail(statistic, m);
  return { statistic, df: m, p, alpha, warning: p < alpha ? 'pre_trends_not_flat' : null };
}

/** The pre-trend test of an event study (null when it has no leads beyond the reference). */
export function preTrendTest(es: EventStudyResult): PreTrendTest | null {
  return es.preTrend;
}
