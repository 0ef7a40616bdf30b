import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fidelityColour } from './colour.ts';

describe('fidelityColour (003 §3.1)', () => {
  it('colours the totals of 003 Table 1', () => {
    const table: [number, number, string][] = [
      [45, 68, 'green'],
      [78, 91, 'green'],
      [46, 54, 'green'],
      [65, 73, 'green'],
      [31, 55, 'green'],
      [55, 59, 'yellow'],
      [70, 82, 'green'],
    ];
    for (const [start, end, colour] of table) assert.equal(fidelityColour(start, end), colour, `${start} -> ${end}`);
  });

  it('colours falls of more than 5 points red (København in Table 3)', () => {
    assert.equal(fidelityColour(75, 55), 'red');
    assert.equal(fidelityColour(57, 13), 'red');
  });

  it('keeps exactly +5 and -5 yellow, also where floating point would stray', () => {
    assert.equal(fidelityColour(45, 50), 'yellow');
    assert.equal(fidelityColour(50, 45), 'yellow');
    assert.equal(fidelityColour(45.1, 50.1), 'yellow');
    assert.equal(fidelityColour(0.7, 5.7), 'yellow');
    assert.equal(fidelityColour(45, 50.01), 'green');
    assert.equal(fidelityColour(50.01, 45), 'red');
    assert.equal(fidelityColour(60, 60), 'yellow');
  });

  it('rejects values that are not percentages', () => {
    assert.throws(() => fidelityColour(-1, 50), RangeError);
    assert.throws(() => fidelityColour(50, 101), RangeError);
    assert.throws(() => fidelityColour(Number.NaN, 50), RangeError);
  });
});

describe('fidelityColour with other thresholds', () => {
  it('uses the given bounds, still inclusive on the yellow side', () => {
    const rule = { greenAbove: 10, redBelow: -2 };
    assert.equal(fidelityColour(40, 50, rule), 'yellow');
    assert.equal(fidelityColour(40, 50.5, rule), 'green');
    assert.equal(fidelityColour(40, 38, rule), 'yellow');
    assert.equal(fidelityColour(40, 37.5, rule), 'red');
  });
});
