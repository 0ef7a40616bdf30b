import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, ageInYears, dayNumber, fromDay, isIsoDate, toDay } from './days.ts';

describe('day numbers', () => {
  it('round-trip every day from 1900 to 2100 and agree with Date.UTC', () => {
    const first = toDay('1900-01-01');
    const last = toDay('2100-12-31');
    for (let day = first; day <= last; day++) {
      const iso = fromDay(day);
      assert.equal(toDay(iso), day, iso);
      assert.equal(new Date(day * 86_400_000).toISOString().slice(0, 10), iso);
    }
  });

  it('counts 1970-01-01 as day 0', () => {
    assert.equal(toDay('1970-01-01'), 0);
    assert.equal(fromDay(-1), '1969-12-31');
  });

  it('accepts 29 February only in leap years (2000 and 2024, not 1900 or 2023)', () => {
    assert.equal(isIsoDate('2024-02-29'), true);
    assert.equal(isIsoDate('2000-02-29'), true);
    assert.equal(isIsoDate('1900-02-29'), false);
    assert.equal(isIsoDate('2023-02-29'), false);
    assert.equal(toDay('2024-03-01') - toDay('2024-02-28'), 2);
    assert.equal(toDay('2023-03-01') - toDay('2023-02-28'), 1);
  });

  it('rejects strings that are not real ISO dates', () => {
    for (const bad of ['', '2024-1-01', '2024-13-01', '2024-00-10', '2024-04-31', '20240101', '2024/01/01', '2024-01-01T00:00', 'abcd-ef-gh']) {
      assert.ok(Number.isNaN(dayNumber(bad)), bad);
      assert.throws(() => toDay(bad), RangeError, bad);
    }
  });
});

describe('addMonths', () => {
  it('keeps the day of the month when it exists', () => {
    assert.equal(fromDay(addMonths(toDay('2024-01-15'), 1)), '2024-02-15');
    assert.equal(fromDay(addMonths(toDay('2024-11-15'), 3)), '2025-02-15');
    assert.equal(fromDay(addMonths(toDay('2024-03-15'), -3)), '2023-12-15');
  });

  it('clamps to the end of a shorter month, respecting leap years', () => {
    assert.equal(fromDay(addMonths(toDay('2024-01-31'), 1)), '2024-02-29');
    assert.equal(fromDay(addMonths(toDay('2023-01-31'), 1)), '2023-02-28');
    assert.equal(fromDay(addMonths(toDay('2024-02-29'), 12)), '2025-02-28');
    assert.equal(fromDay(addMonths(toDay('2024-02-29'), 48)), '2028-02-29');
    assert.equal(fromDay(addMonths(toDay('2024-08-31'), 1)), '2024-09-30');
  });

  it('adds 60 months as five calendar years', () => {
    assert.equal(fromDay(addMonths(toDay('2019-03-15'), 60)), '2024-03-15');
  });
});

describe('ageInYears', () => {
  it('turns a year older on the birthday, not the day before', () => {
    assert.equal(ageInYears(toDay('1994-06-10'), toDay('2024-06-09')), 29);
    assert.equal(ageInYears(toDay('1994-06-10'), toDay('2024-06-10')), 30);
  });

  it('lets someone born on 29 February turn a year older on 1 March in other years', () => {
    const birth = toDay('1996-02-29');
    assert.equal(ageInYears(birth, toDay('2026-02-28')), 29);
    assert.equal(ageInYears(birth, toDay('2026-03-01')), 30);
    assert.equal(ageInYears(birth, toDay('2024-02-29')), 28);
  });
});
