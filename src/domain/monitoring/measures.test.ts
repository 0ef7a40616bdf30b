import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { changeIndexMeasure, figureValue, HOURS_30_PER_WEEK_AS_MONTH, measureById, measures, measuresFor } from './measures.ts';
import { enrolment, person } from './fixtures.ts';
import { monthIndex } from './months.ts';
import { getModel, modelIds } from '../models/registry.ts';

const M = monthIndex;
const at = (id: string, p: ReturnType<typeof person>, month: string, e = p.enrolments[0]!) => measureById(id).evaluate(p, e, M(month));

describe('population', () => {
  const p = person({ from: '2017-06', states: 'K K K K K K', hours: [0, 0, 0, 5], enrolments: [enrolment('2017-08-20', { end: '2017-10-03' })] });

  it('counts a person from the month of the visitation date', () => {
    assert.equal(at('ordinary-hours.month', p, '2017-07'), null);
    assert.deepEqual(at('ordinary-hours.month', p, '2017-08'), { numerator: 0, denominator: 1 });
  });

  it('keeps the person through the month the enrolment ends in, not after', () => {
    assert.deepEqual(at('ordinary-hours.month', p, '2017-10'), { numerator: 0, denominator: 1 });
    assert.equal(at('ordinary-hours.month', p, '2017-11'), null);
  });

  it('keeps a person whose course ended in the cumulative measures (000 counts the indsatsgruppe for the whole period)', () => {
    // Hours in September, course ended in October (left for the job): still touched in November, gone from the month's figure.
    const left = person({ from: '2017-08', states: 'K K J J', hours: [0, 20, 60, 80], enrolments: [enrolment('2017-08-01', { end: '2017-10-15' })] });
    assert.deepEqual(at('ordinary-hours.touched', left, '2017-11'), { numerator: 1, denominator: 1 });
    assert.equal(at('ordinary-hours.month', left, '2017-11'), null);
  });

  it('counts only group 1 for Flere skal med', () => {
    const g2 = person({ from: '2017-06', states: 'K K K', enrolments: [enrolment('2017-06-01', { group: '2' })] });
    assert.equal(at('ordinary-hours.month', g2, '2017-07'), null);
    const other = person({ from: '2017-06', states: 'K K K', enrolments: [enrolment('2017-06-01', { model: 'stv', group: 'RF' })] });
    assert.deepEqual(at('ordinary-hours.month', other, '2017-07'), { numerator: 0, denominator: 1 });
  });
});

describe('FSM result target (000 §3.1): three consecutive qualifying months', () => {
  const e = [enrolment('2017-08-01')];
  const target = (states: string, hours: number[] = [], month = '2018-01') =>
    at('result-target', person({ from: '2017-08', states, hours, enrolments: e }), month)!.numerator;

  it('three consecutive months of company-oriented activity count', () => {
    assert.equal(target('K VVVV KKKV L K K'), 1);
  });

  it('two consecutive months only do not count', () => {
    assert.equal(target('K V V K K K'), 0);
  });

  it('a gap month breaks the run', () => {
    assert.equal(target('V V K V V K'), 0);
  });

  it('mixes the qualifying states: placement, ordinary hours, education, fleksjob', () => {
    // Aug placement week, Sep hours only, Oct education, Nov fleksjob.
    assert.equal(target('KKKKV K E F K K', [0, 12]), 1);
    assert.equal(target('K K K F F F', [], '2017-12'), 0);
    assert.equal(target('K K K F F F', [], '2018-01'), 1); // completes with the third month
  });

  it('subsidised hours (fleksjob, løntilskud wages) qualify; months before the visitation do not', () => {
    const p = person({ from: '2017-06', states: 'V V V K K K K K', subsidisedHours: [0, 0, 0, 0, 0, 10, 10, 10], enrolments: [enrolment('2017-09-01')] });
    assert.equal(at('result-target', p, '2017-10')!.numerator, 0); // June-August placement was before the visitation
    assert.equal(at('result-target', p, '2018-01')!.numerator, 1);
  });

  it('case-recorded company placements qualify like register states', () => {
    const p = person({
      from: '2017-08',
      states: 'K K K K K',
      enrolments: e,
      caseFacts: { placements: [{ kind: 'wage_subsidy', from: '2017-09-15', to: '2017-11-02' }] },
    });
    assert.equal(at('result-target', p, '2017-11')!.numerator, 1);
    assert.equal(at('company.since-visitation', p, '2017-08')!.numerator, 0);
    assert.equal(at('company.since-visitation', p, '2017-09')!.numerator, 1);
  });

  it('once reached, stays reached (the target is "in the project period")', () => {
    assert.equal(target('V V V K K K'), 1);
  });
});

describe('berørte and the change index (000 §3.3, Figure 6)', () => {
  const fixed = changeIndexMeasure({ history: { from: '2015-06', to: '2017-05' } });

  it('berørte: at least one month with ordinary hours > 0 from the visitation month', () => {
    const p = person({ from: '2017-07', hours: [40, 0, 0, 3], enrolments: [enrolment('2017-08-10')] });
    assert.deepEqual(at('ordinary-hours.touched', p, '2017-09'), { numerator: 0, denominator: 1 }); // July was before
    assert.deepEqual(at('ordinary-hours.touched', p, '2017-10'), { numerator: 1, denominator: 1 });
  });

  it('counts N_project in the numerator and N_hist in the denominator', () => {
    const both = person({ from: '2015-06', hours: { '2016-03': 20, '2017-12': 5 }, enrolments: [enrolment('2017-08-01')] });
    const histOnly = person({ from: '2015-06', hours: { '2015-06': 1 }, months: 34, enrolments: [enrolment('2017-08-01')] });
    const projectOnly = person({ from: '2015-06', hours: { '2018-01': 1 }, enrolments: [enrolment('2017-08-01')] });
    assert.deepEqual(fixed.evaluate(both, both.enrolments[0]!, M('2018-03')), { numerator: 1, denominator: 1 });
    assert.deepEqual(fixed.evaluate(histOnly, histOnly.enrolments[0]!, M('2018-03')), { numerator: 0, denominator: 1 });
    assert.deepEqual(fixed.evaluate(projectOnly, projectOnly.enrolments[0]!, M('2018-03')), { numerator: 1, denominator: 0 });
    // Municipality: N_project = 2, N_hist = 2 → index 0 ("same level as the historical baseline").
    assert.equal(figureValue(fixed, 2, 2), 0);
    // Nordfyn's example: three times as many → +200.
    assert.equal(figureValue(fixed, 3, 1), 200);
  });

  it('is undefined when N_hist = 0', () => {
    assert.equal(figureValue(fixed, 5, 0), null);
    assert.equal(figureValue(fixed, 0, 0), null);
  });

  it('hours in June 2017 fall outside the fixed window read as 24 months (2015-06 .. 2017-05)', () => {
    const p = person({ from: '2015-06', hours: { '2017-06': 30 }, months: 34, enrolments: [enrolment('2017-08-01')] });
    assert.deepEqual(fixed.evaluate(p, p.enrolments[0]!, M('2018-03')), { numerator: 0, denominator: 0 });
  });

  it('by default the window is the 24 months before each person’s visitation month', () => {
    const rolling = changeIndexMeasure();
    const p = person({ from: '2016-01', hours: { '2016-01': 10, '2018-01': 5 }, enrolments: [enrolment('2018-01-15')] });
    assert.deepEqual(rolling.evaluate(p, p.enrolments[0]!, M('2018-02')), { numerator: 1, denominator: 1 });
    const late = person({ from: '2015-12', hours: { '2015-12': 10 }, months: 30, enrolments: [enrolment('2018-01-15')] });
    assert.deepEqual(rolling.evaluate(late, late.enrolments[0]!, M('2018-02')), { numerator: 0, denominator: 0 });
  });

  it('leaves out a person whose historical window no hours extract covers (a register that starts later is not a history without hours)', () => {
    const rolling = changeIndexMeasure();
    const short = person({ from: '2017-01', hours: { '2018-01': 5 }, enrolments: [enrolment('2018-01-15')] });
    assert.equal(rolling.evaluate(short, short.enrolments[0]!, M('2018-02')), null);
    const gap = person({ from: '2016-01', hours: { '2018-01': 5 }, enrolments: [enrolment('2018-01-15')] });
    gap.hoursCovered[5] = 0; // June 2016 not covered
    assert.equal(rolling.evaluate(gap, gap.enrolments[0]!, M('2018-02')), null);
  });
});

describe('ordinary hours, self-sufficiency and volume', () => {
  const e = [enrolment('2018-01-01', { model: 'trin-model', group: null })];

  it('30 hours a week is 130 hours a month; 30 hours a month is the TRIN end goal', () => {
    assert.equal(HOURS_30_PER_WEEK_AS_MONTH, 130);
    const p = person({ from: '2018-01', hours: [129.5, 130, 29, 30], enrolments: e });
    assert.equal(at('ordinary-hours.30-per-week', p, '2018-01')!.numerator, 0);
    assert.equal(at('ordinary-hours.30-per-week', p, '2018-02')!.numerator, 1);
    assert.equal(at('ordinary-hours.30-per-month', p, '2018-03')!.numerator, 0);
    assert.equal(at('ordinary-hours.30-per-month', p, '2018-04')!.numerator, 1);
    assert.deepEqual(at('ordinary-hours.sum', p, '2018-01'), { numerator: 129.5, denominator: 1 });
  });

  it('employment degree: 37 hours a week is 100 %; the unsupported degree is 0 in a month with fleksjob or løntilskud', () => {
    const p = person({ from: '2018-03', states: 'K K LLLLL K', hours: [80, 200, 40, 0], subsidisedHours: [0, 0, 0, 60], enrolments: e });
    const degree = (id: string, month: string) => Math.round(at(id, p, month)!.numerator * 10) / 10;
    assert.equal(degree('employment-degree', '2018-03'), 49.9); // 80 / 160.33
    assert.equal(degree('employment-degree', '2018-04'), 100); // capped
    assert.equal(degree('employment-degree.unsupported', '2018-05'), 0); // løntilskud in the month
    assert.equal(degree('employment-degree', '2018-06'), 37.4); // subsidised hours count as employment
    assert.equal(degree('employment-degree.unsupported', '2018-06'), 0);
    const placed = person({
      from: '2018-03',
      hours: [80],
      enrolments: e,
      caseFacts: { placements: [{ kind: 'wage_subsidy', from: '2018-03-20', to: null }] },
    });
    assert.equal(at('employment-degree.unsupported', placed, '2018-03')!.numerator, 0); // a case-data løntilskud placement
  });

  it('TRIN end goal: 30 hours or self-sufficient in every covered week', () => {
    const p = person({ from: '2018-01', states: 'E J.JJ KJJJJ', enrolments: e });
    assert.equal(at('end-goal.30-hours-or-self-supporting', p, '2018-01')!.numerator, 1);
    assert.equal(at('end-goal.30-hours-or-self-supporting', p, '2018-02')!.numerator, 1);
    assert.equal(at('end-goal.30-hours-or-self-supporting', p, '2018-03')!.numerator, 0);
  });

  it('self-sufficiency weeks and share read only covered months', () => {
    const p = person({ from: '2018-03', states: 'KK.EJ - F', enrolments: e });
    assert.deepEqual(at('self-sufficiency.weeks', p, '2018-03'), { numerator: 3, denominator: 5 });
    assert.deepEqual(at('self-sufficiency.share', p, '2018-03'), { numerator: 0, denominator: 1 });
    assert.equal(at('self-sufficiency.weeks', p, '2018-04'), null);
    assert.deepEqual(at('self-sufficiency.weeks', p, '2018-05'), { numerator: 0, denominator: 5 }); // fleksjob is public benefit
  });

  it('fuldtidspersoner: the share of the month’s weeks on public benefit', () => {
    const p = person({ from: '2018-03', states: 'KKKJJ V', enrolments: e });
    assert.deepEqual(at('fte.public-benefit', p, '2018-03'), { numerator: 3 / 5, denominator: 1 });
    assert.deepEqual(at('fte.public-benefit', p, '2018-04'), { numerator: 1, denominator: 1 });
  });

  it('company-oriented activity in the month and since visitation; virksomhedspraktik alone for TRIN', () => {
    const p = person({ from: '2018-01', states: 'K LLKK K', enrolments: e });
    assert.equal(at('company.month', p, '2018-02')!.numerator, 1);
    assert.equal(at('company.month', p, '2018-03')!.numerator, 0);
    assert.equal(at('company.since-visitation', p, '2018-03')!.numerator, 1);
    assert.equal(at('internship.since-visitation', p, '2018-03')!.numerator, 0); // løntilskud is not praktik
  });
});

describe('process measures (case data)', () => {
  const e = [enrolment('2018-01-10')];
  const facts = {
    cvFrom: '2018-02-28',
    jobGoalFrom: null,
    planFrom: '2017-12-01',
    ordinaryHoursAgreementFrom: '2018-03-01',
    firstPlacementFrom: '2018-02-09',
    placements: [{ kind: 'company_internship' as const, from: '2018-02-09', to: null }],
    contactCadenceKept: new Map([[monthIndex('2018-02'), false], [monthIndex('2018-03'), true]]),
    workAgreements: [
      { from: '2018-02-01', ordinaryHours: false },
      { from: '2018-03-01', ordinaryHours: true },
    ],
  };
  const p = person({ from: '2018-01', months: 3, enrolments: e, caseFacts: facts, jobBrokers: [{ value: 'staff-a', from: '2018-02-15', to: null }] });

  it('artefacts count from the month they exist in', () => {
    assert.equal(at('process.cv', p, '2018-01')!.numerator, 0);
    assert.equal(at('process.cv', p, '2018-02')!.numerator, 1);
    assert.equal(at('process.plan', p, '2018-01')!.numerator, 1);
    assert.equal(at('process.job-goal', p, '2018-03')!.numerator, 0);
    assert.equal(at('process.ordinary-hours-agreement', p, '2018-03')!.numerator, 1);
    assert.equal(at('process.job-broker', p, '2018-01')!.numerator, 0);
    assert.equal(at('process.job-broker', p, '2018-02')!.numerator, 1);
  });

  it('register-only persons are not in the process measures’ population', () => {
    const reg = person({ from: '2018-01', months: 3, enrolments: e });
    assert.equal(at('process.cv', reg, '2018-02'), null);
    assert.equal(at('process.agreements-with-hours', reg, '2018-02'), null);
  });

  it('agreements: a share of agreements, not of persons', () => {
    assert.deepEqual(at('process.agreements-with-hours', p, '2018-02'), { numerator: 0, denominator: 1 });
    assert.deepEqual(at('process.agreements-with-hours', p, '2018-03'), { numerator: 1, denominator: 2 });
  });

  it('days to first placement from the enrolment date, once started', () => {
    assert.equal(at('process.days-to-first-placement', p, '2018-01'), null);
    assert.deepEqual(at('process.days-to-first-placement', p, '2018-02'), { numerator: 30, denominator: 1 });
  });

  it('contact cadence only where assessable', () => {
    assert.equal(at('process.contact-cadence', p, '2018-01'), null);
    assert.deepEqual(at('process.contact-cadence', p, '2018-02'), { numerator: 0, denominator: 1 });
    assert.deepEqual(at('process.contact-cadence', p, '2018-03'), { numerator: 1, denominator: 1 });
  });
});

describe('the measure registry', () => {
  it('has unique ids, and every model KPI id it names exists in that model', () => {
    const ids = measures.map((m) => m.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const m of measures) {
      for (const [model, id] of Object.entries(m.modelMeasureId)) {
        assert.ok((modelIds as readonly string[]).includes(model), `${m.id}: unknown model ${model}`);
        const definition = getModel(model);
        const known = [...(definition.kpis ?? []), ...(definition.successCriteria ?? [])].map((k) => k.id);
        assert.ok(known.includes(id), `${m.id} → ${model} ${id}`);
      }
    }
  });

  it('lists the FSM-only measures for FSM alone', () => {
    assert.ok(measuresFor('flere-skal-med').some((m) => m.id === 'result-target'));
    assert.ok(!measuresFor('trin-model').some((m) => m.id === 'result-target'));
  });

  it('figureValue: shares and means need a denominator, sums do not', () => {
    assert.equal(figureValue({ kind: 'share' }, 1, 4), 25);
    assert.equal(figureValue({ kind: 'share' }, 0, 0), null);
    assert.equal(figureValue({ kind: 'mean' }, 90, 3), 30);
    assert.equal(figureValue({ kind: 'sum' }, 12, 0), 12);
  });
});
