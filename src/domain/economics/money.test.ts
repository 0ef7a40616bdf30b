import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annuityDueFactor, discountFactor, discountSum, roundToStep } from './money.ts';

describe('money', () => {
  it('rounds half up to the step, negatives by magnitude', () => {
    assert.equal(roundToStep(91_837, 100), 91_800);
    assert.equal(roundToStep(4_350, 100), 4_400);
    assert.equal(roundToStep(4_349.99, 100), 4_300);
    assert.equal(roundToStep(-91_850, 100), -91_900);
    assert.equal(roundToStep(-26_640, 100), -26_600);
    assert.equal(roundToStep(5_807_500, 1000), 5_808_000);
  });

  it('annuity due: equal payments at the start of each year with present value 1', () => {
    assert.equal(annuityDueFactor(0, 2), 0.5);
    for (const [rate, years] of [[0.04, 2], [0.035, 5], [0.1, 1]] as const) {
      const a = annuityDueFactor(rate, years);
      let pv = 0;
      for (let t = 0; t < years; t++) pv += a * discountFactor(rate, t);
      assert.ok(Math.abs(pv - 1) < 1e-12, `${rate} ${years}`);
    }
    // 002 footnote 17 and §6.1.2: 439,900 kr. over two years at 4 % is 224,263 kr. a year.
    assert.equal(Math.round(439_900 * annuityDueFactor(0.04, 2)), 224_263);
  });

  it('sums discount factors over a run of years', () => {
    assert.equal(discountSum(0, 1, 6), 6);
    assert.ok(Math.abs(discountSum(0.04, 1, 2) - (1 / 1.04 + 1 / 1.04 ** 2)) < 1e-12);
    assert.equal(discountSum(0.04, 0, 1), 1);
  });
});
