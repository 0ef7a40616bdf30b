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

function courses(n: number, modelId: string, role: CourseRole, fields: Partial<CourseFacts> = {}): CourseFacts[] {
  return Array.from({ length: n }, (_, i) =>
    makeCourse({
      courseId: `${modelId}-${role}-${i}`,
      citizenId: `citizen-${modelId}-${i}`,
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
    assert.equal(ten.length, 1);
    assert.deepEqual([ten[0]!.ruleId, ten[0]!.count, ten[0]!.max, ten[0]!.status], ['ke5.caseload', 10, 10, 'within']);
    const eleven = checkCaseload('staff-1', 'unit-a', courses(11, 'social-stoette', 'cti_worker'), resolve(), '2024-06-01');
    assert.deepEqual([eleven[0]!.count, eleven[0]!.status], [11, 'exceeded']);
    assert.match(eleven[0]!.explanation, /11, 1 over grænsen på 10/);
  });

  it('counts only running courses where the staff member holds the role on the day', () => {
    const list = [
      ...courses(3, 'social-stoette', 'cti_worker'),
      ...courses(2, 'social-stoette', 'cti_worker', { endDate: '2024-05-31' }),
      ...courses(2, 'social-stoette', 'cti_worker', { staff: [{ staffId: 'staff-1', role: 'cti_worker', from: '2024-01-01', to: '2024-05-31' }] }),
      ...courses(2, 'social-stoette', 'mentor'),
      ...courses(2, 'social-stoette', 'cti_worker', { enrolmentDate: '2024-07-01' }),
    ];
    const [check] = checkCaseload('staff-1', 'unit-a', list, resolve(), '2024-06-01');
    assert.equal(check!.count, 3);
    assert.equal(check!.courseIds.length, 3);
  });

  it('splits STV caseworker caseloads by track (RF at most 35, AK at most 45)', () => {
    const list = [
      ...courses(36, 'stv', 'caseworker', { group: 'RF' }).map((c, i) => ({ ...c, courseId: `rf-${i}` })),
      ...courses(40, 'stv', 'caseworker', { group: 'AK' }).map((c, i) => ({ ...c, courseId: `ak-${i}` })),
    ];
    const checks = checkCaseload('staff-1', 'unit-a', list, resolve(), '2024-06-01');
    const rf = checks.find((c) => c.ruleId === '1a.caseload-s-rf')!;
    const ak = checks.find((c) => c.ruleId === '1a.caseload-s-ak')!;
    assert.deepEqual([rf.count, rf.status, ak.count, ak.status], [36, 'exceeded', 40, 'within']);
    assert.deepEqual(rf.groups, ['RF']);
    // the company-consultant rule has nothing to count
    assert.equal(checks.find((c) => c.ruleId === '1a.caseload-vk')!.count, 0);
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
    assert.equal(checkCaseload('staff-1', 'unit-a', list, resolve([lowered]), '2024-06-01')[0]!.status, 'within');
    const inB = checkCaseload('staff-1', 'unit-b', list, resolve([lowered]), '2024-06-01')[0]!;
    assert.deepEqual([inB.max, inB.status], [8, 'exceeded']);
  });

  it('returns nothing for a staff member without running courses', () => {
    assert.deepEqual(checkCaseload('nobody', 'unit-a', courses(3, 'stv', 'caseworker'), resolve(), '2024-06-01'), []);
  });
});
