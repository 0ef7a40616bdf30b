import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Matrix } from 'ml-matrix';
import {
  coefTest, studentTCdf, studentTQuantile, vcovCL, vcovClassical, vcovHC, wls,
  type CoefRow, type WlsFit,
} from './ols.ts';

// Fixture made by scripts/reference/att-lalonde.R (R 4.2.2, MatchIt 4.5.1, sandwich 3.0.2, lmtest 0.9.40).
const fixture = JSON.parse(readFileSync(new URL('./fixtures/att-lalonde.json', import.meta.url), 'utf8'));

interface RCoefTest {
  names: string[]; coef: number[]; se: number[]; t: number[]; p: number[];
  ci_low: number[]; ci_high: number[]; df: number; vcov: number[][];
}

const REL = 1e-6;

function assertClose(actual: number, expected: number, rel: number, what: string): void {
  const err = expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  assert.ok(err <= rel, `${what}: got ${actual}, R ${expected} (relative error ${err})`);
}

function assertCoefTest(rows: CoefRow[], r: RCoefTest, what: string): void {
  assert.deepEqual(rows.map((x) => x.name), r.names, `${what}: names`);
  rows.forEach((row, j) => {
    assertClose(row.estimate, r.coef[j]!, REL, `${what} ${row.name} estimate`);
    assertClose(row.se, r.se[j]!, REL, `${what} ${row.name} se`);
    assertClose(row.t, r.t[j]!, REL, `${what} ${row.name} t`);
    assertClose(row.p, r.p[j]!, REL, `${what} ${row.name} p`);
    assertClose(row.ciLow, r.ci_low[j]!, REL, `${what} ${row.name} ci low`);
    assertClose(row.ciHigh, r.ci_high[j]!, REL, `${what} ${row.name} ci high`);
  });
}

function assertVcov(V: Matrix, r: number[][], what: string): void {
  for (let i = 0; i < V.rows; i++) {
    for (let j = 0; j < V.columns; j++) {
      // Off-diagonal entries can be near zero; compare relative to the diagonal scale.
      const scale = Math.sqrt(Math.abs(r[i]![i]! * r[j]![j]!));
      const err = Math.abs(V.get(i, j) - r[i]![j]!) / scale;
      assert.ok(err <= REL, `${what} vcov[${i},${j}]: got ${V.get(i, j)}, R ${r[i]![j]} (error ${err})`);
    }
  }
}

type Rows = Record<string, (number | string)[]>;

const FULL_NAMES = ['(Intercept)', 'treat', 'age', 'educ', 'racehispan', 'racewhite', 'married', 'nodegree', 're74', 're75'];

/** Model matrix for re78 ~ treat (+ covariates), race with "black" as reference level as in R. */
function design(rows: Rows, covariates: boolean): Matrix {
  const n = rows.treat!.length;
  return new Matrix(
    Array.from({ length: n }, (_, i) => {
      const base = [1, Number(rows.treat![i])];
      if (!covariates) return base;
      const race = rows.race![i];
      return [
        ...base, Number(rows.age![i]), Number(rows.educ![i]), race === 'hispan' ? 1 : 0, race === 'white' ? 1 : 0,
        Number(rows.married![i]), Number(rows.nodegree![i]), Number(rows.re74![i]), Number(rows.re75![i]),
      ];
    }),
  );
}

function fitFrom(rows: Rows, covariates: boolean): WlsFit {
  return wls(design(rows, covariates), rows.re78 as number[], {
    weights: rows.weights as number[],
    names: covariates ? FULL_NAMES : FULL_NAMES.slice(0, 2),
  });
}

const matched = fixture.matched;
const ipw = fixture.ipw;

test('weighted least squares reproduces lm coefficients, residuals, fitted values, df and sigma', () => {
  for (const [rows, covariates, r] of [
    [matched.rows, false, matched.fit1], [matched.rows, true, matched.fit2],
    [ipw.rows, false, ipw.fit3], [ipw.rows, true, ipw.fit4],
  ] as const) {
    const fit = fitFrom(rows, covariates);
    fit.coefficients.forEach((b, j) => assertClose(b, r.coef[j], REL, `coef ${fit.names[j]}`));
    assert.equal(fit.dfResidual, r.df_residual);
    assertClose(fit.sigma, r.sigma, REL, 'sigma');
    // Residuals and fitted values: compare on the scale of the outcome (some residuals are near 0).
    const scale = Math.max(...(r.fitted as number[]).map(Math.abs));
    fit.residuals.forEach((e, i) => assert.ok(Math.abs(e - r.residuals[i]) <= REL * scale, `residual ${i}`));
    fit.fitted.forEach((f, i) => assert.ok(Math.abs(f - r.fitted[i]) <= REL * scale, `fitted ${i}`));
  }
});

test('cluster-robust SEs equal sandwich::vcovCL(cluster = ~subclass) with coeftest/coefci on the matched sample', () => {
  const fit1 = fitFrom(matched.rows, false);
  const cl = matched.rows.subclass as number[];
  const V1 = vcovCL(fit1, cl);
  assertVcov(V1, matched.fit1.cl.vcov, 'fit1 CL');
  assertCoefTest(coefTest(fit1, V1), matched.fit1.cl, 'fit1 CL');
  assert.equal(matched.fit1.cl.df, fit1.dfResidual);
  assertCoefTest(coefTest(fit1, vcovCL(fit1, cl, { type: 'HC0' })), matched.fit1.cl_hc0, 'fit1 CL HC0');
  assertCoefTest(coefTest(fit1, vcovCL(fit1, cl, { cadjust: false })), matched.fit1.cl_hc1_nocadjust, 'fit1 CL no cadjust');

  const fit2 = fitFrom(matched.rows, true);
  const V2 = vcovCL(fit2, cl);
  assertVcov(V2, matched.fit2.cl.vcov, 'fit2 CL');
  assertCoefTest(coefTest(fit2, V2), matched.fit2.cl, 'fit2 CL');
});

test('heteroskedasticity-consistent SEs equal sandwich::vcovHC HC0-HC3 for weighted and unweighted fits', () => {
  const fit1 = fitFrom(matched.rows, false);
  assertCoefTest(coefTest(fit1, vcovHC(fit1, 'HC0')), matched.fit1.hc0, 'fit1 HC0');
  assertCoefTest(coefTest(fit1, vcovHC(fit1, 'HC1')), matched.fit1.hc1, 'fit1 HC1');
  const fit2 = fitFrom(matched.rows, true);
  for (const type of ['HC0', 'HC1', 'HC2', 'HC3'] as const) {
    const V = vcovHC(fit2, type);
    assertVcov(V, matched.fit2[type.toLowerCase()].vcov, `fit2 ${type}`);
    assertCoefTest(coefTest(fit2, V), matched.fit2[type.toLowerCase()], `fit2 ${type}`);
  }
  const fit3 = fitFrom(ipw.rows, false);
  for (const type of ['HC0', 'HC1', 'HC2', 'HC3'] as const) {
    assertCoefTest(coefTest(fit3, vcovHC(fit3, type)), ipw.fit3[type.toLowerCase()], `ipw fit3 ${type}`);
  }
  assertCoefTest(coefTest(fit3, vcovHC(fit3, 'HC0'), { level: 0.9 }), ipw.fit3.ci90_hc0, 'ipw fit3 HC0 90%');
  const fit4 = fitFrom(ipw.rows, true);
  assertCoefTest(coefTest(fit4, vcovHC(fit4, 'HC0')), ipw.fit4.hc0, 'ipw fit4 HC0');
  assertCoefTest(coefTest(fit4, vcovHC(fit4, 'HC1')), ipw.fit4.hc1, 'ipw fit4 HC1');
});

test('classical (iid) SEs equal vcov(lm) with summary-style t tests', () => {
  for (const [rows, covariates, r] of [
    [matched.rows, false, matched.fit1.iid], [matched.rows, true, matched.fit2.iid],
    [ipw.rows, false, ipw.fit3.iid], [ipw.rows, true, ipw.fit4.iid],
  ] as const) {
    const fit = fitFrom(rows, covariates);
    assertCoefTest(coefTest(fit, vcovClassical(fit)), r, `iid ${covariates}`);
  }
});

test('vcovCL with one unit per cluster equals vcovHC HC1', () => {
  const fit = fitFrom(ipw.rows, true);
  const A = vcovCL(fit, ipw.rows.id as string[]);
  const B = vcovHC(fit, 'HC1');
  for (let i = 0; i < fit.k; i++) {
    for (let j = 0; j < fit.k; j++) assertClose(A.get(i, j), B.get(i, j), 1e-10, `[${i},${j}]`);
  }
});

test('Student t CDF equals R pt (both tails, two-sided) to 1e-9 relative', () => {
  const { x, df, lower, upper, twosided } = fixture.pt as Record<string, number[]>;
  x!.forEach((xi, i) => {
    const d = df![i]!;
    assertClose(studentTCdf(xi, d), lower![i]!, 1e-9, `pt(${xi}, ${d})`);
    assertClose(studentTCdf(xi, d, false), upper![i]!, 1e-9, `pt(${xi}, ${d}, lower = FALSE)`);
    assertClose(2 * studentTCdf(Math.abs(xi), d, false), twosided![i]!, 1e-9, `two-sided p(${xi}, ${d})`);
  });
});

test('Student t quantile equals R qt to 1e-9 relative, from p = 1e-12 to 1 - 1e-6 and df from 1 to 1e5', () => {
  const { p, df, q } = fixture.qt as Record<string, number[]>;
  p!.forEach((pi, i) => {
    assertClose(studentTQuantile(pi, df![i]!), q![i]!, 1e-9, `qt(${pi}, ${df![i]})`);
  });
  assert.equal(studentTQuantile(0, 5), -Infinity);
  assert.equal(studentTQuantile(1, 5), Infinity);
  assert.equal(studentTCdf(Infinity, 5), 1);
});

test('wls rejects zero weights, a rank-deficient design and mismatched lengths', () => {
  const X = new Matrix([[1, 0], [1, 1], [1, 0], [1, 1]]);
  assert.throws(() => wls(X, [1, 2, 3, 4], { weights: [1, 0, 1, 1] }), /weights/);
  assert.throws(() => wls(new Matrix([[1, 2], [1, 2], [1, 2], [1, 2]]), [1, 2, 3, 4]), /rank deficient/);
  assert.throws(() => wls(X, [1, 2, 3]), /rows/);
  assert.throws(() => vcovCL(wls(X, [1, 2, 3, 5]), [1, 1, 1, 1]), /two clusters/);
});
