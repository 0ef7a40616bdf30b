import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registry } from '../models/registry.ts';
import { checkCaseload } from './caseload.ts';
import { createRuleSetResolver } from './engine.ts';
import type { CourseFacts, CourseRole } from './facts.ts';
import { makeCourse } from './fixtures.ts';
import type { RuleOverride } from './parameters.ts';

const resolve = (overrides: RuleOverride[] = []) =>
  createRuleSetResolver(
    (id, version) => registry.get(id, version),
    (unitId) => overrides.filter((o) => o.unitId === unitId),
  );

function courses(n: number, modelId: string, role: CourseRole, fields: Partial<CourseFacts> = {}, prefix = `${modelId}-${role}`): CourseFacts[] {
  return Array.from({ length: n }, (_, i) =>
    makeCourse({
      courseId: `${prefix}-${i}`,
      citizenId: `citizen-${prefix}-${i}`,
      modelId,
      enrolmentDate: '2024-01-01',
      staff: [{ staffId: 'staff-1', role, from: '2024-01-01' }],
      ...fields,
    }),
  );
}

describe('checkCaseload', () => {
  it('accepts exactly 10 citizens per CTI worker and flags the 11th', () => {
    const ten = checkCaseload('staff-1', 'unit-a', courses(10, 'social-stoette', 'cti_worker'), resolve(), '2024-06-01');
    assert.deepEqual([ten.total, ten.limit?.ruleId, ten.limit?.max, ten.status], [10, 'ke5.caseload', 10, 'within']);
    const eleven = checkCaseload('staff-1', 'unit-a', courses(11, 'social-stoette', 'cti_worker'), resolve(), '2024-06-01');
    assert.deepEqual([eleven.total, eleven.status], [11, 'exceeded']);
  });

  it('counts the whole caseload across models and roles against each rule, with the split per model beside it', () => {
    // 40 FSM citizens as personal job broker and 15 STV citizens (AK) as caseworker: 55 citizens in all.
    const list = [...courses(40, 'flere-skal-med', 'job_broker'), ...courses(15, 'stv', 'caseworker', { group: 'AK' })];
    const caseload = checkCaseload('staff-1', 'unit-a', list, resolve(), '2024-06-01');
    assert.equal(caseload.total, 55);
    assert.deepEqual(caseload.byModel, [
      { modelId: 'flere-skal-med', citizens: 40, courses: 40 },
      { modelId: 'stv', citizens: 15, courses: 15 },
    ]);
    const fsm = caseload.checks.find((c) => c.ruleId === 'rammer.caseload')!;
    const ak = caseload.checks.find((c) => c.ruleId === '1a.caseload-s-ak')!;
    // FSM's 47 is an observed average (000 §5.2): the total is above it as a reference value, not over a limit.
    assert.deepEqual([fsm.max, fsm.reference, fsm.status, fsm.courseIds.length], [47, true, 'above_reference', 40], 'FSM alone (40) would be within 47; the total (55) is not');
    assert.deepEqual([ak.max, ak.status, ak.courseIds.length], [45, 'exceeded', 15]);
    assert.deepEqual([caseload.limit?.ruleId, caseload.status], ['1a.caseload-s-ak', 'exceeded'], 'the lowest prescribed maximum that applies is the limit');
  });

  it('counts a citizen with courses in two models once', () => {
    const fsm = courses(3, 'flere-skal-med', 'job_broker');
    const stv = fsm.map((c, i) => makeCourse({ ...c, courseId: `stv-${i}`, modelId: 'stv', group: 'AK', staff: [{ staffId: 'staff-1', role: 'caseworker', from: '2024-01-01' }] }));
    const caseload = checkCaseload('staff-1', 'unit-a', [...fsm, ...stv], resolve(), '2024-06-01');
    assert.deepEqual([caseload.total, caseload.courses], [3, 6]);
  });

  it('counts only running courses where the staff member holds a role on the day', () => {
    const list = [
      ...courses(3, 'social-stoette', 'cti_worker'),
      ...courses(2, 'social-stoette', 'cti_worker', { endDate: '2024-05-31' }, 'ended'),
      ...courses(2, 'social-stoette', 'cti_worker', { staff: [{ staffId: 'staff-1', role: 'cti_worker', from: '2024-01-01', to: '2024-05-31' }] }, 'handed-over'),
      ...courses(2, 'social-stoette', 'mentor'),
      ...courses(2, 'social-stoette', 'cti_worker', { enrolmentDate: '2024-07-01' }, 'future'),
    ];
    const caseload = checkCaseload('staff-1', 'unit-a', list, resolve(), '2024-06-01');
    assert.equal(caseload.total, 5, '3 as CTI worker and 2 as mentor');
    assert.equal(caseload.limit!.courseIds.length, 3, 'the CTI rule applies through the 3 CTI courses');
  });

  it('applies an STV caseworker rule by track: RF at most 35, AK at most 45, the stricter limiting a mixed caseload', () => {
    const rfOnly = checkCaseload('staff-1', 'unit-a', courses(36, 'stv', 'caseworker', { group: 'RF' }), resolve(), '2024-06-01');
    assert.deepEqual([rfOnly.limit?.ruleId, rfOnly.status, rfOnly.checks.length], ['1a.caseload-s-rf', 'exceeded', 1]);
    const akOnly = checkCaseload('staff-1', 'unit-a', courses(40, 'stv', 'caseworker', { group: 'AK' }), resolve(), '2024-06-01');
    assert.deepEqual([akOnly.limit?.ruleId, akOnly.status], ['1a.caseload-s-ak', 'within']);
    assert.equal(akOnly.checks.some((c) => c.ruleId === '1a.caseload-vk'), false, 'the company-consultant rule does not apply to a caseworker');
    const mixed = checkCaseload(
      'staff-1',
      'unit-a',
      [...courses(30, 'stv', 'caseworker', { group: 'AK' }, 'ak'), ...courses(10, 'stv', 'caseworker', { group: 'RF' }, 'rf')],
      resolve(),
      '2024-06-01',
    );
    assert.deepEqual([mixed.total, mixed.limit?.ruleId, mixed.limit?.max, mixed.status], [40, '1a.caseload-s-rf', 35, 'exceeded']);
    assert.deepEqual(mixed.checks.map((c) => [c.ruleId, c.status]), [['1a.caseload-s-rf', 'exceeded'], ['1a.caseload-s-ak', 'within']]);
  });

  it("uses the staff member's unit overrides for the maximum", () => {
    const lowered: RuleOverride = {
      modelId: 'social-stoette',
      unitId: 'unit-b',
      ruleId: 'ke5.caseload',
      parameter: 'max',
      value: 8,
      by: 'leader',
      at: '2024-01-01T00:00:00Z',
    };
    const list = courses(9, 'social-stoette', 'cti_worker');
    assert.equal(checkCaseload('staff-1', 'unit-a', list, resolve([lowered]), '2024-06-01').status, 'within');
    const inB = checkCaseload('staff-1', 'unit-b', list, resolve([lowered]), '2024-06-01');
    assert.deepEqual([inB.limit?.max, inB.status], [8, 'exceeded']);
  });

  it('says no rule applies when the staff member holds no role a caseload rule counts', () => {
    const mentor = checkCaseload('staff-1', 'unit-a', courses(4, 'social-stoette', 'mentor'), resolve(), '2024-06-01');
    assert.deepEqual([mentor.total, mentor.status, mentor.checks, mentor.limit], [4, 'no_rule', [], undefined]);
  });

  it('returns an empty caseload for a staff member without running courses', () => {
    const none = checkCaseload('nobody', 'unit-a', courses(3, 'stv', 'caseworker'), resolve(), '2024-06-01');
    assert.deepEqual([none.total, none.courses, none.byModel, none.status], [0, 0, [], 'no_rule']);
  });
});
