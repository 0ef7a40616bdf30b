import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { archetypeScenario, socialSupport002UnitPrices } from './archetypes-002.ts';
import { scenarioFromEffect } from './evidence.ts';
import { evaluateScenario } from './scenario.ts';

const close = (a: number, b: number, what = '') => assert.ok(Math.abs(a - b) < 1e-6, `${what} ${a} vs ${b}`);

describe('scenario from an effect estimate', () => {
  // 002's archetype A terms (no changes, 91,800 kr.) with the labour-market weeks from an ATT.
  const base = { ...archetypeScenario('A'), cohortSize: 40 };
  const effect = { estimate: 4, ciLow: 1, ciHigh: 9, windowMonths: 12, level: 0.95, analysisId: 'analysis-7' };

  it('evaluates the scenario at the estimate and at both bounds, as a scenario with that change would', () => {
    const r = scenarioFromEffect(base, 'labour_market_week', effect, socialSupport002UnitPrices);
    assert.ok(r.ok);
    const v = r.value;
    assert.deepEqual(v.quantityPerYear, { estimate: 4, low: 1, high: 9 });
    for (const [at, weeks] of [[v.atEstimate, 4], [v.atCiLow, 1], [v.atCiHigh, 9]] as const) {
      const direct = evaluateScenario({ ...base, changes: [{ consequence: 'home_support_day', quantityPerYear: 0 }, { consequence: 'labour_market_week', quantityPerYear: weeks }] }, socialSupport002UnitPrices);
      assert.ok(direct.ok);
      assert.deepEqual(at.perCitizen.net, direct.value.perCitizen.net);
    }
    assert.equal(v.netPerCitizen.total.estimate, v.atEstimate.perCitizen.net.total);
    assert.equal(v.netPerCitizen.total.low, v.atCiLow.perCitizen.net.total);
    assert.equal(v.netPerCitizen.total.high, v.atCiHigh.perCitizen.net.total);
    close(v.netCohort.municipality.high, 40 * v.netPerCitizen.municipality.high);
    assert.equal(v.level, 0.95);
    assert.equal(v.analysisId, 'analysis-7');
  });

  it('is monotone in the effect: a larger effect never gives a smaller net result', () => {
    let previous = -Infinity;
    for (const estimate of [-2, 0, 1, 3, 6, 12]) {
      const r = scenarioFromEffect(base, 'labour_market_week', { estimate, ciLow: estimate - 1, ciHigh: estimate + 1, windowMonths: 12 }, socialSupport002UnitPrices);
      assert.ok(r.ok);
      const n = r.value.netPerCitizen.total;
      assert.ok(n.low <= n.estimate && n.estimate <= n.high);
      assert.ok(n.estimate >= previous);
      previous = n.estimate;
    }
  });

  it('annualises an effect measured over another window, and replaces only the evidenced change', () => {
    const b = archetypeScenario('C'); // 10 weeks, 4 days
    const r = scenarioFromEffect(b, 'labour_market_week', { estimate: 3, ciLow: 1.5, ciHigh: 4.5, windowMonths: 6 }, socialSupport002UnitPrices);
    assert.ok(r.ok);
    assert.deepEqual(r.value.quantityPerYear, { estimate: 6, low: 3, high: 9 });
    const changes = r.value.atEstimate.perCitizen.byConsequence.map((c) => [c.consequence, c.quantityPerYear]);
    assert.deepEqual(changes, [['home_support_day', 4], ['labour_market_week', 6]]);
  });

  it('rejects an interval that does not contain the estimate, and a missing window', () => {
    const r = scenarioFromEffect(base, 'labour_market_week', { estimate: 5, ciLow: 6, ciHigh: 9, windowMonths: 0 }, socialSupport002UnitPrices);
    assert.ok(!r.ok);
    assert.deepEqual(r.problems.map((p) => `${p.path} ${p.code}`), ['effect ci_order', 'effect.windowMonths out_of_range']);
    const noPrice = scenarioFromEffect(base, 'flex_job_week', effect, socialSupport002UnitPrices);
    assert.ok(!noPrice.ok);
    assert.equal(noPrice.problems[0]!.code, 'unit_price_missing');
  });
});
