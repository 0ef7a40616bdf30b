/**
 * 002's archetypes A-D (Figure 6-4 assumptions, Figure 6-5 results) against
 * the seed table read at test time. The unit prices are calibrated from B and
 * D (in sample: reproduced exactly); A and C are out of sample and must fall
 * within the source's rounding: the printed figures are rounded to 100 kr.,
 * so B's and D's results and the 91,800 kr. cost are each known to ±50 kr.;
 * the test recalibrates at every corner of that box and requires the printed
 * A and C to lie within the predictions' range ± 50 kr. (their own rounding).
 *
 * Followed where 002 is inconsistent or silent (seed-tables README):
 * - the investment is 91,800 kr. (Figure 6-2 total and §6.2.1), not the sum
 *   of the rounded parts, 91,900; archetype A confirms it (−91,800);
 * - no discounting of the scenarios: 002 names a 4 % rate only for the
 *   establishment costs (footnote 17); with calibrated prices the published
 *   results are reproduced under any rate the calibration also uses, so the
 *   rate changes the implied prices, not these checks (tested below).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { archetypeIds, archetypeScenario, socialSupport002Archetypes, socialSupport002Calibration, socialSupport002UnitPrices, type ArchetypeId } from './archetypes-002.ts';
import { calibrateUnitPrices, type CalibrationInput } from './calibration.ts';
import { roundToStep } from './money.ts';
import { evaluateScenario } from './scenario.ts';
import { scenarioValue, skipWithoutTables } from './seed-tables.test-helper.ts';
import { unitPriceOf, type UnitPriceSet } from './unit-prices.ts';

const actors = ['municipality', 'state', 'total'] as const;

function net(id: ArchetypeId, prices: UnitPriceSet = socialSupport002UnitPrices, overrides: Partial<ReturnType<typeof archetypeScenario>> = {}) {
  const r = evaluateScenario({ ...archetypeScenario(id), ...overrides }, prices);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
  return r.value.perCitizen.net;
}

describe('002 archetypes (Figure 6-4, 6-5)', { skip: skipWithoutTables }, () => {
  it('carries Figure 6-4 and 6-5 as printed in the seed table', () => {
    for (const a of socialSupport002Archetypes) {
      assert.equal(a.labourMarketWeeksPerYear, scenarioValue(`fig6_4_archetype_${a.id}_increased_labour_market_attachment`));
      assert.equal(a.homeSupportDaysSavedPerYear, scenarioValue(`fig6_4_archetype_${a.id}_reduced_social_pedagogical_support`));
      assert.equal(a.published.municipality, scenarioValue(`fig6_5_archetype_${a.id}_net_result_municipality`));
      assert.equal(a.published.state, scenarioValue(`fig6_5_archetype_${a.id}_net_result_state`));
      assert.equal(a.published.total, scenarioValue(`fig6_5_archetype_${a.id}_net_result_total`));
    }
    const s = archetypeScenario('A');
    assert.equal(s.investmentPerCitizen.municipality, scenarioValue('text_scenario_cost_input_per_citizen'));
    assert.equal(s.horizonYears, scenarioValue('text_scenario_horizon_years'));
  });

  it('calibrates positive prices: a week on the labour market for municipality and state, a day of home support for the municipality only', () => {
    const week = unitPriceOf(socialSupport002UnitPrices, 'labour_market_week')!;
    const day = unitPriceOf(socialSupport002UnitPrices, 'home_support_day')!;
    assert.equal(socialSupport002UnitPrices.status, 'calibrated');
    // (−26,600 + 91,800) / (6 weeks × 6 years) and 39,200 / 36.
    assert.ok(Math.abs(week.municipality - 65_200 / 36) < 1e-9);
    assert.ok(Math.abs(week.state - 39_200 / 36) < 1e-9);
    // (59,700 + 91,800 − 12 × 6 × week) / (8 days × 6 years); the state's part is 0.
    assert.ok(Math.abs(day.municipality - 21_100 / 48) < 1e-9);
    assert.ok(Math.abs(day.state) < 1e-9);
  });

  it('reproduces B and D (in sample) and A and C (out of sample) to the nearest 100 kr. in total', () => {
    for (const id of archetypeIds) {
      const n = net(id);
      assert.equal(roundToStep(n.total, 100), scenarioValue(`fig6_5_archetype_${id}_net_result_total`), `${id} total`);
    }
    for (const id of ['B', 'D'] as const)
      for (const actor of ['municipality', 'state'] as const)
        assert.equal(roundToStep(net(id)[actor], 100), scenarioValue(`fig6_5_archetype_${id}_net_result_${actor}`), `${id} ${actor}`);
    // A: nothing changes, the municipality carries the cost.
    assert.equal(net('A').municipality, -91_800);
    assert.equal(net('A').state, 0);
    // C's municipality to the nearest 100 (27,416.7 → 27,400).
    assert.equal(roundToStep(net('C').municipality, 100), scenarioValue('fig6_5_archetype_C_net_result_municipality'));
  });

  it('predicts A and C within the source rounding of the calibration points (C state 65,333 vs printed 65,400)', () => {
    const base = socialSupport002Calibration(['B', 'D']);
    const corners: CalibrationInput[] = [];
    for (let mask = 0; mask < 32; mask++) {
      const d = (bit: number) => ((mask >> bit) & 1 ? 50 : -50);
      corners.push({
        ...base,
        investmentPerCitizen: { municipality: base.investmentPerCitizen.municipality + d(4), state: 0 },
        points: base.points.map((pt, i) => ({
          ...pt,
          published: { municipality: pt.published.municipality + d(2 * i), state: pt.published.state + d(2 * i + 1) },
        })),
      });
    }
    for (const id of ['A', 'C'] as const) {
      for (const actor of actors) {
        const predictions = corners.map((c) => {
          const prices = calibrateUnitPrices(c);
          assert.ok(prices.ok);
          return net(id, prices.value, { investmentPerCitizen: c.investmentPerCitizen })[actor];
        });
        const printed = scenarioValue(`fig6_5_archetype_${id}_net_result_${actor}`);
        const lo = Math.min(...predictions) - 50;
        const hi = Math.max(...predictions) + 50;
        assert.ok(printed >= lo && printed <= hi, `${id} ${actor}: printed ${printed} outside [${lo}, ${hi}] (point ${net(id)[actor]})`);
      }
    }
    // The point prediction of C's state part misses the printed figure by 67 kr.: the
    // rounding of B and D (±50 / 6 kr. per week) carries over ×10 weeks.
    assert.equal(roundToStep(net('C').state, 100), 65_300);
  });

  it('gives the text\'s B offset (ca. 65,200 kr.) and the "one A needs two D" mix for the municipality', () => {
    const b = net('B');
    assert.equal(roundToStep(b.municipality + 91_800, 100), scenarioValue('text_archetype_B_municipality_cost_offset'));
    assert.ok(net('A').municipality + 2 * net('D').municipality > 0);
    assert.ok(net('A').municipality + net('D').municipality < 0);
  });

  it('reproduces the published results under any discount rate the calibration also uses (only price × discount sum is identified)', () => {
    const at4 = calibrateUnitPrices({ ...socialSupport002Calibration(), discountRate: 0.04 });
    assert.ok(at4.ok);
    for (const id of archetypeIds)
      for (const actor of actors) assert.ok(Math.abs(net(id, at4.value, { discountRate: 0.04 })[actor] - net(id)[actor]) < 1e-6, `${id} ${actor}`);
    // The implied price per week is higher when later years count less: 6 / Σ 1.04^−t for t = 1…6.
    const ratio = unitPriceOf(at4.value, 'labour_market_week')!.municipality / unitPriceOf(socialSupport002UnitPrices, 'labour_market_week')!.municipality;
    let s = 0;
    for (let t = 1; t <= 6; t++) s += 1.04 ** -t;
    assert.ok(Math.abs(ratio - 6 / s) < 1e-9);
  });

  it('calibrating from B and C instead predicts D within rounding too', () => {
    const prices = calibrateUnitPrices(socialSupport002Calibration(['B', 'C']));
    assert.ok(prices.ok);
    for (const actor of actors) {
      const printed = scenarioValue(`fig6_5_archetype_D_net_result_${actor}`);
      // D = 2 C − 4/3 B − 1/3 cost (8 days = 2 × 4; 12 − 2 × 10 = −8 weeks = −4/3 × 6), each known to ±50,
      // plus D's own rounding: bound 50 × (2 + 4/3 + 1/3) + 50. Point: 59,667 / 78,533 / 138,200.
      assert.ok(Math.abs(net('D', prices.value)[actor] - printed) <= 50 * (2 + 4 / 3 + 1 / 3) + 50, `D ${actor}: ${net('D', prices.value)[actor]} vs ${printed}`);
    }
  });
});
