/**
 * Inputs and results are plain data, so the API, the CLI's --json and the
 * store can carry them unchanged (no classes, Maps, undefined-only fields or
 * non-finite numbers in the results).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { archetypeScenario, socialSupport002UnitPrices } from './archetypes-002.ts';
import { computeCost } from './cost-model.ts';
import { scenarioFromEffect } from './evidence.ts';
import { evaluateScenario } from './scenario.ts';
import { costSensitivity } from './sensitivity.ts';
import { socialSupport002CostInput } from './social-support-002.ts';

const roundTrip = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe('economics data is serialisable', () => {
  it('round-trips inputs and results through JSON unchanged', () => {
    assert.deepEqual(roundTrip(socialSupport002CostInput), socialSupport002CostInput);
    assert.deepEqual(roundTrip(socialSupport002UnitPrices), socialSupport002UnitPrices);
    const cost = computeCost(socialSupport002CostInput);
    assert.ok(cost.ok);
    assert.deepEqual(roundTrip(cost.value), cost.value);
    const rows = costSensitivity(cost.value, [38, 50.4, 68]);
    assert.ok(rows.ok);
    assert.deepEqual(roundTrip(rows.value), rows.value);
    const scenario = evaluateScenario({ ...archetypeScenario('C'), cohortSize: 50 }, socialSupport002UnitPrices);
    assert.ok(scenario.ok);
    assert.deepEqual(roundTrip(scenario.value), scenario.value);
    const evidence = scenarioFromEffect(archetypeScenario('A'), 'labour_market_week', { estimate: 2, ciLow: 0.5, ciHigh: 3.5, windowMonths: 12 }, socialSupport002UnitPrices);
    assert.ok(evidence.ok);
    assert.deepEqual(roundTrip(evidence.value), evidence.value);
    const bad = computeCost({ ...socialSupport002CostInput, citizensPerYear: -1 });
    assert.ok(!bad.ok);
    assert.deepEqual(roundTrip(bad.problems), bad.problems);
  });
});
