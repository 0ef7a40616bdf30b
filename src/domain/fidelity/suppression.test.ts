import { mulberry32 as random } from '../random.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_MIN_CELL_SIZE, suppressedCells } from './suppression.ts';

/** What subtracting the shown cells from the total reveals: the hidden cells with respondents, and their sum. */
function residual(counts: readonly number[], hidden: readonly boolean[]) {
  const cells = counts.map((n, i) => ({ n, i })).filter(({ n, i }) => hidden[i] && n > 0);
  return { cells: cells.length, mass: cells.reduce((s, c) => s + c.n, 0) };
}


describe('suppressedCells', () => {
  it('defaults to a minimum cell size of 3', () => assert.equal(DEFAULT_MIN_CELL_SIZE, 3));

  it('hides nothing when every cell reaches the minimum', () => {
    assert.deepEqual(suppressedCells([3, 4, 10], 3), [false, false, false]);
  });

  it('hides a cell under the minimum and the smallest other cell with it (primary + secondary)', () => {
    assert.deepEqual(suppressedCells([2, 7, 4, 9], 3), [true, false, true, false]);
  });

  it('hides one more cell when the hidden ones together stay under the minimum', () => {
    // 1 + 1 = 2 < 3: both are hidden primarily, but their sum would be a cell under the minimum.
    assert.deepEqual(suppressedCells([1, 1, 5, 6], 3), [true, true, true, false]);
  });

  it('is content with two primary cells that together reach the minimum', () => {
    assert.deepEqual(suppressedCells([1, 2, 5], 3), [true, true, false]);
  });

  it('never counts empty cells as hidden mass, and never shows them as figures either', () => {
    assert.deepEqual(suppressedCells([0, 2, 5, 6], 3), [false, true, true, false]);
    assert.deepEqual(suppressedCells([0, 0, 4], 3), [false, false, false]);
  });

  it('treats cells hidden for another reason as hidden mass', () => {
    assert.deepEqual(suppressedCells([4, 5, 6], 3, [true, false, false]), [true, true, false]);
    assert.deepEqual(suppressedCells([4, 5, 6], 3, [true, true, false]), [true, true, false]);
  });

  it('hides everything when there is nothing else to hide with', () => {
    assert.deepEqual(suppressedCells([2, 5], 3), [true, true]);
  });

  it('rejects a minimum that is not a whole number from 1', () => {
    assert.throws(() => suppressedCells([1], 0), RangeError);
    assert.throws(() => suppressedCells([1], 2.5), RangeError);
  });

  it('leaves no hidden cell recoverable from the total, over many random breakdowns', () => {
    const next = random(12);
    for (let run = 0; run < 2000; run++) {
      const min = 1 + Math.floor(next() * 5);
      const counts = Array.from({ length: 1 + Math.floor(next() * 7) }, () => Math.floor(next() * 9));
      const total = counts.reduce((s, n) => s + n, 0);
      if (total < min) continue; // the total itself is hidden then (scoring.ts)
      const hidden = suppressedCells(counts, min);
      counts.forEach((n, i) => {
        if (n > 0 && n < min) assert.ok(hidden[i], `${counts} min ${min}: cell ${i} under the minimum is hidden`);
      });
      const { cells, mass } = residual(counts, hidden);
      assert.notEqual(cells, 1, `${counts} min ${min}: a single hidden cell equals total minus the shown cells`);
      if (cells > 0) assert.ok(mass >= min, `${counts} min ${min}: the hidden cells together (${mass}) are a cell under the minimum`);
    }
  });
});
