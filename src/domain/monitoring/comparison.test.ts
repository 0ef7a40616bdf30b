import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateCells, rankUnits, scoreboard, topUnits } from './comparison.ts';
import { computeFigures } from './engine.ts';
import { enrolment, person } from './fixtures.ts';
import { measureById } from './measures.ts';
import { monthIndex } from './months.ts';

const v = (pairs: [string, number | null][]) => pairs.map(([unit, value]) => ({ unit, value }));
const summary = (r: ReturnType<typeof rankUnits>) => r.map((x) => `${x.unit}:${x.rank ?? '-'}:${x.third ?? '-'}`);

describe('rankUnits', () => {
  it('ranks best first, with ties sharing the best rank (1, 2, 2, 4)', () => {
    const r = rankUnits(v([['a', 10], ['b', 30], ['c', 20], ['d', 20]]), true);
    assert.deepEqual(r.map((x) => [x.unit, x.rank]), [['b', 1], ['c', 2], ['d', 2], ['a', 4]]);
  });

  it('respects lower-is-better measures', () => {
    assert.deepEqual(summary(rankUnits(v([['a', 10], ['b', 30], ['c', 20]]), false)), ['a:1:top', 'c:2:middle', 'b:3:bottom']);
  });

  it('leaves null values unranked, after the ranked ones', () => {
    const r = rankUnits(v([['z', null], ['a', 1], ['b', 2]]), true);
    assert.deepEqual(summary(r), ['b:1:top', 'a:2:bottom', 'z:-:-']);
    assert.equal(r[0]!.of, 2);
  });

  it('splits into thirds, including sets of fewer than three units', () => {
    assert.deepEqual(summary(rankUnits(v([['a', 1]]), true)), ['a:1:middle']);
    assert.deepEqual(summary(rankUnits(v([['a', 1], ['b', 2]]), true)), ['b:1:top', 'a:2:bottom']);
    assert.deepEqual(summary(rankUnits(v([['a', 1], ['b', 1]]), true)), ['a:1:middle', 'b:1:middle']);
    assert.deepEqual(summary(rankUnits(v([]), true)), []);
    const six = rankUnits(v([['a', 6], ['b', 5], ['c', 4], ['d', 3], ['e', 2], ['f', 1]]), true);
    assert.deepEqual(six.map((x) => x.third), ['top', 'top', 'middle', 'middle', 'bottom', 'bottom']);
  });

  it('keeps tied units in the same third', () => {
    const r = rankUnits(v([['a', 9], ['b', 5], ['c', 5], ['d', 5], ['e', 1]]), true);
    assert.deepEqual(summary(r), ['a:1:top', 'b:2:middle', 'c:2:middle', 'd:2:middle', 'e:5:bottom']);
  });

  it('a third of 98 municipalities is about 33 each', () => {
    const r = rankUnits(Array.from({ length: 98 }, (_, i) => ({ unit: `m${i}`, value: i })), true);
    const count = (t: string) => r.filter((x) => x.third === t).length;
    assert.deepEqual([count('top'), count('middle'), count('bottom')], [33, 32, 33]);
  });
});

describe('topUnits', () => {
  it('takes the best ten and keeps ties at the cut', () => {
    const values = v(Array.from({ length: 14 }, (_, i) => [`u${String(i).padStart(2, '0')}`, i < 12 ? 100 - i : 88] as [string, number]));
    const top = topUnits(values, true);
    assert.equal(top.length, 10);
    const tied = topUnits(v([...values.map((x) => [x.unit, x.value] as [string, number]), ['tie', 91]]), true);
    assert.deepEqual(tied.slice(-2).map((x) => x.unit), ['tie', 'u09']);
    assert.equal(tied.length, 11);
  });
});

describe('scoreboard', () => {
  it('gives rank, third and the change since last month, judged by direction', () => {
    const now = v([['a', 40], ['b', 30], ['c', 20]]);
    const before = v([['a', 10], ['b', 35], ['c', 25]]);
    const s = scoreboard('a', now, before, true);
    assert.deepEqual([s.rank, s.of, s.third, s.previousRank, s.previousThird, s.change, s.direction], [1, 3, 'top', 3, 'bottom', 30, 'better']);
    const lower = scoreboard('a', now, before, false);
    assert.equal(lower.direction, 'worse');
    assert.equal(scoreboard('b', v([['b', 5]]), v([['b', 5]]), true).direction, 'same');
    const fresh = scoreboard('c', now, v([['c', null]]), true);
    assert.deepEqual([fresh.change, fresh.direction, fresh.previousRank], [null, null, null]);
  });
});

describe('aggregateCells', () => {
  it('sums a cluster’s counts instead of averaging its percentages', () => {
    const M = monthIndex('2018-01');
    const make = (mun: string, hours: number, i: number) =>
      person({ key: `${mun}-${i}`, municipality: mun, from: '2018-01', hours: [hours], enrolments: [enrolment('2018-01-01')] });
    const persons = [make('101', 5, 0), make('101', 0, 1), make('101', 0, 2), make('101', 0, 3), make('147', 8, 0)];
    const table = computeFigures(persons, {
      model: 'flere-skal-med',
      measures: [measureById('ordinary-hours.month')],
      months: [M],
      unitsOf: (p) => [`municipality:${p.municipality}`],
    });
    const cell = aggregateCells(table, 'ordinary-hours.month', ['municipality:101', 'municipality:147', 'municipality:999'], M)!;
    assert.deepEqual(cell, { numerator: 2, denominator: 5, persons: 5 }); // 40 %, not (25 % + 100 %) / 2
    assert.equal(aggregateCells(table, 'ordinary-hours.month', ['municipality:999'], M), undefined);
  });
});
