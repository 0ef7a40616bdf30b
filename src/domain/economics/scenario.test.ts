import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateScenario, investmentFromCost, validateScenario, type ScenarioInput } from './scenario.ts';
import type { UnitPriceSet } from './unit-prices.ts';

/** Round prices so the expected values can be worked out by hand. */
const prices: UnitPriceSet = {
  id: 'test-prices',
  version: '1',
  priceYear: 2020,
  status: 'user',
  source: null,
  calibratedUnder: null,
  prices: [
    { consequence: 'labour_market_week', municipality: 2_000, state: 1_000 },
    { consequence: 'home_support_day', municipality: 500, state: 0 },
  ],
};

function scenario(overrides: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    priceYear: 2020,
    investmentPerCitizen: { municipality: 50_000, state: 0 },
    changes: [
      { consequence: 'labour_market_week', quantityPerYear: 5 },
      { consequence: 'home_support_day', quantityPerYear: 4 },
    ],
    horizonYears: 4,
    ...overrides,
  };
}

const close = (a: number, b: number, what = '') => assert.ok(Math.abs(a - b) < 1e-6, `${what} ${a} vs ${b}`);

describe('scenario (budget net result)', () => {
  it('counts the changes from the year after the course for the horizon, undiscounted by default', () => {
    const r = evaluateScenario(scenario(), prices);
    assert.ok(r.ok);
    const v = r.value.perCitizen;
    // Per year: municipality 5 × 2,000 + 4 × 500 = 12,000; state 5 × 1,000 = 5,000.
    assert.deepEqual(v.years.map((y) => y.year), [0, 1, 2, 3, 4]);
    assert.deepEqual(v.years.map((y) => y.flow.municipality), [-50_000, 12_000, 12_000, 12_000, 12_000]);
    assert.deepEqual(v.years.map((y) => y.flow.state), [0, 5_000, 5_000, 5_000, 5_000]);
    assert.deepEqual(v.years.map((y) => y.cumulative.total), [-50_000, -33_000, -16_000, 1_000, 18_000]);
    assert.deepEqual(v.net, { municipality: -2_000, state: 20_000, total: 18_000 });
    assert.deepEqual(v.returns, { municipality: 48_000, state: 20_000, total: 68_000 });
    assert.deepEqual(v.breakEvenYear, { municipality: null, state: 0, total: 3 });
    assert.deepEqual(
      v.byConsequence.map((c) => [c.consequence, c.value.total]),
      [['labour_market_week', 60_000], ['home_support_day', 8_000]],
    );
  });

  it('discounts year t by (1 + r)^−t and honours the start offset', () => {
    const r = evaluateScenario(scenario({ discountRate: 0.05, startOffsetYears: 2, horizonYears: 2 }), prices);
    assert.ok(r.ok);
    const v = r.value.perCitizen;
    assert.deepEqual(v.years.map((y) => y.year), [0, 1, 2, 3]);
    assert.equal(v.years[1]!.flow.total, 0);
    close(v.years[2]!.flow.municipality, 12_000 / 1.05 ** 2);
    close(v.years[3]!.flow.state, 5_000 / 1.05 ** 3);
    close(v.net.total, 17_000 / 1.05 ** 2 + 17_000 / 1.05 ** 3 - 50_000);
    close(v.byConsequence.reduce((s, c) => s + c.value.total, 0), v.returns.total);
  });

  it('scales the cohort by its size, break-even years unchanged', () => {
    const r = evaluateScenario(scenario({ cohortSize: 25 }), prices);
    assert.ok(r.ok);
    assert.deepEqual(r.value.cohort.net, { municipality: -50_000, state: 500_000, total: 450_000 });
    assert.equal(r.value.cohort.years[4]!.cumulative.total, 25 * 18_000);
    assert.deepEqual(r.value.cohort.breakEvenYear, r.value.perCitizen.breakEvenYear);
  });

  it('break-even is where the cumulative result turns and stays non-negative', () => {
    const r = evaluateScenario(scenario({ changes: [{ consequence: 'labour_market_week', quantityPerYear: 10 }] }), prices);
    assert.ok(r.ok);
    // Municipality: −50,000 + 20,000 a year → −30,000, −10,000, 10,000 …
    assert.equal(r.value.perCitizen.breakEvenYear.municipality, 3);
    const worse = evaluateScenario(scenario({ changes: [{ consequence: 'labour_market_week', quantityPerYear: -1 }], investmentPerCitizen: { municipality: 0, state: 0 } }), prices);
    assert.ok(worse.ok);
    assert.deepEqual(worse.value.perCitizen.breakEvenYear, { municipality: null, state: null, total: null });
  });

  it('converts the unit prices to the scenario\'s price year', () => {
    const r = evaluateScenario(scenario({ priceYear: 2024, priceIndex: [{ year: 2020, value: 100 }, { year: 2024, value: 120 }] }), prices);
    assert.ok(r.ok);
    assert.equal(r.value.perCitizen.years[1]!.flow.municipality, 14_400);
    assert.deepEqual(validateScenario(scenario({ priceYear: 2024 }), prices), [{ path: 'priceYear', code: 'price_index_missing', values: { year: 2020 } }]);
  });

  it('takes the course cost per citizen as the municipality\'s investment', () => {
    assert.deepEqual(investmentFromCost({ total: { perCitizen: 91_837 } }), { municipality: 91_837, state: 0 });
  });

  it('reports bad fields and consequences without a price', () => {
    const problems = validateScenario(
      scenario({
        horizonYears: 0,
        discountRate: 2,
        cohortSize: -5,
        investmentPerCitizen: { municipality: -1, state: 0 },
        changes: [
          { consequence: 'flex_job_week', quantityPerYear: 2 },
          { consequence: 'home_support_day', quantityPerYear: Number.POSITIVE_INFINITY },
          { consequence: 'home_support_day', quantityPerYear: 1 },
          { consequence: 'lottery_week' as never, quantityPerYear: 1 },
        ],
      }),
      prices,
    );
    assert.deepEqual(problems.map((p) => `${p.path} ${p.code}`).sort(), [
      'changes[0].consequence unit_price_missing',
      'changes[1].quantityPerYear not_a_number',
      'changes[2].consequence duplicate_consequence',
      'changes[3].consequence unknown_value',
      'cohortSize not_positive',
      'discountRate out_of_range',
      'horizonYears out_of_range',
      'investmentPerCitizen.municipality negative',
    ]);
    const r = evaluateScenario(scenario({ horizonYears: 0 }), prices);
    assert.ok(!r.ok);
  });
});
