/** The period's length in years behind citizens a year, and the months of an evaluation window. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { periodYears } from './citizens.ts';
import { windowMonths } from './analysis-evidence.ts';

it('counts whole months as twelfths of a year and other periods in days of 365.25', () => {
  assert.equal(periodYears('2024-01-01', '2025-12-31'), 2);
  assert.equal(periodYears('2024-01-15', '2024-07-14'), 0.5);
  assert.equal(periodYears('2024-03-01', '2024-03-31'), 1 / 12);
  // 2024 is a leap year: a calendar year is still one year.
  assert.equal(periodYears('2024-01-01', '2024-12-31'), 1);
  assert.equal(periodYears('2024-01-01', '2024-01-10'), 10 / 365.25);
});

it("reads an evaluation window 'a-b' as b - a + 1 months", () => {
  assert.equal(windowMonths('1-12'), 12);
  assert.equal(windowMonths('13-24'), 12);
  assert.equal(windowMonths('7-12'), 6);
  assert.equal(windowMonths('12-1'), null);
  assert.equal(windowMonths(null), null);
  assert.equal(windowMonths('twelve'), null);
});
