import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthIndex } from '../monitoring/months.ts';
import { benefitStateCode as S } from '../registers/states.ts';
import { toDay } from '../rules/days.ts';
import { buildCohort, covariatesAt, monthlyOutcomeSeries, outcomesAfter, parseTimeZeroCsv, Timeline, treatedFromCaseData, type CohortPerson, type TargetGroupRule } from './cohort.ts';

const FIRST_WEEK = '2012-01-02'; // a Monday
const LAST_WEEK = '2020-12-28'; // a Monday
const FIRST_MONTH = monthIndex('2012-01');

/** A person whose weekly state and monthly hours are functions of the week's Monday (ISO date) and the month key. */
function person(
  key: string,
  opts: {
    state?: (monday: string, offsetFromW0: number) => number;
    w0?: string;
    hours?: (month: string) => number;
    lastWeek?: string;
    lastMonth?: string;
    birthYear?: number | null;
    courseStarts?: string[];
    visitations?: string[];
  } = {},
): CohortPerson {
  const first = toDay(FIRST_WEEK);
  const last = toDay(opts.lastWeek ?? LAST_WEEK);
  const w0 = toDay(opts.w0 ?? '2018-07-02');
  const states: number[] = [];
  for (let d = first; d <= last; d += 7) states.push(opts.state ? opts.state(iso(d), (d - w0) / 7) : 0);
  const hours: number[] = [];
  for (let m = FIRST_MONTH; m <= monthIndex(opts.lastMonth ?? '2020-12'); m++) hours.push(opts.hours ? opts.hours(monthKeyOf(m)) : 0);
  return {
    person: key,
    birthYear: opts.birthYear === undefined ? 1980 : opts.birthYear,
    sex: 'K',
    origin: 'dansk',
    education: 3,
    municipality: '101',
    firstWeek: FIRST_WEEK,
    states,
    firstMonth: FIRST_MONTH,
    ordinaryHours: hours,
    courseStarts: opts.courseStarts,
    visitations: opts.visitations,
  };
  function monthKeyOf(m: number): string {
    const y = Math.floor(m / 12);
    const mm = m - y * 12 + 1;
    return `${y}-${mm < 10 ? '0' : ''}${mm}`;
  }
}

function iso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * T1, time zero Wednesday 2018-07-04: w0 = Monday 2018-07-02, m0 = July 2018.
 * Before w0 (offset k = -1 is the week before):
 *   kontanthjaelp in weeks -10..-1, company_internship -20..-16, dagpenge -100..-91, sygedagpenge -201..-200.
 *   w0 itself: kontanthjaelp (counts nowhere).
 * After: kontanthjaelp +1..+8, company_internship +9..+12, 0 (no public benefit) +13..+59, foertidspension from +60.
 * Hours: 2016-06 (m0-25) 100 (too old), 2016-07 (m0-24) 10, 2018-06 (m0-1) 50, 2018-07 (m0) 80 (neither side),
 *   2018-09 (m0+2) 74, 2019-03 (m0+8) 148, 2019-08 (m0+13) 1000; hours data end 2020-03.
 */
function t1(): CohortPerson {
  return person('T1', {
    state: (_, k) => {
      if (k >= -10 && k <= 0) return S.kontanthjaelp;
      if (k >= -20 && k <= -16) return S.company_internship;
      if (k >= -100 && k <= -91) return S.dagpenge;
      if (k >= -201 && k <= -200) return S.sygedagpenge;
      if (k >= 1 && k <= 8) return S.kontanthjaelp;
      if (k >= 9 && k <= 12) return S.company_internship;
      if (k >= 60) return S.foertidspension;
      return 0;
    },
    hours: (m) => ({ '2016-06': 100, '2016-07': 10, '2018-06': 50, '2018-07': 80, '2018-09': 74, '2019-03': 148, '2019-08': 1000 })[m] ?? 0,
    lastMonth: '2020-03',
  });
}

const rule: TargetGroupRule = { states: ['kontanthjaelp'], atLeast: 4, ofLast: 8 };

describe('covariates at time zero', () => {
  it('counts weeks per state in the last 52, 104 and 260 weeks strictly before the time-zero week', () => {
    const { covariates: c, truncated } = covariatesAt(new Timeline(t1()), '2018-07-04');
    assert.equal(truncated, false);
    assert.equal(c.age, 38);
    assert.equal(c.sex, 'K');
    assert.equal(c.origin, 'dansk');
    assert.equal(c.education, '3');
    assert.equal(c.municipality, '101');
    assert.equal(c.cluster, undefined);
    assert.deepEqual(
      [c.weeks_kontanthjaelp_52, c.weeks_kontanthjaelp_104, c.weeks_kontanthjaelp_260],
      [10, 10, 10], // the w0 week (also kontanthjaelp) is not counted
    );
    assert.deepEqual([c.weeks_company_internship_52, c.weeks_company_internship_104, c.weeks_company_internship_260], [5, 5, 5]);
    assert.deepEqual([c.weeks_dagpenge_52, c.weeks_dagpenge_104, c.weeks_dagpenge_260], [0, 10, 10]);
    assert.deepEqual([c.weeks_sygedagpenge_52, c.weeks_sygedagpenge_104, c.weeks_sygedagpenge_260], [0, 0, 2]);
    assert.deepEqual([c.weeks_foertidspension_260, c.weeks_self_supporting_260], [0, 0]);
    assert.equal(c.months_hours_24, 2); // 2018-06 and 2016-07; not 2018-07 (m0) nor 2016-06 (m0-25)
    assert.equal(c.weeks_company_oriented_52, 5);
    assert.equal(c.any_company_oriented_52, 1);
  });

  it('gives the municipality cluster when clusters are given, and flags a look-back before the data', () => {
    const { covariates, truncated } = covariatesAt(new Timeline(t1()), '2013-06-05', new Map([['101', 'cluster-2']]));
    assert.equal(covariates.cluster, 'cluster-2');
    assert.equal(truncated, true);
  });
});

describe('outcomes per window after time zero', () => {
  it('computes every window outcome by hand for T1', () => {
    const o = outcomesAfter(new Timeline(t1()), '2018-07-04');
    // 1-6 = Aug 2018..Jan 2019: 5+4+4+5+4+5 = 27 weeks (Thursdays); 7-12 = Feb..Jul 2019: 4+4+4+5+4+4 = 25.
    assert.equal(o.any_hours_1_6, 1);
    assert.equal(o.hours_1_6, 74);
    assert.ok(Math.abs(o.employment_degree_1_6! - (74 / (37 * 27)) * 100) < 1e-12);
    assert.equal(o.hours_7_12, 148);
    assert.ok(Math.abs(o.employment_degree_7_12! - 16) < 1e-12);
    assert.equal(o.hours_1_12, 222);
    assert.ok(Math.abs(o.employment_degree_1_12! - (222 / (37 * 52)) * 100) < 1e-12);
    // Weeks of Aug..Jan: w0+4 (Mon 30 Jul, Thu 2 Aug) .. w0+30. kontanthjaelp +4..+8, internship +9..+12: 27 - 9 = 18.
    assert.equal(o.self_sufficient_weeks_1_6, 18);
    assert.equal(o.any_company_oriented_1_6, 1);
    assert.equal(o.exit_fleksjob_fp_1_6, 0);
    assert.equal(o.self_sufficient_weeks_7_12, 25);
    assert.equal(o.any_company_oriented_7_12, 0);
    assert.equal(o.self_sufficient_weeks_1_12, 43);
    assert.equal(o.exit_fleksjob_fp_1_12, 0);
    // 13-24 = Aug 2019..Jul 2020; weeks from w0+56 (Mon 29 Jul 2019); foertidspension from w0+60.
    assert.equal(o.self_sufficient_weeks_13_24, 4);
    assert.equal(o.exit_fleksjob_fp_13_24, 1);
    // Hours data end 2020-03: the 13-24 hours window runs past the end of data.
    assert.equal(o.any_hours_13_24, null);
    assert.equal(o.hours_13_24, null);
    assert.equal(o.employment_degree_13_24, null);
    // Survival: first month with ordinary hours is Sep 2018 = month 2; first company week +9 (Thu 6 Sep) = month 2.
    assert.deepEqual([o.time_to_hours, o.event_hours], [2, 1]);
    assert.deepEqual([o.time_to_placement, o.event_placement], [2, 1]);
  });

  it('puts the week and month holding time zero on neither side, even when the week belongs to the next month', () => {
    // Time zero Monday 2018-07-30: its week's Thursday is 2 Aug (month m0+1), m0 = July.
    const p = person('T2', {
      w0: '2018-07-30',
      state: (_, k) => (k === 0 ? S.company_internship : k < 0 ? S.kontanthjaelp : 0),
      hours: (m) => (m === '2018-07' ? 100 : 0),
      lastMonth: '2018-12',
    });
    const tl = new Timeline(p);
    const c = covariatesAt(tl, '2018-07-30').covariates;
    assert.equal(c.weeks_company_oriented_52, 0);
    assert.equal(c.weeks_kontanthjaelp_52, 52);
    assert.equal(c.months_hours_24, 0);
    const o = outcomesAfter(tl, '2018-07-30');
    assert.equal(o.any_company_oriented_1_6, 0);
    assert.equal(o.self_sufficient_weeks_1_6, 26); // 27 weeks of Aug..Jan minus the time-zero week
    assert.equal(o.hours_1_6, null); // Jan 2019 unknown
    // Censored at the end of the hours data: Aug..Dec = 5 months without hours.
    assert.deepEqual([o.time_to_hours, o.event_hours], [5, 0]);
    assert.deepEqual([o.time_to_placement, o.event_placement], [24, 0]);
  });

  it('caps the employment degree at 100 % and censors survival at 24 months', () => {
    const p = person('T3', { hours: (m) => (m >= '2018-08' && m <= '2019-01' ? 744 : 0) });
    const o = outcomesAfter(new Timeline(p), '2018-07-04');
    assert.equal(o.employment_degree_1_6, 100);
    assert.equal(o.employment_degree_13_24, 0);
    const none = outcomesAfter(new Timeline(person('T4')), '2016-01-15');
    assert.deepEqual([none.time_to_hours, none.event_hours], [24, 0]);
  });
});

describe('the comparison pool', () => {
  const always = (key: string, extra: Parameters<typeof person>[1] = {}) => person(key, { state: () => S.kontanthjaelp, ...extra });
  // C2 is on kontanthjaelp only 2..23 July 2018: it meets the rule (4 of the last 8 weeks) at w0 = 30 July, not at 2 July.
  const c2 = () => person('C2', { state: (m) => (m >= '2018-07-02' && m <= '2018-07-23' ? S.kontanthjaelp : 0) });
  const population = (): CohortPerson[] => [
    t1(),
    always('T5'),
    always('C1'),
    c2(),
    person('C3'),
    always('C4', { courseStarts: ['2017-01-10'] }),
    always('L1'), // treated later (2019): never a control
    always('X1', { birthYear: null }),
  ];
  const treated = [
    { person: 'T1', timeZero: '2018-07-04' },
    { person: 'T5', timeZero: '2018-07-30' },
    { person: 'L1', timeZero: '2019-05-01' },
    { person: 'NOPE', timeZero: '2018-07-04' },
  ];

  it('keeps treated who meet the rule, excludes ever-treated, exposed, never-qualifying and incomplete persons', () => {
    const r = buildCohort(population(), treated, { rule, seed: 7 });
    assert.deepEqual(
      r.rows.map((x) => [x.person, x.treat]),
      [['T1', 1], ['T5', 1], ['L1', 1], ['C1', 0], ['C2', 0]],
    );
    assert.equal(r.nTreated, 3);
    assert.equal(r.nControl, 2);
    assert.deepEqual(
      [...r.excluded].sort((a, b) => a.person.localeCompare(b.person)),
      [
        { person: 'C3', reason: 'never_qualifies' },
        { person: 'C4', reason: 'exposed' },
        { person: 'NOPE', reason: 'not_in_register' },
        { person: 'X1', reason: 'missing_birth_year' },
      ],
    );
    // T1's hours end 2020-03; L1's 13-24 window (Jun 2020..May 2021) runs past the data's end (2020-12).
    const nulls = r.rows.filter((x) => x.outcomes.hours_13_24 === null).map((x) => x.person);
    assert.ok(nulls.includes('T1') && nulls.includes('L1'));
    assert.equal(r.nullOutcomes.hours_13_24, nulls.length);
    assert.equal(r.rows.find((x) => x.person === 'L1')!.outcomes.hours_1_12, 0);
    assert.equal(r.truncatedLookback, 0);
  });

  it('excludes a treated person who does not meet the rule at their own time zero', () => {
    const r = buildCohort([person('T6')], [{ person: 'T6', timeZero: '2018-07-04' }], { rule });
    assert.deepEqual(r.excluded, [{ person: 'T6', reason: 'not_in_target_group' }]);
    const kept = buildCohort([person('T6')], [{ person: 'T6', timeZero: '2018-07-04' }], { rule, ruleAppliesToTreated: false });
    assert.equal(kept.nTreated, 1);
  });

  it('refuses a rule that cannot be met', () => {
    assert.throws(() => buildCohort([], [], { rule: { states: ['kontanthjaelp'], atLeast: 9, ofLast: 8 } }), RangeError);
    assert.throws(() => buildCohort([], [], { rule: { states: [], atLeast: 1, ofLast: 8 } }), RangeError);
  });

  it("never gives a control a time zero where it does not qualify, whatever the seed", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const r = buildCohort(population(), treated, { rule, seed });
      assert.equal(r.rows.find((x) => x.person === 'C2')!.timeZero, '2018-07-30');
    }
  });

  it('draws the same pool for the same seed, whatever the input order', () => {
    const a = buildCohort(population(), treated, { rule, seed: 11 });
    const b = buildCohort(population().reverse(), [...treated].reverse(), { rule, seed: 11 });
    const key = (r: typeof a) => r.rows.filter((x) => x.treat === 0).map((x) => [x.person, x.timeZero]);
    assert.deepEqual(key(a), key(b));
    const zeros = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) zeros.add(buildCohort(population(), treated, { rule, seed }).rows.find((x) => x.person === 'C1')!.timeZero);
    assert.deepEqual([...zeros].sort(), ['2018-07-04', '2018-07-30', '2019-05-01']);
  });

  it("draws controls' time zeros from the treated persons' time-zero distribution", () => {
    const persons = [...['A', 'B', 'C', 'D'].map((k) => always(k)), ...Array.from({ length: 400 }, (_, i) => always(`C${String(i).padStart(3, '0')}`))];
    const tr = [
      { person: 'A', timeZero: '2018-07-04' },
      { person: 'B', timeZero: '2018-07-04' },
      { person: 'C', timeZero: '2018-07-04' },
      { person: 'D', timeZero: '2018-09-12' },
    ];
    const r = buildCohort(persons, tr, { rule, seed: 3 });
    const controls = r.rows.filter((x) => x.treat === 0);
    assert.equal(controls.length, 400);
    const share = controls.filter((x) => x.timeZero === '2018-07-04').length / 400;
    assert.ok(share > 0.68 && share < 0.82, `share ${share}`);
  });
});

describe('treated cohorts', () => {
  it('takes the first course start (or visitation) in the period as time zero', () => {
    const ps = [
      person('A', { courseStarts: ['2018-03-01', '2018-02-01', '2019-01-01'] }),
      person('B', { courseStarts: ['2017-12-31'], visitations: ['2018-01-05'] }),
      person('C'),
    ];
    assert.deepEqual(treatedFromCaseData(ps, { from: '2018-01-01', to: '2018-12-31' }), [{ person: 'A', timeZero: '2018-02-01' }]);
    assert.deepEqual(treatedFromCaseData(ps, { from: '2018-01-01', to: '2018-12-31', by: 'visitation' }), [{ person: 'B', timeZero: '2018-01-05' }]);
  });

  it('parses a person,time_zero CSV with a BOM, semicolons, quotes, other columns and blank lines', () => {
    const r = parseTimeZeroCsv('\uFEFFnote;Time_Zero;PERSON\r\nx;2018-07-04;T1\r\n\r\n"a;b";2018-07-30;"T""5"\n');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.rows, [
      { person: 'T1', timeZero: '2018-07-04' },
      { person: 'T"5', timeZero: '2018-07-30' },
    ]);
  });

  it('reports each bad line and field', () => {
    const r = parseTimeZeroCsv('person,time_zero\nA,2018-02-30\n,2018-01-01\nB,\nA,2018-01-01\nC,"2018-01-01\nD,2018-01-01\n');
    assert.deepEqual(r.problems, [
      { line: 2, field: 'time_zero', message: "'2018-02-30' is not a date YYYY-MM-DD" },
      { line: 3, field: 'person', message: 'empty' },
      { line: 4, field: 'time_zero', message: 'empty' },
      { line: 6, field: 'line', message: 'unterminated quoted field' },
    ]);
    assert.deepEqual(r.rows, [
      { person: 'A', timeZero: '2018-01-01' },
      { person: 'D', timeZero: '2018-01-01' },
    ]);
    const dup = parseTimeZeroCsv('person,time_zero\nA,2018-01-01\nA,2018-02-01\n');
    assert.deepEqual(dup.problems, [{ line: 3, field: 'person', message: "'A' already given on line 2" }]);
    assert.deepEqual(parseTimeZeroCsv('person;date\nA;2018-01-01').problems, [{ line: 1, field: 'header', message: "missing column 'time_zero'" }]);
    assert.deepEqual(parseTimeZeroCsv('person,time_zero\n').problems, [{ line: 1, field: 'header', message: 'no data rows' }]);
  });
});

describe('monthlyOutcomeSeries (the DiD panel)', () => {
  const weeks: Record<string, number> = { '2018-07-30': S.company_internship, '2018-09-03': S.fleksjob, '2018-10-01': S.self_supporting, '2018-10-08': S.self_supporting };
  const p = person('m', { state: (monday) => weeks[monday] ?? 0, hours: (m) => (m === '2018-08' ? 74 : 0) });
  const ys = (outcome: Parameters<typeof monthlyOutcomeSeries>[4]) => monthlyOutcomeSeries(p, '2018-07-15', 0, 3, outcome).map((s) => s.y);
  it('gives each calendar month around the time-zero month its outcome (weeks by their Thursday)', () => {
    assert.deepEqual(monthlyOutcomeSeries(p, '2018-07-15', 0, 3, 'hours').map((s) => [s.k, s.month]), [0, 1, 2, 3].map((k) => [k, monthIndex('2018-07') + k]));
    assert.deepEqual(ys('any_hours'), [0, 1, 0, 0]);
    assert.deepEqual(ys('hours'), [0, 74, 0, 0]);
    // August 2018 has five Thursdays: 74 / (37 x 5) = 40 %.
    assert.deepEqual(ys('employment_degree'), [0, 40, 0, 0]);
    assert.deepEqual(ys('any_company_oriented'), [0, 1, 0, 0]);
    assert.deepEqual(ys('exit_fleksjob_fp'), [0, 0, 1, 0]);
    // Code 0 and self_supporting are self-sufficient: July 4 of 4, August 4 of 5, September 3 of 4, October 4 of 4.
    assert.deepEqual(ys('self_sufficient_weeks'), [4, 4, 3, 4]);
  });
  it('is null past the data', () => {
    assert.deepEqual(monthlyOutcomeSeries(p, '2020-11-15', 1, 2, 'hours').map((s) => s.y), [0, null]);
    assert.deepEqual(monthlyOutcomeSeries(p, '2020-11-15', 1, 2, 'any_company_oriented').map((s) => s.y), [0, null]);
  });
});
