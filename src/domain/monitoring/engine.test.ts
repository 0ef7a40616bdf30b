import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeFigures, defaultUnitsOf, personsBehind } from './engine.ts';
import { enrolment, person } from './fixtures.ts';
import { measureById, measuresFor } from './measures.ts';
import { monthIndex, monthRange } from './months.ts';
import type { PersonPeriods } from './person-periods.ts';

const M = monthIndex;
const tree: Record<string, string[]> = { team1: ['jc1'], team2: ['jc1'], jc1: [] };
const unitsOf = defaultUnitsOf((id) => tree[id] ?? []);
const fsm = (measures: string[], months: string[], persons: PersonPeriods[]) =>
  computeFigures(persons, { model: 'flere-skal-med', measures: measures.map(measureById), months: months.map(M), unitsOf });

describe('computeFigures', () => {
  const a = person({ key: 'a', municipality: '101', from: '2018-01', hours: [0, 10, 0], enrolments: [enrolment('2018-01-05')] });
  const b = person({ key: 'b', municipality: '101', from: '2018-01', hours: [5, 0, 0], enrolments: [enrolment('2018-02-01')] });
  const c = person({ key: 'c', municipality: '147', from: '2018-01', hours: [1, 1, 1], enrolments: [enrolment('2018-01-01', { group: '2' })] });
  const d = person({ key: 'd', municipality: '147', from: '2018-01', hours: [0, 0, 40], enrolments: [enrolment('2018-01-01')] });
  const e = person({ key: 'e', municipality: '147', from: '2018-01', hours: [9, 9, 9], enrolments: [] });
  const table = fsm(['ordinary-hours.month', 'ordinary-hours.touched', 'ordinary-hours.sum'], ['2018-01', '2018-02', '2018-03'], [a, b, c, d, e]);

  it('sums numerators and denominators over the persons in the population', () => {
    assert.deepEqual(table.get('ordinary-hours.month', 'country', M('2018-01')), { numerator: 0, denominator: 2, persons: 2 });
    assert.deepEqual(table.get('ordinary-hours.month', 'country', M('2018-02')), { numerator: 1, denominator: 3, persons: 3 });
    assert.deepEqual(table.get('ordinary-hours.touched', 'country', M('2018-03')), { numerator: 2, denominator: 3, persons: 3 });
    assert.deepEqual(table.get('ordinary-hours.sum', 'municipality:147', M('2018-03')), { numerator: 40, denominator: 1, persons: 1 });
  });

  it('has no cell where nobody is in the population', () => {
    assert.equal(table.get('ordinary-hours.month', 'municipality:101', M('2017-12')), undefined);
    assert.equal(table.get('ordinary-hours.month', 'municipality:999', M('2018-01')), undefined);
    assert.equal(table.get('no-such-measure', 'country', M('2018-01')), undefined);
  });

  it('lists its cells as entries', () => {
    const cells = [...table.entries()].filter(([m, u]) => m === 'ordinary-hours.month' && u === 'municipality:101');
    assert.deepEqual(cells.map(([, , month, cell]) => [month, cell.denominator]), [
      [M('2018-01'), 1],
      [M('2018-02'), 2],
      [M('2018-03'), 2],
    ]);
  });

  it('equals the sum of each person’s evaluate, for every measure and month', () => {
    const broker = [{ value: 's1', from: '2017-12-01', to: null }];
    const persons = Array.from({ length: 30 }, (_, i) =>
      person({
        key: `r${i}`,
        municipality: i % 2 ? '101' : '147',
        from: '2017-10',
        states: ['K K K K V V K K', 'K L L K K J J E', '- K K F F F K K', 'K K K K K K K K'][i % 4],
        hours: [0, 0, 0, i % 3, 0, (i * 7) % 50, 0, i % 5 ? 0 : 140],
        enrolments: [enrolment(`2017-${10 + (i % 3)}-0${1 + (i % 9)}`, { end: i % 7 === 0 ? '2018-03-10' : null })],
        caseFacts: i % 2 ? { cvFrom: '2018-01-15', placements: [{ kind: 'company_internship', from: '2018-02-01', to: '2018-03-01' }] } : null,
        jobBrokers: i % 2 ? broker : [],
      }),
    );
    const measures = measuresFor('flere-skal-med');
    const months = monthRange(M('2017-10'), M('2018-05'));
    const all = computeFigures(persons, { model: 'flere-skal-med', measures, months, unitsOf: () => ['country'] });
    for (const m of measures) {
      if (m.distinctDenominator) continue;
      for (const month of months) {
        let num = 0;
        let den = 0;
        let n = 0;
        for (const p of persons) {
          const c = m.evaluate(p, p.enrolments[0]!, month);
          if (!c) continue;
          num += c.numerator;
          den += c.denominator;
          n++;
        }
        const cell = all.get(m.id, 'country', month);
        assert.deepEqual(cell ? [cell.numerator, cell.denominator, cell.persons] : [0, 0, 0], [num, den, n], `${m.id} ${month}`);
      }
    }
  });

  it('counts a person once a month when enrolments overlap (the latest start)', () => {
    const twice = person({ from: '2018-01', hours: [3, 3], enrolments: [enrolment('2018-01-01'), enrolment('2018-01-20')] });
    const t = fsm(['ordinary-hours.month'], ['2018-01', '2018-02'], [twice]);
    assert.equal(t.get('ordinary-hours.month', 'country', M('2018-01'))!.denominator, 1);
  });
});

describe('units', () => {
  it('puts a person in the country, the municipality, the unit and its ancestors, and the job broker’s key', () => {
    const p = person({
      from: '2018-01',
      months: 3,
      enrolments: [enrolment('2018-01-01')],
      units: [
        { value: 'team1', from: '2017-06-01', to: '2018-01-31' },
        { value: 'team2', from: '2018-02-01', to: null },
      ],
      jobBrokers: [{ value: 's9', from: '2018-03-10', to: null }],
    });
    assert.deepEqual(unitsOf(p, M('2018-01')), ['country', 'municipality:998', 'unit:team1', 'unit:jc1']);
    assert.deepEqual(unitsOf(p, M('2018-03')), ['country', 'municipality:998', 'unit:team2', 'unit:jc1', 'staff:s9']);
    const t = fsm(['ordinary-hours.month'], ['2018-01', '2018-02', '2018-03'], [p]);
    assert.equal(t.get('ordinary-hours.month', 'unit:team1', M('2018-02')), undefined);
    assert.equal(t.get('ordinary-hours.month', 'unit:jc1', M('2018-02'))!.denominator, 1);
    assert.equal(t.get('ordinary-hours.month', 'staff:s9', M('2018-03'))!.denominator, 1);
  });

  it('returns the same array while nothing changes, so the engine can reuse it', () => {
    const p = person({ from: '2018-01', months: 2, enrolments: [enrolment('2018-01-01')] });
    assert.equal(unitsOf(p, M('2018-01')), unitsOf(p, M('2018-02')));
  });
});

describe('caseload: persons per distinct job broker', () => {
  const broker = (s: string) => [{ value: s, from: '2018-01-01', to: null }];
  const persons = ['s1', 's1', 's1', 's2', null].map((s, i) =>
    person({ key: `c${i}`, from: '2018-01', months: 1, enrolments: [enrolment('2018-01-01')], jobBrokers: s ? broker(s) : [], caseFacts: {} }),
  );
  const t = fsm(['process.caseload', 'process.job-broker'], ['2018-01'], persons);

  it('divides by the number of brokers, not persons', () => {
    assert.deepEqual(t.get('process.caseload', 'country', M('2018-01')), { numerator: 4, denominator: 2, persons: 4 });
    assert.deepEqual(t.get('process.caseload', 'staff:s1', M('2018-01')), { numerator: 3, denominator: 1, persons: 3 });
    assert.deepEqual(t.get('process.job-broker', 'country', M('2018-01')), { numerator: 4, denominator: 5, persons: 5 });
  });
});

describe('personsBehind', () => {
  it('lists exactly the persons and contributions a cell sums', () => {
    const ps = [0, 5, 0, 12].map((h, i) => person({ key: `x${i}`, municipality: i < 2 ? '101' : '147', from: '2018-01', hours: [h], enrolments: [enrolment('2018-01-01')] }));
    const measure = measureById('ordinary-hours.month');
    const behind = personsBehind(ps, measure, 'municipality:147', M('2018-01'), { model: 'flere-skal-med', unitsOf });
    assert.deepEqual(
      behind.map((b) => [b.person.key, b.contribution.numerator]),
      [
        ['x2', 0],
        ['x3', 1],
      ],
    );
    const t = fsm([measure.id], ['2018-01'], ps);
    assert.equal(t.get(measure.id, 'municipality:147', M('2018-01'))!.numerator, behind.reduce((s, b) => s + b.contribution.numerator, 0));
  });
});

describe('the latest visitation decides the group', () => {
  it('counts a person in FSM group 1 only from the later visitation to group 1, and not after a later one to group 2', () => {
    const p = person({
      from: '2024-01',
      states: 'K K K K K K',
      enrolments: [enrolment('2024-01-05', { group: '6' }), enrolment('2024-03-04', { group: '1' }), enrolment('2024-05-06', { group: '2' })],
    });
    const measure = measureById('ordinary-hours.month');
    const table = computeFigures([p], { model: 'flere-skal-med', measures: [measure], months: monthRange(monthIndex('2024-01'), monthIndex('2024-06')), unitsOf: () => ['country'] });
    const den = (month: string) => table.get(measure.id, 'country', monthIndex(month))?.denominator ?? 0;
    assert.deepEqual(['2024-02', '2024-03', '2024-04', '2024-05'].map(den), [0, 1, 1, 0]);
  });
});

describe('hours not yet reported', () => {
  it('leaves a register-only person out of the month hours measures in a month no hours extract covers', () => {
    const p = person({ from: '2024-01', states: 'K K K', hours: [10, 0, 0], enrolments: [enrolment('2024-01-01', { model: 'stv', group: 'AK' })] });
    p.hoursCovered[2] = 0;
    const hours = measureById('ordinary-hours.month');
    assert.deepEqual(hours.evaluate(p, p.enrolments[0]!, monthIndex('2024-02')), { numerator: 0, denominator: 1 });
    assert.equal(hours.evaluate(p, p.enrolments[0]!, monthIndex('2024-03')), null);
  });
});
