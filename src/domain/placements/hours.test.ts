import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkHoursWeek, fullWeeksBefore, goalReached, hoursProgression, isMonday, mondayOf, paidHoursByMonth, paidHoursInWeeksBefore, type HoursGoal, type HoursWeek } from './hours.ts';

const weekly: HoursGoal = { hours: 30, period: 'week' };
const monthly: HoursGoal = { hours: 30, period: 'month' };

const week = (weekStart: string, paid: number | null, unpaid: number | null = 10, plannedPaid = 0): HoursWeek => ({
  weekStart,
  plannedUnpaidHours: 15,
  plannedPaidHours: plannedPaid,
  actualUnpaidHours: unpaid,
  actualPaidHours: paid,
});

describe('week dates', () => {
  it('knows Mondays and the Monday of any day', () => {
    assert.equal(isMonday('2026-11-23'), true);
    assert.equal(isMonday('2026-11-24'), false);
    assert.equal(isMonday('2026-02-30'), false);
    assert.equal(mondayOf('2026-11-29'), '2026-11-23', 'Sunday belongs to the week that began on Monday');
    assert.equal(mondayOf('2026-11-23'), '2026-11-23');
    assert.equal(mondayOf('2024-03-01'), '2024-02-26', 'across a leap day');
    assert.equal(mondayOf('1969-12-31'), '1969-12-29', 'before day 0');
  });

  it('the four full weeks before this week', () => {
    assert.deepEqual(fullWeeksBefore('2026-11-25'), { from: '2026-10-26', to: '2026-11-16' });
  });
});

describe('checkHoursWeek', () => {
  const period = { from: '2026-10-07', to: null };
  const today = '2026-11-25';
  const ok = { plannedUnpaidHours: 15, plannedPaidHours: 2, actualUnpaidHours: 14, actualPaidHours: 2.5 };

  it('accepts a Monday within the placement, including the week the placement starts in mid-week', () => {
    assert.deepEqual(checkHoursWeek('2026-10-05', ok, period, today), {});
    assert.deepEqual(checkHoursWeek('2026-11-23', ok, period, today), {}, 'the current week has begun');
  });

  it('refuses a weekStart that is not a Monday and names its Monday', () => {
    const errors = checkHoursWeek('2026-10-07', ok, period, today);
    assert.match(errors.weekStart!, /ikke en mandag/);
    assert.match(errors.weekStart!, /5\. oktober 2026/);
  });

  it('refuses weeks outside the placement', () => {
    assert.match(checkHoursWeek('2026-09-28', ok, period, today).weekStart!, /før virksomhedsforløbets start/);
    assert.match(checkHoursWeek('2026-11-16', ok, { from: '2026-10-07', to: '2026-11-13' }, today).weekStart!, /efter virksomhedsforløbets slutning/);
    assert.deepEqual(checkHoursWeek('2026-11-09', ok, { from: '2026-10-07', to: '2026-11-09' }, today), {}, 'the week of the last day');
  });

  it('takes planned hours ahead but actual hours only once the week has begun', () => {
    assert.deepEqual(checkHoursWeek('2026-11-30', { plannedUnpaidHours: 15, plannedPaidHours: 5 }, period, today), {});
    const errors = checkHoursWeek('2026-11-30', { plannedUnpaidHours: 15, plannedPaidHours: 5, actualPaidHours: 5 }, period, today);
    assert.match(errors.actualPaidHours!, /når ugen er begyndt/);
  });

  it('keeps each figure within 0-80 with one decimal and each week within 80 hours', () => {
    assert.match(checkHoursWeek('2026-11-16', { ...ok, plannedUnpaidHours: -1 }, period, today).plannedUnpaidHours!, /mellem 0 og 80/);
    assert.match(checkHoursWeek('2026-11-16', { ...ok, actualUnpaidHours: 81 }, period, today).actualUnpaidHours!, /mellem 0 og 80/);
    assert.match(checkHoursWeek('2026-11-16', { ...ok, actualPaidHours: 2.25 }, period, today).actualPaidHours!, /én decimal/);
    assert.match(checkHoursWeek('2026-11-16', { ...ok, plannedUnpaidHours: 50, plannedPaidHours: 31 }, period, today).plannedPaidHours!, /tilsammen højst være 80/);
    assert.match(checkHoursWeek('2026-11-16', { ...ok, actualUnpaidHours: 60, actualPaidHours: 20.5 }, period, today).actualPaidHours!, /tilsammen højst være 80/);
    assert.deepEqual(checkHoursWeek('2026-11-16', { plannedUnpaidHours: 40, plannedPaidHours: 40, actualUnpaidHours: 0, actualPaidHours: 80 }, period, today), {});
  });
});

describe('hoursProgression', () => {
  it('two weeks with paid hours in the second are rising, with the first paid week and the latest paid hours', () => {
    const p = hoursProgression([week('2026-11-09', 3), week('2026-11-02', 0)], weekly);
    assert.equal(p.trend, 'rising');
    assert.equal(p.firstPaidWeek, '2026-11-09');
    assert.equal(p.latestPaid, 3);
    assert.equal(p.reached, false);
    assert.deepEqual(
      p.weeks.map((w) => w.weekStart),
      ['2026-11-02', '2026-11-09'],
      'oldest first',
    );
  });

  it('compares the latest four recorded weeks with the four before', () => {
    const weeks = ['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02'];
    // Week 1 (20 h) falls outside both windows; weeks 2-5 average 10, weeks 6-9 average 10.25.
    const paid = [20, 10, 10, 10, 10, 10, 10, 10, 11];
    assert.equal(hoursProgression(weeks.map((w, i) => week(w, paid[i]!)), weekly).trend, 'flat', 'a quarter hour is no change');
    const falling = [10, 10, 10, 10, 10, 8, 9, 8, 9];
    assert.equal(hoursProgression(weeks.map((w, i) => week(w, falling[i]!)), weekly).trend, 'falling');
  });

  it('ignores weeks without actual hours and counts an empty paid figure in a recorded week as 0', () => {
    const p = hoursProgression([week('2026-11-02', 6), week('2026-11-09', null, 12), week('2026-11-16', null, null)], null);
    assert.equal(p.trend, 'falling');
    assert.equal(p.latestPaid, 0);
    assert.equal(p.weeks.length, 3, 'planned-only weeks are listed');
  });

  it('has no trend before two recorded weeks, and a weekly goal is reached once a week has 30 paid hours', () => {
    assert.equal(hoursProgression([], weekly).trend, 'none');
    assert.equal(hoursProgression([], weekly).latestPaid, null);
    assert.equal(hoursProgression([week('2026-11-02', 30)], weekly).trend, 'none');
    assert.equal(hoursProgression([week('2026-11-02', 30)], weekly).reached, true);
    assert.equal(hoursProgression([week('2026-11-02', 29.9)], weekly).reached, false);
  });

  it('carries the model’s goal; without one, reached is null', () => {
    const p = hoursProgression([week('2026-11-02', 40)], null);
    assert.deepEqual([p.goal, p.reached], [null, null]);
    assert.deepEqual(hoursProgression([week('2026-11-02', 8)], monthly).goal, monthly);
  });

  it('a monthly goal (TRIN, 30 a month) is reached by 8 paid hours a week over a month, which a weekly goal of 30 never is', () => {
    const november = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'].map((w) => week(w, 8));
    const p = hoursProgression(november, monthly);
    assert.equal(p.reached, true, '4 x 8 = 32 hours in November');
    assert.deepEqual(p.months, [{ month: '2026-11', paid: 32 }]);
    assert.equal(hoursProgression(november, weekly).reached, false, 'no single week has 30');
  });
});

describe('paidHoursByMonth and goalReached', () => {
  it('splits a week spanning two months by its days, a seventh each', () => {
    // Monday 29 January 2024: Mon-Wed in January (3/7), Thu-Sun in February (4/7).
    assert.deepEqual(paidHoursByMonth([{ weekStart: '2024-01-29', unpaid: 0, paid: 14 }]), [
      { month: '2024-01', paid: 6 },
      { month: '2024-02', paid: 8 },
    ]);
  });

  it('sums the recorded weeks of each month, oldest first; a week with only planned hours counts nothing, an empty paid figure in a recorded week counts 0', () => {
    const weeks = [
      { weekStart: '2026-12-07', unpaid: 5, paid: null },
      { weekStart: '2026-11-02', unpaid: null, paid: 7.5 },
      { weekStart: '2026-11-09', unpaid: null, paid: null },
    ];
    assert.deepEqual(paidHoursByMonth(weeks), [
      { month: '2026-11', paid: 7.5 },
      { month: '2026-12', paid: 0 },
    ]);
  });

  it('compares a month with the goal on its figure as shown, one decimal', () => {
    const january = ['2024-01-01', '2024-01-08', '2024-01-15', '2024-01-22'].map((w) => ({ weekStart: w, unpaid: 0, paid: 6.5 }));
    const withSpanning = (paid: number) => [...january, { weekStart: '2024-01-29', unpaid: 0, paid }];
    // 4 x 6.5 = 26 in full January weeks, plus 3/7 of the week of 29 January.
    assert.equal(goalReached(withSpanning(9.1), monthly), false, '26 + 3.9 = 29.9');
    assert.equal(goalReached(withSpanning(9.2), monthly), false, '26 + 3.94 = 29.9 as shown');
    assert.equal(goalReached(withSpanning(9.3), monthly), true, '26 + 3.99 = 30.0 as shown');
    assert.equal(paidHoursByMonth(withSpanning(9.3))[0]!.paid, 30);
    assert.equal(goalReached([{ weekStart: '2024-01-01', unpaid: 0, paid: 35 }], null), null);
  });
});

describe('paidHoursInWeeksBefore', () => {
  it('sums actual paid hours of the four full weeks before this week; null without recorded hours', () => {
    const weeks = [week('2026-10-19', 50), week('2026-10-26', 2.5), week('2026-11-16', 4), week('2026-11-23', 9), week('2026-11-09', null, 10)];
    assert.equal(paidHoursInWeeksBefore(weeks, '2026-11-25'), 6.5);
    assert.equal(paidHoursInWeeksBefore([week('2026-11-23', 9)], '2026-11-25'), null);
    assert.equal(paidHoursInWeeksBefore([week('2026-11-16', null, 8)], '2026-11-25'), 0);
  });
});
