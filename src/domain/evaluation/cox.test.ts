import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { coxph, type CoxObservation, type CoxResult, type CoxTies } from './cox.ts';

// Reference: scripts/reference/survival-synthetic.R (R survival::coxph, summary.coxph).
const fixtureDir = new URL('./fixtures/', import.meta.url);
const ref = JSON.parse(readFileSync(new URL('survival-synthetic.json', fixtureDir), 'utf8'));
const rows = readFileSync(new URL('survival-synthetic.csv', fixtureDir), 'utf8').trim().split('\n');
const header = rows[0]!.split(',');
const records = rows.slice(1).map((line) => {
  const f = line.split(',').map(Number);
  const rec: Record<string, number> = {};
  header.forEach((h, i) => (rec[h] = f[i]!));
  return rec;
});

// R agrees to ~1e-13 on this data; 1e-9 leaves room for platform rounding yet catches any real drift.
const REL = 1e-9;

function rel(actual: number, expected: number, tol: number, what: string) {
  const err = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
  assert.ok(err <= tol, `${what}: expected ${expected}, got ${actual} (rel err ${err})`);
}

function observations(covariates: string[], weighted = false): CoxObservation[] {
  return records.map((r) => ({
    time: r.time!,
    event: r.event === 1,
    x: covariates.map((c) => r[c]!),
    ...(weighted ? { weight: r.w! } : {}),
  }));
}

interface RefCox {
  names: string[];
  coef: number[];
  se: number[];
  z: number[];
  p: number[];
  hr: number[];
  hr_lower: number[];
  hr_upper: number[];
  var: number[][];
  loglik: number[];
  iter: number;
  lr_test: number[];
  wald_test: number[];
  score_test: number[];
  n: number;
  nevent: number;
}

function assertMatchesR(fit: CoxResult, r: RefCox, label: string) {
  assert.deepEqual(fit.coefficients.map((c) => c.name), r.names, `${label} names`);
  fit.coefficients.forEach((c, j) => {
    rel(c.coef, r.coef[j]!, REL, `${label} coef ${c.name}`);
    rel(c.se, r.se[j]!, REL, `${label} se ${c.name}`);
    rel(c.z, r.z[j]!, REL, `${label} z ${c.name}`);
    rel(c.p, r.p[j]!, REL, `${label} p ${c.name}`);
    rel(c.hazardRatio, r.hr[j]!, REL, `${label} exp(coef) ${c.name}`);
    rel(c.hrLower, r.hr_lower[j]!, REL, `${label} lower .95 ${c.name}`);
    rel(c.hrUpper, r.hr_upper[j]!, REL, `${label} upper .95 ${c.name}`);
    fit.variance[j]!.forEach((v, k) => rel(v, r.var[j]![k]!, REL, `${label} var[${j},${k}]`));
  });
  rel(fit.loglik[0], r.loglik[0]!, 1e-10, `${label} loglik at 0`);
  rel(fit.loglik[1], r.loglik[1]!, 1e-10, `${label} loglik at estimate`);
  assert.equal(fit.iterations, r.iter, `${label} iterations`);
  assert.ok(fit.converged);
  for (const [name, mine, theirs] of [
    ['likelihood ratio', fit.likelihoodRatioTest, r.lr_test],
    ['Wald', fit.waldTest, r.wald_test],
    ['score', fit.scoreTest, r.score_test],
  ] as const) {
    rel(mine.statistic, theirs[0]!, REL, `${label} ${name} test`);
    assert.equal(mine.df, theirs[1], `${label} ${name} df`);
    rel(mine.p, theirs[2]!, REL, `${label} ${name} p`);
  }
  assert.equal(fit.n, r.n);
  assert.equal(fit.nevent, r.nevent);
}

const covariates = ['treat', 'age', 'female'];

for (const [ties, key] of [
  ['efron', 'cox_efron'],
  ['breslow', 'cox_breslow'],
] as [CoxTies, string][]) {
  test(`Cox model with ${ties} ties on tied monthly data equals coxph(ties = "${ties}"): coefficients, SE, HR CI, loglik, three tests`, () => {
    assertMatchesR(coxph(observations(covariates), { names: covariates, ties }), ref[key], key);
  });
}

test('Efron and Breslow give different estimates on the tied data, each matching R (and Efron is the default)', () => {
  const efron = coxph(observations(covariates), { names: covariates });
  const breslow = coxph(observations(covariates), { names: covariates, ties: 'breslow' });
  assert.equal(efron.ties, 'efron');
  const diffR = ref.cox_efron.coef[0] - ref.cox_breslow.coef[0];
  assert.ok(Math.abs(diffR) > 0.01, 'the fixture must have enough ties to separate the methods');
  rel(efron.coefficients[0]!.coef - breslow.coefficients[0]!.coef, diffR, 1e-5, 'Efron - Breslow treatment coef');
});

test('Cox model with treatment only equals coxph(Surv ~ treat)', () => {
  assertMatchesR(coxph(observations(['treat']), { names: ['treat'] }), ref.cox_treat_only, 'cox_treat_only');
});

test('Cox model with case weights equals coxph(weights = w, robust = FALSE), Efron and Breslow', () => {
  assertMatchesR(coxph(observations(covariates, true), { names: covariates }), ref.cox_weighted, 'cox_weighted');
  assertMatchesR(
    coxph(observations(covariates, true), { names: covariates, ties: 'breslow' }),
    ref.cox_weighted_breslow,
    'cox_weighted_breslow',
  );
});

test('Cox model stopped by iter.max keeps the last accepted beta and reports iter.max + 1 iterations, as coxph', () => {
  for (const r of ref.cox_limited as { iter_max: number; coef: number[]; loglik: number[]; iter: number }[]) {
    const fit = coxph(observations(covariates), { names: covariates, maxIter: r.iter_max });
    assert.equal(fit.converged, false);
    assert.equal(fit.iterations, r.iter, `iter.max = ${r.iter_max}: iterations`);
    fit.coefficients.forEach((c, j) => rel(c.coef, r.coef[j]!, 1e-9, `iter.max = ${r.iter_max}: coef ${c.name}`));
    rel(fit.loglik[1], r.loglik[1]!, 1e-12, `iter.max = ${r.iter_max}: loglik`);
  }
});

test('Cox model whose Newton step overshoots shortens the step and still converges to coxph', () => {
  const r = ref.cox_halving;
  const data: CoxObservation[] = (r.data.time as number[]).map((t, i) => ({
    time: t,
    event: r.data.event[i] === 1,
    x: [r.data.x1[i], r.data.x2[i]],
  }));
  const fit = coxph(data, { names: ['x1', 'x2'] });
  assert.ok(fit.stepHalvings > 0, 'this data set must exercise step halving');
  assertMatchesR(fit, r, 'cox_halving');
});
