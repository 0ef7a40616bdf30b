import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getModel, registry } from '../models/registry.ts';
import { createRuleSetResolver } from '../rules/engine.ts';
import { makeCourse } from '../rules/fixtures.ts';
import type { RuleOverride } from '../rules/parameters.ts';
import {
  behaviourChecks,
  behaviouralFidelity,
  behaviourPercent,
  factsAsOf,
  monthEnds,
  poolBehaviour,
  resultMet,
  type BehaviourInput,
  type DatedCourseFacts,
  type ElementBehaviour,
} from './behaviour.ts';

const resolver = (overrides: readonly RuleOverride[] = []) =>
  createRuleSetResolver(
    (id, version) => registry.get(id, version),
    () => overrides,
  );

function input(modelId: string, courses: DatedCourseFacts[], extra: Partial<BehaviourInput> = {}): BehaviourInput {
  return { modelId, definition: getModel(modelId), resolve: resolver(), courses, units: new Set(['unit-a']), ...extra };
}

const element = (list: readonly ElementBehaviour[], id: string) => {
  const found = list.find((e) => e.coreElementId === id);
  if (!found) throw new Error(`no element ${id} (have ${list.map((e) => e.coreElementId).join(', ')})`);
  return found;
};

let serial = 0;
const course = (fields: Parameters<typeof makeCourse>[0]): DatedCourseFacts => {
  serial += 1;
  return makeCourse({ courseId: `course-${serial}`, citizenId: `citizen-${serial}`, ...fields });
};

describe('behavioural fidelity per core element', () => {
  test('FSM KE1: group 1 with a CV in time counts met, a missing job goal and plan past their 30 days do not', () => {
    const c = course({ modelId: 'flere-skal-med', enrolmentDate: '2024-01-01', group: '1', cvVersions: [{ date: '2024-01-10' }] });
    const result = behaviouralFidelity(input('flere-skal-med', [c]), '2024-03-01');
    assert.deepEqual(element(result, 'KE1'), { coreElementId: 'KE1', met: 1, checks: 3 });
    const checks = behaviourChecks(input('flere-skal-med', [c]), '2024-03-01').filter((k) => k.coreElementId === 'KE1');
    assert.deepEqual(checks.map((k) => [k.ruleId, k.met]).sort(), [['ke1.cv', true], ['ke1.job-goal', false], ['ke1.plan', false]]);
  });

  test('elements without rules have no figure; elements with rules but no applicable check have checks 0', () => {
    // Group 2 does not take part in FSM: no rule applies.
    const c = course({ modelId: 'flere-skal-med', enrolmentDate: '2024-01-01', group: '2' });
    const result = behaviouralFidelity(input('flere-skal-med', [c]), '2024-03-01');
    assert.deepEqual(result.map((e) => e.coreElementId), ['KE1', 'KE2', 'KE4', 'KE6', 'RAMMER']);
    for (const e of result) assert.equal(e.checks, 0, e.coreElementId);
    assert.equal(behaviourPercent(element(result, 'KE1')), null);
  });

  test('a deadline not yet passed counts as met (due), a CV made after its deadline does not', () => {
    const early = course({ modelId: 'flere-skal-med', enrolmentDate: '2024-02-20', group: '1' });
    const late = course({ modelId: 'flere-skal-med', enrolmentDate: '2024-01-01', group: '1', cvVersions: [{ date: '2024-02-15' }] });
    const checks = behaviourChecks(input('flere-skal-med', [early, late]), '2024-03-01').filter((k) => k.ruleId === 'ke1.cv');
    assert.deepEqual(
      checks.map((k) => [k.subject.kind === 'course' ? k.subject.courseId : '', k.met]),
      [
        [early.courseId, true],
        [late.courseId, false],
      ],
    );
    assert.equal(resultMet({ status: 'due' }), true);
    assert.equal(resultMet({ status: 'satisfied' }), true);
    assert.equal(resultMet({ status: 'satisfied', late: true }), false);
    assert.equal(resultMet({ status: 'overdue' }), false);
    assert.equal(resultMet({ status: 'warning' }), false);
  });

  test('FSM KE2 and KE6: one continuous job broker; company follow-up at least every 4 weeks', () => {
    const c = course({
      modelId: 'flere-skal-med',
      enrolmentDate: '2024-01-01',
      group: '1',
      staff: [
        { staffId: 'jf-1', role: 'job_broker', from: '2024-01-02', to: '2024-02-01' },
        { staffId: 'jf-2', role: 'job_broker', from: '2024-02-02' },
      ],
      contacts: [{ date: '2024-02-20', kind: 'meeting', attendeeRoles: ['citizen', 'job_broker'] }],
      placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2024-01-15' }],
      followUps: [{ placementId: 'p1', date: '2024-01-20' }],
      workAgreements: [{ id: 'a1', placementId: 'p1', date: '2024-01-10', ordinaryHoursClause: true, declarationOfIntent: false }],
    });
    const result = behaviouralFidelity(input('flere-skal-med', [c]), '2024-03-01');
    // ke2.job-broker met, ke2.contact met (9 days ago), ke2.same-broker a warning (one change, none allowed).
    assert.deepEqual(element(result, 'KE2'), { coreElementId: 'KE2', met: 2, checks: 3 });
    // Agreement with the clause before the start.
    assert.deepEqual(element(result, 'KE4'), { coreElementId: 'KE4', met: 1, checks: 1 });
    // Last follow-up 20 January: more than 28 days before 1 March.
    assert.deepEqual(element(result, 'KE6'), { coreElementId: 'KE6', met: 0, checks: 1 });
  });

  test('Social støtte KE5: at most 10 citizens per CTI worker, one check per worker', () => {
    const courses = Array.from({ length: 13 }, (_, i) =>
      course({
        modelId: 'social-stoette',
        enrolmentDate: '2024-01-01',
        group: 'indsats',
        staff: [{ staffId: i < 11 ? 'cti-busy' : 'cti-calm', role: 'cti_worker', from: '2024-01-01' }],
      }),
    );
    const staff = [
      { staffId: 'cti-busy', unitId: 'unit-a' },
      { staffId: 'cti-calm', unitId: 'unit-a' },
      { staffId: 'cti-elsewhere', unitId: 'unit-b' },
    ];
    const checks = behaviourChecks(input('social-stoette', courses, { staff }), '2024-02-01').filter((k) => k.ruleId === 'ke5.caseload');
    assert.deepEqual(
      checks.map((k) => [k.subject.kind === 'staff' ? k.subject.staffId : '', k.met]),
      [
        ['cti-busy', false],
        ['cti-calm', true],
      ],
    );
  });

  test('Social støtte KE5 caseload is the total over models: a citizen in another model counts', () => {
    const own = course({ modelId: 'social-stoette', enrolmentDate: '2024-01-01', group: 'indsats', staff: [{ staffId: 'w', role: 'cti_worker', from: '2024-01-01' }] });
    const others = Array.from({ length: 10 }, () =>
      course({ modelId: 'flere-skal-med', enrolmentDate: '2024-01-01', group: '1', staff: [{ staffId: 'w', role: 'job_broker', from: '2024-01-01' }] }),
    );
    const base = input('social-stoette', [own], { staff: [{ staffId: 'w', unitId: 'unit-a' }] });
    assert.equal(behaviourChecks(base, '2024-02-01').find((k) => k.ruleId === 'ke5.caseload')?.met, true);
    const total = behaviourChecks({ ...base, caseloadCourses: [own, ...others] }, '2024-02-01').find((k) => k.ruleId === 'ke5.caseload');
    assert.equal(total?.met, false);
  });

  test('STV 1A and 3A: the rule overrides in force are applied (caseload maximum lowered within its bounds)', () => {
    const courses = Array.from({ length: 11 }, () =>
      course({ modelId: 'stv', enrolmentDate: '2024-01-01', group: 'AK', staff: [{ staffId: 's1', role: 'caseworker', from: '2024-01-01' }], cvVersions: [{ date: '2024-01-05' }] }),
    );
    const staff = [{ staffId: 's1', unitId: 'unit-a' }];
    const defaults = behaviouralFidelity(input('stv', courses, { staff }), '2024-03-01');
    // 11 citizens against the default 45.
    assert.deepEqual(element(defaults, '1A'), { coreElementId: '1A', met: 1, checks: 1 });
    // 3A: CV in time (met) and no job goal after 30 days (not met), per course.
    assert.deepEqual(element(defaults, '3A'), { coreElementId: '3A', met: 11, checks: 22 });
    assert.equal(element(defaults, '3B').checks, 0);
    const lowered: RuleOverride = { modelId: 'stv', unitId: 'unit-a', ruleId: '1a.caseload-s-ak', parameter: 'max', value: 10, by: 'x', at: '2024-01-01T00:00:00Z' };
    const resolve = resolver([lowered]);
    assert.deepEqual(resolve('stv', '1.0.0', 'unit-a')!.rejectedOverrides, []);
    const strict = behaviouralFidelity(input('stv', courses, { staff, resolve }), '2024-03-01');
    assert.deepEqual(element(strict, '1A'), { coreElementId: '1A', met: 0, checks: 1 });
  });

  test('BRF 2C: preparation within 12 weeks; 13 weeks is not met', () => {
    const inTime = course({ modelId: 'bedre-ressourceforloeb', enrolmentDate: '2024-01-01', rehabilitation: { preparationStart: '2024-01-01', teamMeeting: '2024-03-01' } });
    const slow = course({ modelId: 'bedre-ressourceforloeb', enrolmentDate: '2024-01-01', rehabilitation: { preparationStart: '2024-01-01', teamMeeting: '2024-04-05' } });
    const checks = behaviourChecks(input('bedre-ressourceforloeb', [inTime, slow]), '2024-05-01').filter((k) => k.ruleId === '2c.preparation');
    assert.deepEqual(checks.map((k) => k.met), [true, false]);
  });

  test('TRIN R3 and TRIN2: team of 3-5 per unit; an agreement on ordinary hours at the placement start', () => {
    const courses = [1, 2].map((i) =>
      course({
        modelId: 'trin-model',
        enrolmentDate: '2024-01-01',
        staff: [{ staffId: `jf-${i}`, role: 'job_broker', from: '2024-01-01' }],
        placements: [{ id: `p${i}`, type: 'virksomhedspraktik', from: '2024-02-01' }],
        workAgreements: i === 1 ? [{ id: 'a', placementId: 'p1', date: '2024-02-01', ordinaryHoursClause: true, declarationOfIntent: false }] : [],
      }),
    );
    const result = behaviouralFidelity(input('trin-model', courses), '2024-03-01');
    const team = behaviourChecks(input('trin-model', courses), '2024-03-01').filter((k) => k.ruleId === 'r3.team-size');
    assert.deepEqual(team, [{ coreElementId: 'R3', ruleId: 'r3.team-size', subject: { kind: 'team', unitId: 'unit-a' }, unitId: 'unit-a', met: false }]);
    assert.deepEqual(element(result, 'TRIN2'), { coreElementId: 'TRIN2', met: 1, checks: 2 });
  });

  test('courses count in the unit they belong to on the day; other units and other models are left out', () => {
    const moved = course({ modelId: 'flere-skal-med', enrolmentDate: '2024-01-01', group: '1', units: [{ unitId: 'unit-b', from: '2024-01-01', to: '2024-01-31' }, { unitId: 'unit-a', from: '2024-02-01' }] });
    const other = course({ modelId: 'stv', enrolmentDate: '2024-01-01', group: 'AK' });
    const inp = input('flere-skal-med', [moved, other]);
    assert.equal(element(behaviouralFidelity(inp, '2024-01-20'), 'KE1').checks, 0);
    assert.equal(element(behaviouralFidelity(inp, '2024-03-01'), 'KE1').checks, 3);
  });
});

describe('historical correctness', () => {
  test('a contact after the day does not make the contact rule met on the day', () => {
    const c = course({
      modelId: 'flere-skal-med',
      enrolmentDate: '2024-01-01',
      group: '1',
      contacts: [
        { date: '2024-01-05', kind: 'meeting', attendeeRoles: ['citizen', 'job_broker'] },
        { date: '2024-04-20', kind: 'meeting', attendeeRoles: ['citizen', 'job_broker'] },
      ],
    });
    const on = (day: string) => behaviourChecks(input('flere-skal-med', [c]), day).find((k) => k.ruleId === 'ke2.contact')?.met;
    assert.equal(on('2024-04-15'), false);
    assert.equal(on('2024-04-30'), true);
  });

  test('a CV, a job goal and a plan made after the day do not count on the day', () => {
    const c = course({
      modelId: 'flere-skal-med',
      enrolmentDate: '2024-01-01',
      group: '1',
      cvVersions: [{ date: '2024-01-20' }],
      jobGoals: [{ date: '2024-01-20', concrete: true }],
      planVersions: [{ date: '2024-01-20' }],
    });
    // On 15 January they do not exist yet: the three are due, not satisfied (met, as no deadline has passed).
    const known = factsAsOf(c, '2024-01-15');
    assert.deepEqual([known.cvVersions, known.jobGoals, known.planVersions], [[], [], []]);
    assert.deepEqual(element(behaviouralFidelity(input('flere-skal-med', [c]), '2024-01-15'), 'KE1'), { coreElementId: 'KE1', met: 3, checks: 3 });
    // Made after the 30-day deadline: on 1 March (before they were made) the CV check is overdue, not met.
    const late = { ...c, cvVersions: [{ date: '2024-03-20' }] };
    assert.equal(behaviourChecks(input('flere-skal-med', [late]), '2024-03-01').find((k) => k.ruleId === 'ke1.cv')?.met, false);
  });

  test('a group given at a later visitation is not known on the day: group-1 rules do not apply yet', () => {
    const c: DatedCourseFacts = { ...course({ modelId: 'flere-skal-med', enrolmentDate: '2024-01-01', group: '1' }), visitationDate: '2024-03-01' };
    assert.equal(behaviourChecks(input('flere-skal-med', [c]), '2024-02-15').length, 0);
    assert.ok(behaviourChecks(input('flere-skal-med', [c]), '2024-03-15').length > 0);
  });

  test('a caseload rule for a group does not apply on a course visited to that group only later', () => {
    const c: DatedCourseFacts = {
      ...course({ modelId: 'stv', enrolmentDate: '2024-01-01', group: 'AK', staff: [{ staffId: 's1', role: 'caseworker', from: '2024-01-01' }] }),
      visitationDate: '2024-03-01',
    };
    const inp = input('stv', [c], { staff: [{ staffId: 's1', unitId: 'unit-a' }] });
    assert.equal(behaviourChecks(inp, '2024-02-01').filter((k) => k.ruleId === '1a.caseload-s-ak').length, 0);
    assert.equal(behaviourChecks(inp, '2024-03-15').filter((k) => k.ruleId === '1a.caseload-s-ak').length, 1);
  });

  test('a placement starting after the day and its agreement are not counted on the day', () => {
    const c = course({
      modelId: 'flere-skal-med',
      enrolmentDate: '2024-01-01',
      group: '1',
      placements: [{ id: 'p', type: 'virksomhedspraktik', from: '2024-03-10' }],
      workAgreements: [{ id: 'a', placementId: 'p', date: '2024-03-20', ordinaryHoursClause: true, declarationOfIntent: false }],
    });
    assert.equal(element(behaviouralFidelity(input('flere-skal-med', [c]), '2024-03-01'), 'KE4').checks, 0);
    // After the start, the agreement made 10 days late: not met then, nor later (done late).
    assert.deepEqual(element(behaviouralFidelity(input('flere-skal-med', [c]), '2024-03-15'), 'KE4'), { coreElementId: 'KE4', met: 0, checks: 1 });
    assert.deepEqual(element(behaviouralFidelity(input('flere-skal-med', [c]), '2024-03-25'), 'KE4'), { coreElementId: 'KE4', met: 0, checks: 1 });
  });

  test('courses not started or already ended on the day are not applicable', () => {
    const c = course({ modelId: 'flere-skal-med', enrolmentDate: '2024-02-01', endDate: '2024-03-31', group: '1' });
    assert.equal(behaviourChecks(input('flere-skal-med', [c]), '2024-01-31').length, 0);
    assert.ok(behaviourChecks(input('flere-skal-med', [c]), '2024-03-31').length > 0);
    assert.equal(behaviourChecks(input('flere-skal-med', [c]), '2024-04-01').length, 0);
  });

  test('factsAsOf drops later facts and reopens later ends', () => {
    const c: DatedCourseFacts = {
      ...course({
        modelId: 'social-stoette',
        enrolmentDate: '2024-01-01',
        endDate: '2024-12-31',
        endReason: 'job',
        group: 'indsats',
        staff: [
          { staffId: 'a', role: 'cti_worker', from: '2024-01-01', to: '2024-06-30' },
          { staffId: 'b', role: 'cti_worker', from: '2024-07-01' },
        ],
        supportCourse: { start: '2024-02-01', plannedMonths: 6, end: '2024-07-31', closingMeeting: '2024-07-30' },
        rehabilitation: { preparationStart: '2024-01-01', teamMeeting: '2024-05-01' },
        measurements: [
          { instrument: 'WHO-5', point: 0, date: '2024-01-02' },
          { instrument: 'WHO-5', point: 1, date: '2024-03-02' },
        ],
      }),
      visitationDate: '2024-01-01',
    };
    const f = factsAsOf(c, '2024-03-01');
    assert.equal(f.endDate, undefined);
    assert.equal(f.endReason, undefined);
    assert.equal(f.group, 'indsats');
    assert.deepEqual(f.staff, [{ staffId: 'a', role: 'cti_worker', from: '2024-01-01' }]);
    assert.deepEqual(f.supportCourse, { start: '2024-02-01', plannedMonths: 6 });
    assert.deepEqual(f.rehabilitation, { preparationStart: '2024-01-01' });
    assert.deepEqual(f.measurements, [{ instrument: 'WHO-5', point: 0, date: '2024-01-02' }]);
    assert.equal('visitationDate' in f, false);
    assert.equal(factsAsOf(c, '2024-01-15').supportCourse, undefined);
  });
});

describe('arithmetic and dates', () => {
  test('poolBehaviour sums met and checks per element; percent is met of checks', () => {
    const pooled = poolBehaviour([
      [
        { coreElementId: 'KE1', met: 3, checks: 4 },
        { coreElementId: 'KE2', met: 0, checks: 0 },
      ],
      [{ coreElementId: 'KE1', met: 1, checks: 4 }],
    ]);
    assert.deepEqual(pooled, [
      { coreElementId: 'KE1', met: 4, checks: 8 },
      { coreElementId: 'KE2', met: 0, checks: 0 },
    ]);
    assert.equal(behaviourPercent(pooled[0]!), 50);
    assert.equal(behaviourPercent(pooled[1]!), null);
  });

  test('monthEnds gives the last day of each month, oldest first, the running month ending on the day', () => {
    assert.deepEqual(monthEnds('2024-03-15', 4), ['2023-12-31', '2024-01-31', '2024-02-29', '2024-03-15']);
    assert.deepEqual(monthEnds('2024-03-31', 1), ['2024-03-31']);
  });
});
