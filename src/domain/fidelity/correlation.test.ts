import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pearson } from './correlation.ts';

describe('pearson', () => {
  it('matches a hand computation: x 1..5, y 2,4,5,4,5 gives 6 / sqrt(10 * 6)', () => {
    // mean x 3, mean y 4; sum dx*dy = 4+0+0+0+2 = 6; sum dx² = 10; sum dy² = 6.
    const { r, n } = pearson([
      [1, 2],
      [2, 4],
      [3, 5],
      [4, 4],
      [5, 5],
    ]);
    assert.equal(n, 5);
    assert.ok(Math.abs(r! - 6 / Math.sqrt(60)) < 1e-12, String(r));
    assert.ok(Math.abs(r! - 0.7745966692) < 1e-9);
  });

  it('uses only pairs with both values present', () => {
    const { r, n } = pearson([
      [10, 30],
      [null, 5],
      [20, 20],
      [30, null],
      [30, 10],
    ]);
    assert.equal(n, 3);
    // x 10,20,30 against y 30,20,10: a perfect fall.
    assert.ok(Math.abs(r! + 1) < 1e-12);
  });

  it('is null with fewer than three pairs or without variance', () => {
    assert.deepEqual(pearson([[1, 2], [2, 3]]), { r: null, n: 2 });
    assert.deepEqual(pearson([]), { r: null, n: 0 });
    assert.deepEqual(pearson([[1, 5], [2, 5], [3, 5]]), { r: null, n: 3 });
    assert.deepEqual(pearson([[0.1, 1], [0.1, 2], [0.1, 3]]), { r: null, n: 3 });
  });
});
