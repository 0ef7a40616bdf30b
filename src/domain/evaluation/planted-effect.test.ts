import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateAtt, estimateIpwAtt, type AttEstimate } from './att.ts';
import { summarizeMatch, type MatchSummary } from './balance.ts';
import { coxph, type CoxCoefficient } from './cox.ts';
import { designMatrix } from './design.ts';
import { logisticRegression } from './glm.ts';
import { nearestNeighbourMatch } from './nearest.ts';
import { PLANTED_COVARIATES, plantedCovariateRows, plantedEffectPopulation, type PlantedPopulation } from './planted-effect.ts';

// Fixed factor levels (first = reference), so the designs do not depend on which levels a seed produces first.
const LEVELS = {
  sex: ['F', 'M'],
  origin: ['danish', 'nonwestern', 'western'],
  education: ['basic', 'higher', 'upper_secondary'],
};

interface PlantedAnalysis {
  naive: AttEstimate;
  matched: AttEstimate;
  ipw: AttEstimate;
  cox: CoxCoefficient;
  balance: MatchSummary;
  nMatchedTreated: number;
}

/** The estimators as an analyst would run them on the population (no access to the truth). */
function analysePlanted(pop: PlantedPopulation): PlantedAnalysis {
  const rows = plantedCovariateRows(pop.persons);
  const treat = pop.persons.map((p) => p.treat);
  const y = pop.persons.map((p) => p.monthsOrdinaryHours1to12);
  const design = designMatrix(rows, [...PLANTED_COVARIATES], { levels: LEVELS });

  // Naive: plain regression y ~ treat with the classical (iid) standard error.
  const naive = estimateAtt({ treat, y }, { vcov: 'iid' });

  // Propensity score (MatchIt's default distance: glm, logit link), 1:1 nearest neighbour without replacement.
  const ps = logisticRegression(design.matrix, treat, { columnNames: design.columnNames }).fittedValues;
  const m = nearestNeighbourMatch(treat, ps);
  const subclass = m.subclass!;
  const matched = estimateAtt({ treat, y, weights: m.weights, subclass: subclass.map((s) => s ?? 0) }, { vcov: 'cluster' });

  // IPW for the ATT: treated 1, controls ps / (1 - ps), HC0 standard errors.
  const ipw = estimateIpwAtt({ treat, y, ps });

  // Balance as MatchIt's summary: every factor level as its own dummy column.
  const full = designMatrix(rows, [...PLANTED_COVARIATES], { levels: LEVELS, intercept: false });
  const covariates: { name: string; values: number[] }[] = full.columnNames.map((name, j) => ({ name, values: full.matrix.getColumn(j) }));
  for (const [term, levels] of Object.entries(LEVELS)) {
    if (full.terms.find((t) => t.name === term && t.kind === 'categorical' && t.codedLevels.length === levels.length)) continue;
    const ref = levels[0]!;
    covariates.push({ name: `${term}${ref}`, values: rows.map((r) => (r[term] === ref ? 1 : 0)) });
  }
  const balance = summarizeMatch({
    treat, covariates, distance: ps, weights: m.weights, matchMatrix: m.matchMatrix, treatedIndex: m.treatedIndex,
  });

  // Cox model of the time to the first month with ordinary hours on treat + the covariates (Efron ties).
  const coxData = pop.persons.map((p, i) => ({
    time: p.timeToOrdinaryHours,
    event: p.ordinaryHoursEvent,
    x: [p.treat, ...design.matrix.getRow(i).slice(1)],
  }));
  const coxFit = coxph(coxData, { names: ['treat', ...design.columnNames.slice(1)] });

  return {
    naive, matched, ipw, cox: coxFit.coefficients[0]!, balance,
    nMatchedTreated: m.matchMatrix.filter((r) => r[0] !== null).length,
  };
}

const SEEDS = [2, 3, 4];
/** The naive estimate must miss the truth by more than this (months); it is -0.2 to -0.8 for seeds 1-40. */
const BIAS_BAND = 0.5;

function covers(lo: number, hi: number, truth: number): boolean {
  return lo <= truth && truth <= hi;
}

test('the same seed gives the same population and a different seed a different one', () => {
  const a = plantedEffectPopulation({ seed: 2, n: 200 });
  const b = plantedEffectPopulation({ seed: 2, n: 200 });
  const c = plantedEffectPopulation({ seed: 3, n: 200 });
  assert.deepEqual(a.persons, b.persons);
  assert.notDeepEqual(a.persons.map((p) => p.y0), c.persons.map((p) => p.y0));
});

test('the population has the planted in-sample ATT, about the requested treated share and covariates in range', () => {
  const pop = plantedEffectPopulation({ seed: 2 });
  assert.equal(pop.persons.length, 3000);
  assert.ok(Math.abs(pop.truth.sampleAtt - 1.0) < 1e-12, `in-sample ATT ${pop.truth.sampleAtt}`);
  const share = pop.persons.filter((p) => p.treat === 1).length / pop.persons.length;
  assert.ok(share > 0.17 && share < 0.23, `treated share ${share}`);
  const meanPs = pop.persons.reduce((s, p) => s + p.propensity, 0) / pop.persons.length;
  assert.ok(Math.abs(meanPs - 0.2) < 1e-9, `mean propensity ${meanPs}`);
  for (const p of pop.persons) {
    assert.ok(p.age >= 18 && p.age <= 64 && Number.isInteger(p.age));
    assert.ok(p.weeksBenefit1y >= 0 && p.weeksBenefit1y <= 52);
    assert.ok(p.weeksBenefit2y >= p.weeksBenefit1y && p.weeksBenefit2y <= p.weeksBenefit1y + 52);
    assert.ok(p.monthsOrdinaryHours2y >= 0 && p.monthsOrdinaryHours2y <= 24);
    assert.ok(p.timeToOrdinaryHours > 0 && p.timeToOrdinaryHours <= 24);
    assert.equal(p.ordinaryHoursEvent, p.timeToOrdinaryHours < 24);
  }
  // Selection on observables: the treated have more weeks on benefit than the controls.
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  const t = pop.persons.filter((p) => p.treat === 1);
  const c = pop.persons.filter((p) => p.treat === 0);
  assert.ok(mean(t.map((p) => p.weeksBenefit1y)) > mean(c.map((p) => p.weeksBenefit1y)) + 3);
});

for (const seed of SEEDS) {
  test(`seed ${seed}: the naive difference is biased and its CI misses the planted ATT; matching, IPW and Cox recover the truth`, () => {
    const pop = plantedEffectPopulation({ seed });
    const truth = pop.truth;
    const a = analysePlanted(pop);

    // First the bias exists, so that the recovery below means something.
    assert.ok(Math.abs(a.naive.att - truth.att) > BIAS_BAND, `naive ${a.naive.att} is within ${BIAS_BAND} of ${truth.att}`);
    assert.ok(!covers(a.naive.ciLow, a.naive.ciHigh, truth.att), `naive CI [${a.naive.ciLow}, ${a.naive.ciHigh}] covers ${truth.att}`);
    const before = a.balance.sumAll.filter((r) => r.name !== 'distance');
    assert.ok(before.some((r) => Math.abs(r.stdMeanDiff ?? 0) > 0.5), 'covariates are imbalanced before matching');

    // Matched (1:1 nearest neighbour on the propensity score, cluster-robust SE by subclass).
    assert.equal(a.matched.vcov, 'cluster');
    assert.equal(a.nMatchedTreated, pop.persons.filter((p) => p.treat === 1).length);
    assert.ok(covers(a.matched.ciLow, a.matched.ciHigh, truth.att), `matched CI [${a.matched.ciLow}, ${a.matched.ciHigh}] misses ${truth.att}`);
    // IPW (ATT weights, HC0).
    assert.ok(covers(a.ipw.ciLow, a.ipw.ciHigh, truth.att), `IPW CI [${a.ipw.ciLow}, ${a.ipw.ciHigh}] misses ${truth.att}`);
    // Cox adjusting for the covariates.
    assert.ok(covers(a.cox.hrLower, a.cox.hrUpper, truth.hazardRatio), `Cox HR CI [${a.cox.hrLower}, ${a.cox.hrUpper}] misses ${truth.hazardRatio}`);

    // Balance after matching: every covariate (all factor levels) and the distance within |SMD| < 0.1.
    for (const row of a.balance.sumMatched) {
      assert.ok(Math.abs(row.stdMeanDiff ?? 0) < 0.1, `${row.name}: SMD after matching ${row.stdMeanDiff}`);
    }
  });
}

test('without selection (randomised treatment) the naive difference is unbiased', () => {
  const pop = plantedEffectPopulation({ seed: 2, selection: 0 });
  const a = analysePlanted(pop);
  assert.ok(covers(a.naive.ciLow, a.naive.ciHigh, pop.truth.att), `naive CI [${a.naive.ciLow}, ${a.naive.ciHigh}] misses ${pop.truth.att}`);
});

test('the check has power: with no planted effect the matched and Cox intervals exclude the values planted above', () => {
  const pop = plantedEffectPopulation({ seed: 2, att: 0, hazardRatio: 1 });
  const a = analysePlanted(pop);
  assert.ok(!covers(a.matched.ciLow, a.matched.ciHigh, 1.0), `matched CI [${a.matched.ciLow}, ${a.matched.ciHigh}] covers 1.0`);
  assert.ok(covers(a.matched.ciLow, a.matched.ciHigh, 0), `matched CI [${a.matched.ciLow}, ${a.matched.ciHigh}] misses 0`);
  assert.ok(!covers(a.cox.hrLower, a.cox.hrUpper, 1.6), `Cox HR CI [${a.cox.hrLower}, ${a.cox.hrUpper}] covers 1.6`);
});
