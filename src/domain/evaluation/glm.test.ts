import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Matrix } from 'ml-matrix';
import { designMatrix, type DesignRow } from './design.ts';
import { GlmError, logisticRegression, logitLinkinv, logitMuEta, type GlmFit } from './glm.ts';

interface RFit {
  coefficients: Record<string, number>;
  standardErrors: Record<string, number>;
  deviance: number;
  nullDeviance: number;
  aic: number;
  iter: number;
  converged: boolean;
  dfResidual: number;
  dfNull: number;
  fittedValues: number[];
  linearPredictors: number[];
}

interface Fixture {
  data: Record<string, (number | string)[]>;
  unweighted: RFit;
  weighted: RFit & { weights: number[] };
  fractionalWeights: RFit & { weights: number[] };
  separated: RFit & { x: number[]; y: number[]; warnings: string[] };
}

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/glm-lalonde.json', import.meta.url), 'utf8'),
) as Fixture;

const terms = ['age', 'educ', 'race', 'married', 'nodegree', 're74', 're75'];

function lalondeDesign() {
  const columns = Object.keys(fixture.data);
  const n = fixture.data.treat?.length ?? 0;
  const rows: DesignRow[] = Array.from({ length: n }, (_, i) =>
    Object.fromEntries(columns.map((c) => [c, fixture.data[c]?.[i]])),
  );
  return designMatrix(rows, terms);
}

const treat = fixture.data.treat as number[];

function assertRelClose(actual: number, expected: number, tol: number, what: string): void {
  const rel = Math.abs(actual - expected) / Math.abs(expected);
  assert.ok(rel <= tol, `${what}: ${actual} vs R ${expected} (relative difference ${rel})`);
}

function assertAbsClose(actual: number, expected: number, tol: number, what: string): void {
  const diff = Math.abs(actual - expected);
  assert.ok(diff <= tol, `${what}: ${actual} vs R ${expected} (difference ${diff})`);
}

function assertMatchesR(fit: GlmFit, r: RFit): void {
  assert.deepEqual(fit.columnNames, Object.keys(r.coefficients));
  fit.columnNames.forEach((name, j) => {
    assertRelClose(fit.coefficients[j] as number, r.coefficients[name] as number, 1e-6, `coefficient ${name}`);
    assertRelClose(fit.standardErrors[j] as number, r.standardErrors[name] as number, 1e-6, `standard error ${name}`);
  });
  assertRelClose(fit.deviance, r.deviance, 1e-6, 'deviance');
  assertRelClose(fit.nullDeviance, r.nullDeviance, 1e-6, 'null deviance');
  assertRelClose(fit.aic, r.aic, 1e-6, 'AIC');
  assert.equal(fit.iterations, r.iter);
  assert.equal(fit.converged, r.converged);
  assert.equal(fit.dfResidual, r.dfResidual);
  assert.equal(fit.dfNull, r.dfNull);
  assert.equal(fit.fittedValues.length, r.fittedValues.length);
  r.fittedValues.forEach((expected, i) => {
    assertAbsClose(fit.fittedValues[i] as number, expected, 1e-6, `fitted probability of row ${i + 1}`);
    assertAbsClose(fit.linearPredictors[i] as number, r.linearPredictors[i] as number, 1e-6, `linear predictor of row ${i + 1}`);
  });
}

test("the LaLonde propensity model equals R's glm(treat ~ age + educ + race + ..., binomial)", () => {
  const design = lalondeDesign();
  const fit = logisticRegression(design.matrix, treat, { columnNames: design.columnNames });
  assertMatchesR(fit, fixture.unweighted);
  assert.deepEqual(fit.warnings, []);
});

test("prior weights 1 + (row mod 3) give R's weighted glm fit", () => {
  const design = lalondeDesign();
  const fit = logisticRegression(design.matrix, treat, {
    columnNames: design.columnNames,
    weights: fixture.weighted.weights,
  });
  assertMatchesR(fit, fixture.weighted);
  assert.deepEqual(fit.priorWeights, fixture.weighted.weights);
  assert.deepEqual(fit.warnings, []);
});

test('integer prior weights equal repeating each row that many times', () => {
  const design = lalondeDesign();
  const weights = fixture.weighted.weights;
  const rows: number[][] = [];
  const y: number[] = [];
  weights.forEach((w, i) => {
    for (let k = 0; k < w; k++) {
      rows.push(design.matrix.getRow(i));
      y.push(treat[i] as number);
    }
  });
  // Starting values differ (mustart uses the weights), so the IRLS paths differ, and R's SEs use
  // the working weights of the last iteration's start: with the default epsilon the two stop at
  // points ~1e-5 apart in the SEs. A tight epsilon makes both land on the same optimum.
  const expanded = logisticRegression(new Matrix(rows), y, { columnNames: design.columnNames, epsilon: 1e-14 });
  const weighted = logisticRegression(design.matrix, treat, { columnNames: design.columnNames, weights, epsilon: 1e-14 });
  assert.ok(expanded.converged && weighted.converged);
  expanded.coefficients.forEach((b, j) => assertRelClose(b, weighted.coefficients[j] as number, 1e-9, `coefficient ${j}`));
  expanded.standardErrors.forEach((s, j) => assertRelClose(s, weighted.standardErrors[j] as number, 1e-9, `SE ${j}`));
  assertRelClose(expanded.deviance, weighted.deviance, 1e-9, 'deviance');
});

test('z values are coefficients over standard errors and the covariance diagonal gives the SEs', () => {
  const design = lalondeDesign();
  const fit = logisticRegression(design.matrix, treat, { columnNames: design.columnNames });
  fit.coefficients.forEach((b, j) => {
    assert.equal(fit.zValues[j], b / (fit.standardErrors[j] as number));
    assert.equal(Math.sqrt(fit.covariance.get(j, j)), fit.standardErrors[j]);
  });
  const asymmetry = Matrix.sub(fit.covariance, fit.covariance.transpose()).abs().max();
  assert.ok(asymmetry < 1e-12 * fit.covariance.abs().max(), `covariance asymmetry ${asymmetry}`);
});

test('perfect separation is a structured warning with R\'s message and R\'s iteration count, not a throw', () => {
  const s = fixture.separated;
  const design = designMatrix(s.x.map((x) => ({ x })), ['x']);
  const fit = logisticRegression(design.matrix, s.y, { columnNames: design.columnNames });
  assert.deepEqual(
    fit.warnings.map((w) => w.message),
    s.warnings,
  );
  assert.deepEqual(fit.warnings.map((w) => w.code), ['fitted-probabilities-0-or-1']);
  assert.equal(fit.iterations, s.iter);
  assert.equal(fit.converged, s.converged);
  // The separated fit is ill-conditioned (SEs ~ 1e5): compare more loosely.
  design.columnNames.forEach((name, j) => {
    assertRelClose(fit.coefficients[j] as number, s.coefficients[name] as number, 1e-6, `coefficient ${name}`);
    assertRelClose(fit.standardErrors[j] as number, s.standardErrors[name] as number, 1e-6, `SE ${name}`);
  });
  assertAbsClose(fit.deviance, s.deviance, 1e-12, 'deviance');
  assertRelClose(fit.aic, s.aic, 1e-9, 'AIC');
  s.fittedValues.forEach((m, i) => assertAbsClose(fit.fittedValues[i] as number, m, 1e-6, `fitted ${i + 1}`));
});

test('too few iterations is a not-converged warning, and the last coefficients are returned', () => {
  const design = lalondeDesign();
  const fit = logisticRegression(design.matrix, treat, { columnNames: design.columnNames, maxit: 2 });
  assert.equal(fit.converged, false);
  assert.equal(fit.iterations, 2);
  assert.deepEqual(fit.warnings, [{ code: 'not-converged', message: 'glm.fit: algorithm did not converge' }]);
  assert.ok(fit.coefficients.every(Number.isFinite));
});

test('the logit inverse and derivative are clamped beyond |eta| = 30 as in R', () => {
  assert.equal(logitLinkinv(0), 0.5);
  assert.equal(logitLinkinv(-31), 2.220446049250313e-16 / (1 + 2.220446049250313e-16));
  assert.ok(logitLinkinv(31) < 1);
  assert.equal(logitMuEta(31), 2.220446049250313e-16);
  assert.equal(logitMuEta(0), 0.25);
});

test('aliased columns are an error naming the column (R would give an NA coefficient)', () => {
  const x = new Matrix([
    [1, 1, 2],
    [1, 2, 4],
    [1, 3, 6],
    [1, 4, 8],
  ]);
  assert.throws(() => logisticRegression(x, [0, 1, 0, 1], { columnNames: ['(Intercept)', 'a', 'b'] }), {
    name: 'GlmError',
    message: 'column "b" is linearly dependent on the columns before it (aliased); R would report an NA coefficient',
  });
});

test('bad inputs are errors with clear messages', () => {
  const x = new Matrix([
    [1, 0],
    [1, 1],
    [1, 2],
  ]);
  assert.throws(() => logisticRegression(x, [0, 1]), { message: 'y has 2 values but the design matrix has 3 rows' });
  assert.throws(() => logisticRegression(x, [0, 1, 2]), {
    message: 'y must be in [0, 1] (0/1 or a proportion); row 3 has 2',
  });
  assert.throws(() => logisticRegression(x, [0, 1, 0], { weights: [1, -1, 1] }), {
    message: 'weights must be finite and non-negative; row 2 has -1',
  });
  assert.throws(() => logisticRegression(x, [0, 1, 0], { weights: [1, 1] }), {
    message: 'weights has 2 values but the design matrix has 3 rows',
  });
  assert.throws(() => logisticRegression(x, [0, 1, 0], { weights: [0, 0, 1] }), {
    message: '1 rows with positive weight cannot determine 2 coefficients',
  });
  assert.throws(() => logisticRegression(x, [0, 1, 0], { columnNames: ['a'] }), GlmError);
});

test('rows with zero weight take no part in the fit and not in the degrees of freedom', () => {
  const design = lalondeDesign();
  const weights = treat.map((_, i) => (i % 10 === 0 ? 0 : 1));
  const withZeros = logisticRegression(design.matrix, treat, { columnNames: design.columnNames, weights });
  const keep = weights.flatMap((w, i) => (w > 0 ? [i] : []));
  const subset = logisticRegression(
    new Matrix(keep.map((i) => design.matrix.getRow(i))),
    keep.map((i) => treat[i] as number),
    { columnNames: design.columnNames },
  );
  withZeros.coefficients.forEach((b, j) => assertRelClose(b, subset.coefficients[j] as number, 1e-9, `coefficient ${j}`));
  assertRelClose(withZeros.deviance, subset.deviance, 1e-9, 'deviance');
  assertRelClose(withZeros.nullDeviance, subset.nullDeviance, 1e-9, 'null deviance');
  assert.equal(withZeros.dfResidual, subset.dfResidual);
  assert.equal(withZeros.dfNull, subset.dfNull);
});

test("fractional weights give R's non-integer #successes warning and still fit", () => {
  const design = lalondeDesign();
  const weights = fixture.fractionalWeights.weights;
  const fit = logisticRegression(design.matrix, treat, { columnNames: design.columnNames, weights });
  assert.deepEqual(fit.warnings, [{ code: 'non-integer-successes', message: 'non-integer #successes in a binomial glm!' }]);
  assert.equal(fit.converged, true);
});

test("fractional weights match R's fit, including its AIC with rounded binomial totals", () => {
  const design = lalondeDesign();
  const fit = logisticRegression(design.matrix, treat, {
    columnNames: design.columnNames,
    weights: fixture.fractionalWeights.weights,
  });
  assertMatchesR(fit, fixture.fractionalWeights);
});
