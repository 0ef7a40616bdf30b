import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calibrateUnitPrices, solveLinear, type CalibrationInput } from './calibration.ts';
import { evaluateScenario } from './scenario.ts';

describe('calibration of unit prices', () => {
  it('solves small linear systems, and reports singular ones', () => {
    assert.deepEqual(solveLinear([[2, 1], [1, 3]], [5, 10]), [1, 3]);
    assert.deepEqual(solveLinear([[0, 1], [1, 0]], [4, 7]), [7, 4]);
    assert.equal(solveLinear([[1, 2], [2, 4]], [1, 2]), null);
  });

  const input: CalibrationInput = {
    id: 'known',
    version: '1',
    priceYear: 2020,
    source: null,
    consequences: ['labour_market_week', 'home_support_day'],
    // Generated with week = 1,500 / 700 and day = 300 / 50 (municipality / state), 5 years from year 1 at 3 %.
    points: [],
    investmentPerCitizen: { municipality: 60_000, state: 0 },
    horizonYears: 5,
    startOffsetYears: 1,
    discountRate: 0.03,
  };
  let s = 0;
  for (let t = 1; t <= 5; t++) s += 1.03 ** -t;
  const net = (w: number, d: number) => ({ municipality: s * (w * 1500 + d * 300) - 60_000, state: s * (w * 700 + d * 50) });

  it('recovers the prices that generated two results, which then reproduce a third', () => {
    const r = calibrateUnitPrices({
      ...input,
      points: [
        { id: 'p', changes: [{ consequence: 'labour_market_week', quantityPerYear: 4 }], published: net(4, 0) },
        { id: 'q', changes: [{ consequence: 'labour_market_week', quantityPerYear: 8 }, { consequence: 'home_support_day', quantityPerYear: 10 }], published: net(8, 10) },
      ],
    });
    assert.ok(r.ok);
    const [week, day] = r.value.prices;
    assert.ok(Math.abs(week!.municipality - 1500) < 1e-6 && Math.abs(week!.state - 700) < 1e-6);
    assert.ok(Math.abs(day!.municipality - 300) < 1e-6 && Math.abs(day!.state - 50) < 1e-6);
    assert.equal(r.value.status, 'calibrated');
    assert.deepEqual(r.value.calibratedUnder, { discountRate: 0.03, horizonYears: 5, startOffsetYears: 1 });
    const third = evaluateScenario(
      { priceYear: 2020, investmentPerCitizen: input.investmentPerCitizen, horizonYears: 5, discountRate: 0.03, changes: [{ consequence: 'labour_market_week', quantityPerYear: 2 }, { consequence: 'home_support_day', quantityPerYear: 3 }] },
      r.value,
    );
    assert.ok(third.ok);
    assert.ok(Math.abs(third.value.perCitizen.net.municipality - net(2, 3).municipality) < 1e-6);
  });

  it('reports points that cannot separate the prices', () => {
    const r = calibrateUnitPrices({
      ...input,
      points: [
        { id: 'p', changes: [{ consequence: 'labour_market_week', quantityPerYear: 4 }, { consequence: 'home_support_day', quantityPerYear: 2 }], published: net(4, 2) },
        { id: 'q', changes: [{ consequence: 'labour_market_week', quantityPerYear: 8 }, { consequence: 'home_support_day', quantityPerYear: 4 }], published: net(8, 4) },
      ],
    });
    assert.deepEqual(r, { ok: false, problems: [{ path: 'points', code: 'calibration_singular' }] });
    const few = calibrateUnitPrices({ ...input, points: [] });
    assert.ok(!few.ok);
    assert.equal(few.problems[0]!.code, 'out_of_range');
  });
});
