import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toDay } from '../rules/days.ts';
import { endOfMonth, firstDayOfMonth, lastDayOfMonth, monthIndex, monthKey, monthOfDate, monthOfDay, monthOfIsoWeek, monthRange, weeksInMonth, weeksInYear } from './months.ts';
import { person } from './fixtures.ts';
import { STATE_SLOTS, benefitStateCode } from '../registers/states.ts';

describe('months', () => {
  it('indexes months as year * 12 + (month - 1) and writes them back', () => {
    assert.equal(monthIndex('2018-07'), 2018 * 12 + 6);
    assert.equal(monthKey(monthIndex('2018-07')), '2018-07');
    assert.equal(monthKey(monthIndex('2019-12') + 1), '2020-01');
    assert.throws(() => monthIndex('2018-13'), /month: '2018-13'/);
    assert.throws(() => monthIndex('2018-7'), /YYYY-MM/);
  });

  it('finds the month of a date and of a day number, and the end of a month', () => {
    assert.equal(monthOfDate('2018-01-31'), monthIndex('2018-01'));
    assert.equal(monthOfDay(toDay('2016-02-29')), monthIndex('2016-02'));
    assert.equal(monthOfDay(toDay('1969-12-31')), monthIndex('1969-12'));
    assert.equal(endOfMonth(monthIndex('2016-02')), '2016-02-29');
    assert.equal(endOfMonth(monthIndex('2018-02')), '2018-02-28');
  });

  it('gives a week to the month that holds its Thursday', () => {
    // 2018-W05: Monday 29 January, Thursday 1 February → February.
    assert.equal(monthOfIsoWeek('2018-W05'), monthIndex('2018-02'));
    // 2020-W01: Thursday 2 January 2020; 2015-W53: Thursday 31 December 2015.
    assert.equal(monthOfIsoWeek('2020-W01'), monthIndex('2020-01'));
    assert.equal(monthOfIsoWeek('2015-W53'), monthIndex('2015-12'));
    assert.throws(() => monthIndex('2018-W54'));
  });

  it('counts four or five weeks a month and 52 or 53 a year', () => {
    assert.equal(weeksInMonth(monthIndex('2018-02')), 4); // Thursdays 1, 8, 15, 22
    assert.equal(weeksInMonth(monthIndex('2018-03')), 5); // 1, 8, 15, 22, 29
    assert.equal(weeksInYear(2018), 52);
    assert.equal(weeksInYear(2015), 53); // ISO year 2015 has 53 weeks
    assert.equal(weeksInYear(2020), 53);
  });

  it('gives first and last days as day numbers, inside and outside the remembered years', () => {
    assert.equal(firstDayOfMonth(monthIndex('2018-03')), toDay('2018-03-01'));
    assert.equal(lastDayOfMonth(monthIndex('2016-02')), toDay('2016-02-29'));
    assert.equal(firstDayOfMonth(monthIndex('2300-01')), toDay('2300-01-01'));
    assert.equal(lastDayOfMonth(monthIndex('1899-12')), toDay('1899-12-31'));
    assert.equal(weeksInMonth(monthIndex('2300-01')), 4); // a Monday 1 January: Thursdays 4, 11, 18, 25
  });

  it('lists month ranges inclusively', () => {
    assert.deepEqual(monthRange(5, 7), [5, 6, 7]);
    assert.deepEqual(monthRange(7, 5), []);
  });
});

describe('fixtures', () => {
  it('expands one letter to every week and counts states per month', () => {
    const p = person({ from: '2018-02', states: 'K VVKKK - .', hours: { '2018-04': 12 } });
    assert.equal(p.months, 4);
    assert.equal(p.stateWeeks[0 * STATE_SLOTS + benefitStateCode.kontanthjaelp], 4);
    assert.equal(p.stateWeeks[1 * STATE_SLOTS + benefitStateCode.company_internship], 2);
    assert.equal(p.benefitCovered[2], 0);
    assert.equal(p.stateWeeks[3 * STATE_SLOTS + 0], 5); // May 2018 has five Thursdays
    assert.equal(p.ordinaryHours[2], 12);
  });

  it('refuses a month token with the wrong number of weeks', () => {
    assert.throws(() => person({ from: '2018-02', states: 'KKK' }), /month 0 \('KKK'\) has 3 weeks; the month has 4/);
  });
});
