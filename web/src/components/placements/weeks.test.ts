import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { HoursWeek } from '../../api/placements.ts';
import { actualTotal, combineRows, defaultWeek, goalReached, isoWeek, paidHoursByMonth, parseHours, placementWeeks, rowsOf, validHours, weekHasBegun } from './weeks.ts';

const week = (weekStart: string, actualUnpaidHours: number | null, actualPaidHours: number | null, planned: readonly [number, number] = [10, 0]): HoursWeek => ({
  weekStart,
  plannedUnpaidHours: planned[0],
  plannedPaidHours: planned[1],
  actualUnpaidHours,
  actualPaidHours,
  note: null,
});

describe('the week picker offers the Mondays of the weeks a placement overlaps', () => {
  test('a placement starting on a Wednesday begins with that week’s Monday and ends with the week of its last day', () => {
    assert.deepEqual(placementWeeks({ from: '2026-03-04', to: '2026-03-23' }, '2026-05-01'), ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']);
  });

  test('a running placement is offered weeks ahead of the current week for planned hours', () => {
    const weeks = placementWeeks({ from: '2026-03-02', to: null }, '2026-03-11', 2);
    assert.deepEqual(weeks, ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']);
  });

  test('every offered week starts on a Monday across a year boundary', () => {
    const weeks = placementWeeks({ from: '2025-12-24', to: '2026-01-14' }, '2026-02-01');
    assert.deepEqual(weeks, ['2025-12-22', '2025-12-29', '2026-01-05', '2026-01-12']);
    for (const w of weeks) assert.equal(new Date(`${w}T00:00:00Z`).getUTCDay(), 1);
  });

  test('actual hours wait until the week has begun; the default is the first begun week without actual hours', () => {
    assert.equal(weekHasBegun('2026-03-09', '2026-03-09'), true);
    assert.equal(weekHasBegun('2026-03-16', '2026-03-15'), false);
    const weeks = ['2026-03-02', '2026-03-09', '2026-03-16'];
    assert.equal(defaultWeek(weeks, [week('2026-03-02', 10, 0)], '2026-03-12'), '2026-03-09');
    assert.equal(defaultWeek(weeks, [week('2026-03-02', 10, 0), week('2026-03-09', 10, 2)], '2026-03-12'), '2026-03-09');
  });
});

describe('ISO week numbers', () => {
  test('follow ISO 8601 at the turn of the year', () => {
    assert.deepEqual(isoWeek('2026-01-01'), { year: 2026, week: 1 });
    assert.deepEqual(isoWeek('2027-01-01'), { year: 2026, week: 53 });
    assert.deepEqual(isoWeek('2024-12-30'), { year: 2025, week: 1 });
    assert.deepEqual(isoWeek('2026-03-09'), { year: 2026, week: 11 });
  });
});

describe('rows behind the hours chart', () => {
  test('one placement’s weeks in date order', () => {
    const rows = rowsOf([week('2026-03-09', 12, 3), week('2026-03-02', 10, null)]);
    assert.deepEqual(
      rows.map((r) => [r.weekStart, r.unpaid, r.paid]),
      [
        ['2026-03-02', 10, null],
        ['2026-03-09', 12, 3],
      ],
    );
  });

  test('two placements in the same week add up; a week only one recorded keeps the other’s gap empty, not zero', () => {
    const a = rowsOf([week('2026-03-02', 10, 2.5), week('2026-03-09', null, null)]);
    const b = rowsOf([week('2026-03-02', 5, 0.1, [5, 1]), week('2026-03-16', 4, null)]);
    const combined = combineRows([a, b]);
    assert.deepEqual(combined, [
      { weekStart: '2026-03-02', unpaid: 15, paid: 2.6, plannedUnpaid: 15, plannedPaid: 1 },
      { weekStart: '2026-03-09', unpaid: null, paid: null, plannedUnpaid: 10, plannedPaid: 0 },
      { weekStart: '2026-03-16', unpaid: 4, paid: null, plannedUnpaid: 10, plannedPaid: 0 },
    ]);
    assert.equal(actualTotal(combined[0]!), 17.6);
    assert.equal(actualTotal(combined[1]!), null);
  });

  test('a weekly goal of 30 is reached by paid hours only', () => {
    const goal = { hours: 30, period: 'week' } as const;
    assert.equal(goalReached(rowsOf([week('2026-03-02', 30, 0)]), goal), false);
    assert.equal(goalReached(rowsOf([week('2026-03-02', 0, 30)]), goal), true);
  });

  test('the combined rows of two placements give the months a monthly goal is checked on', () => {
    const combined = combineRows([rowsOf([week('2026-03-02', 0, 4), week('2026-03-30', 0, 7)]), rowsOf([week('2026-03-02', 0, 3)])]);
    assert.deepEqual(paidHoursByMonth(combined), [
      { month: '2026-03', paid: 9 },
      { month: '2026-04', paid: 5 },
    ]);
    assert.equal(goalReached(combined, { hours: 9, period: 'month' }), true);
  });
});

describe('hours as typed', () => {
  test('accept a decimal comma or point and refuse other text', () => {
    assert.equal(parseHours('7,5'), 7.5);
    assert.equal(parseHours(' 12.0 '), 12);
    assert.equal(parseHours(''), null);
    assert.ok(Number.isNaN(parseHours('7 timer') as number));
    assert.ok(Number.isNaN(parseHours('-3') as number));
  });

  test('at most one decimal and 0-80', () => {
    assert.equal(validHours(7.5), true);
    assert.equal(validHours(7.25), false);
    assert.equal(validHours(80.5), false);
    assert.equal(validHours(0), true);
  });
});
