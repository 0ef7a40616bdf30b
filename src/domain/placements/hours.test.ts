import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkHoursWeek, fullWeeksBefore, hoursProgression, isMonday, mondayOf, paidHoursInWeeksBefore, type HoursWeek } from './hours.ts';

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
    const p = hoursProgression([week('2026-11-09', 3), week('2026-11-02', 0)]);
    assert.equal(p.trend, 'rising');
    assert.equal(p.firstPaidWeek, '2026-11-09');
    assert.equal(p.latestPaid, 3);
    assert.equal(p.reached30, false);
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
    assert.equal(hoursProgression(weeks.map((w, i) => week(w, paid[i]!))).trend, 'flat', 'a quarter hour is no change');
    const falling = [10, 10, 10, 10, 10, 8, 9, 8, 9];
    assert.equal(hoursProgression(weeks.map((w, i) => week(w, falling[i]!))).trend, 'falling');
  });

  it('ignores weeks without actual hours and counts an empty paid figure in a recorded week as 0', () => {
    const p = hoursProgression([week('2026-11-02', 6), week('2026-11-09', null, 12), week('2026-11-16', null, null)]);
    assert.equal(p.trend, 'falling');
    assert.equal(p.latestPaid, 0);
    assert.equal(p.weeks.length, 3, 'planned-only weeks are listed');
  });

  it('has no trend before two recorded weeks, and reached30 once a week has 30 paid hours', () => {
    assert.equal(hoursProgression([]).trend, 'none');
    assert.equal(hoursProgression([]).latestPaid, null);
    assert.equal(hoursProgression([week('2026-11-02', 30)]).trend, 'none');
    assert.equal(hoursProgression([week('2026-11-02', 30)]).reached30, true);
    assert.equal(hoursProgression([week('2026-11-02', 29.9)]).reached30, false);
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
