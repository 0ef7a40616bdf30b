import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoWeeksInYear, monthEnd, parseDate, parseIsoWeek, parseMonth, parseWideWeekColumn, weekEnd } from './periods.ts';

test('an ISO week is stored as its Monday, also across the year boundary', () => {
  assert.deepEqual(parseIsoWeek('2018-W07'), { ok: true, date: '2018-02-12' });
  assert.deepEqual(parseIsoWeek('2018-W01'), { ok: true, date: '2018-01-01' });
  // Week 1 of 2020 starts on Monday 30 December 2019.
  assert.deepEqual(parseIsoWeek('2020-W01'), { ok: true, date: '2019-12-30' });
  assert.deepEqual(parseIsoWeek('2020-W53'), { ok: true, date: '2020-12-28' });
  assert.deepEqual(parseIsoWeek('2018W7'), { ok: true, date: '2018-02-12' });
});

test('week 53 exists only in long years; week 0 and years outside the registers are out of range', () => {
  assert.equal(isoWeeksInYear(2018), 52);
  assert.equal(isoWeeksInYear(2020), 53);
  assert.deepEqual(parseIsoWeek('2018-W53'), { ok: false, problem: 'week_out_of_range' });
  assert.deepEqual(parseIsoWeek('2018-W00'), { ok: false, problem: 'week_out_of_range' });
  assert.deepEqual(parseIsoWeek('1980-W10'), { ok: false, problem: 'week_out_of_range' });
  assert.deepEqual(parseIsoWeek('2018-07'), { ok: false, problem: 'bad_week' });
  assert.deepEqual(parseIsoWeek(''), { ok: false, problem: 'bad_week' });
});

test('wide DREAM columns y_YYWW read 91-99 as the 1990s', () => {
  assert.deepEqual(parseWideWeekColumn('y_1807'), { ok: true, date: '2018-02-12' });
  assert.deepEqual(parseWideWeekColumn('y_9901'), { ok: true, date: '1999-01-04' });
  assert.deepEqual(parseWideWeekColumn('y_1853'), { ok: false, problem: 'week_out_of_range' });
  assert.equal(parseWideWeekColumn('person'), null);
});

test('months, period ends and dates', () => {
  assert.deepEqual(parseMonth('2018-07'), { ok: true, date: '2018-07-01' });
  assert.deepEqual(parseMonth('2018-13'), { ok: false, problem: 'bad_month' });
  assert.deepEqual(parseMonth('2018-7'), { ok: false, problem: 'bad_month' });
  assert.equal(monthEnd('2020-02-01'), '2020-02-29');
  assert.equal(weekEnd('2019-12-30'), '2020-01-05');
  assert.equal(parseDate('2018-02-29'), null);
  assert.equal(parseDate('2020-02-29'), '2020-02-29');
});
