import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bootstrapAtt, estimateAtt, estimateIpwAtt, ipwAttWeights, type AttCovariates, type AttEstimate } from './att.ts';
import { mulberry32 } from '../random.ts';

// Fixture made by scripts/reference/att-lalonde.R (R 4.2.2, MatchIt 4.5.1, sandwich 3.0.2, lmtest 0.9.40).
const fixture = JSON.parse(readFileSync(new URL('./fixtures/att-lalonde.json', import.meta.url), 'utf8'));
const matched = fixture.matched;
const ipw = fixture.ipw;

const REL = 1e-6;

function assertClose(actual: number, expected: number, rel: number, what: string): void {
  const err = expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  assert.ok(err <= rel, `${what}: got ${actual}, R ${expected} (relative error ${err})`);
}

interface RCoefTest { names: string[]; coef: number[]; se: number[]; t: number[]; p: number[]; ci_low: number[]; ci_high: number[]; df: number }

/** The treat row (index 1) of an R coeftest/coefci result. */
function assertAttEquals(est: AttEstimate, r: RCoefTest, what: string): void {
  assert.equal(r.names[1], 'treat');
  assertClose(est.att, r.coef[1]!, REL, `${what} att`);
  assertClose(est.se, r.se[1]!, REL, `${what} se`);
  assertClose(est.t, r.t[1]!, REL, `${what} t`);
  assertClose(est.p, r.p[1]!, REL, `${what} p`);
  assertClose(est.ciLow, r.ci_low[1]!, REL, `${what} ci low`);
  assertClose(est.ciHigh, r.ci_high[1]!, REL, `${what} ci high`);
  assert.equal(est.df, r.df);
}

type Rows = Record<string, (number | string)[]>;

/** age, educ, race (black reference), married, nodegree, re74, re75 as R's model.matrix codes them. */
function covariates(rows: Rows): AttCovariates {
  const num = (k: string) => rows[k]!.map(Number);
  return {
    names: ['age', 'educ', 'racehispan', 'racewhite', 'married', 'nodegree', 're74', 're75'],
    columns: [
      num('age'), num('educ'), rows.race!.map((r) => (r === 'hispan' ? 1 : 0)), rows.race!.map((r) => (r === 'white' ? 1 : 0)),
      num('married'), num('nodegree'), num('re74'), num('re75'),
    ],
  };
}

const mrows = matched.rows as Rows;
const matchedInput = {
  treat: mrows.treat as number[],
  y: mrows.re78 as number[],
  weights: mrows.weights as number[],
  subclass: mrows.subclass as number[],
};

test('ATT after MatchIt default matching equals lm(re78 ~ treat, weights) with vcovCL(cluster = ~subclass)', () => {
  const est = estimateAtt(matchedInput);
  assert.equal(est.vcov, 'cluster');
  assertAttEquals(est, matched.fit1.cl, 'matched');
  assert.equal(est.nTreated, 185);
  assert.equal(est.nControl, 185);
  assert.equal(est.essTreated, 185);
  assert.equal(est.essControl, 185);
  assert.deepEqual(est.coefficients.map((c) => c.name), ['(Intercept)', 'treat']);
});

test('covariate-adjusted ATT after matching equals the vignette regression with all covariates and vcovCL', () => {
  const est = estimateAtt({ ...matchedInput, covariates: covariates(mrows) });
  assertAttEquals(est, matched.fit2.cl, 'matched + covariates');
  assert.deepEqual(est.coefficients.map((c) => c.name), matched.fit2.cl.names);
});

test('the ATT can use HC or classical SEs instead of the cluster-robust one', () => {
  assertAttEquals(estimateAtt(matchedInput, { vcov: 'HC0' }), matched.fit1.hc0, 'matched HC0');
  assertAttEquals(estimateAtt(matchedInput, { vcov: 'iid' }), matched.fit1.iid, 'matched iid');
  assertAttEquals(estimateAtt({ ...matchedInput, covariates: covariates(mrows) }, { vcov: 'HC3' }), matched.fit2.hc3, 'matched + cov HC3');
});

const irows = ipw.rows as Rows;
const ipwInput = { treat: irows.treat as number[], y: irows.re78 as number[], ps: irows.ps as number[] };

test('IPW ATT weights are 1 for the treated and ps/(1 - ps) for controls, as exported from R', () => {
  const w = ipwAttWeights(ipwInput.treat, ipwInput.ps);
  w.forEach((x, i) => assertClose(x, (irows.weights as number[])[i]!, 1e-12, `weight ${i}`));
  assert.throws(() => ipwAttWeights([0], [1]), /\(0, 1\)/);
});

test('IPW ATT equals lm(re78 ~ treat, weights = ipw) with vcovHC HC0 (default) and HC1, and the Kish ESS', () => {
  const est = estimateIpwAtt(ipwInput);
  assert.equal(est.vcov, 'HC0');
  assertAttEquals(est, ipw.fit3.hc0, 'ipw HC0');
  assertAttEquals(estimateIpwAtt(ipwInput, { vcov: 'HC1' }), ipw.fit3.hc1, 'ipw HC1');
  assertAttEquals(estimateIpwAtt(ipwInput, { level: 0.9 }), ipw.fit3.ci90_hc0, 'ipw HC0 90%');
  assert.equal(est.nTreated, 185);
  assert.equal(est.nControl, 429);
  assertClose(est.essTreated, ipw.ess.treated, 1e-10, 'ess treated');
  assertClose(est.essControl, ipw.ess.control, 1e-10, 'ess control');
});

test('covariate-adjusted IPW ATT equals the weighted regression with covariates and vcovHC', () => {
  assertAttEquals(estimateIpwAtt({ ...ipwInput, covariates: covariates(irows) }), ipw.fit4.hc0, 'ipw + cov HC0');
  assertAttEquals(estimateIpwAtt({ ...ipwInput, covariates: covariates(irows) }, { vcov: 'HC1' }), ipw.fit4.hc1, 'ipw + cov HC1');
});

test('units with weight 0 are dropped before fitting (as match.data drops unmatched units)', () => {
  const est = estimateAtt({
    treat: [...matchedInput.treat, 0, 0],
    y: [...matchedInput.y, 1e6, -1e6],
    weights: [...matchedInput.weights, 0, 0],
    subclass: [...matchedInput.subclass, -1, -2],
  });
  assertAttEquals(est, matched.fit1.cl, 'with zero-weight rows');
  assert.equal(est.nControl, 185);
});

test('invalid input is rejected: non-binary treat, negative weights, cluster SE without subclasses, no controls', () => {
  assert.throws(() => estimateAtt({ treat: [0, 1, 2], y: [1, 2, 3] }), /0 or 1/);
  assert.throws(() => estimateAtt({ treat: [0, 1, 1], y: [1, 2, 3], weights: [1, -1, 1] }), /weights/);
  assert.throws(() => estimateAtt({ treat: [0, 1, 0, 1], y: [1, 2, 3, 4] }, { vcov: 'cluster' }), /subclasses/);
  assert.throws(() => estimateAtt({ treat: [1, 1, 1], y: [1, 2, 3] }), /treated and control/);
});

test('mulberry32 with the same seed gives the same stream, a different seed a different one', () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const c = mulberry32(43);
  const xs = Array.from({ length: 5 }, () => a());
  assert.deepEqual(Array.from({ length: 5 }, () => b()), xs);
  assert.notDeepEqual(Array.from({ length: 5 }, () => c()), xs);
  for (const x of xs) assert.ok(x >= 0 && x < 1);
});

test('the pair bootstrap is deterministic for a seed and roughly agrees with the cluster-robust interval', () => {
  const one = bootstrapAtt(matchedInput, { replicates: 400, seed: 7 });
  const two = bootstrapAtt(matchedInput, { replicates: 400, seed: 7 });
  assert.deepEqual(one.replicates, two.replicates);
  assert.equal(one.resampling, 'subclass');
  assert.equal(one.replicates.length, 400);
  const other = bootstrapAtt(matchedInput, { replicates: 400, seed: 8 });
  assert.notDeepEqual(other.replicates, one.replicates);
  assertClose(one.att, matched.fit1.cl.coef[1], REL, 'bootstrap point estimate');
  // Rough agreement: the bootstrap SE within 25% of the vcovCL SE; the interval contains the estimate.
  const se = matched.fit1.cl.se[1] as number;
  assert.ok(Math.abs(one.se - se) / se < 0.25, `bootstrap se ${one.se} vs vcovCL ${se}`);
  assert.ok(one.ciLow < one.att && one.att < one.ciHigh);
  assert.ok(Math.abs(one.ciHigh - one.ciLow - (matched.fit1.cl.ci_high[1] - matched.fit1.cl.ci_low[1])) / se < 1);
});

test('the unit bootstrap for IPW resamples within treatment groups and roughly agrees with HC0', () => {
  const weights = ipwAttWeights(ipwInput.treat, ipwInput.ps);
  const boot = bootstrapAtt({ treat: ipwInput.treat, y: ipwInput.y, weights }, { replicates: 300, seed: 3 });
  assert.equal(boot.resampling, 'unit');
  assert.deepEqual(boot.replicates, bootstrapAtt({ treat: ipwInput.treat, y: ipwInput.y, weights }, { replicates: 300, seed: 3 }).replicates);
  const se = ipw.fit3.hc0.se[1] as number;
  assert.ok(Math.abs(boot.se - se) / se < 0.3, `bootstrap se ${boot.se} vs HC0 ${se}`);
});
