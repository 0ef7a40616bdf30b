import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registry } from '../models/registry.ts';
import { checkCaseload } from './caseload.ts';
import { createRuleSetResolver, evaluate } from './engine.ts';
import { makeCourse, resultFor, ruleSetFor, testRuleSet, testParam } from './fixtures.ts';
import { buildWorklist } from './worklist.ts';

// 002 §2.1: a drawn citizen the municipality leaves out ('frasorteret') does not take part, so no rule applies.
const sst = ruleSetFor('social-stoette');
const drawn = (group?: string) =>
  makeCourse({
    modelId: 'social-stoette',
    enrolmentDate: '2024-01-01',
    ...(group ? { group } : {}),
    staff: [{ staffId: 'broker', role: 'caseworker', from: '2024-01-01' }],
  });

describe('rules apply only to the groups that take part', () => {
  it('gives a drawn-out citizen no overdue start meeting, plan or job goal', () => {
    const results = evaluate(sst, drawn('frasorteret'), '2024-06-01');
    for (const id of ['ke1.start-meeting', 'ke2.plan', 'ke2.job-goal', 'ke4.placement-start']) {
      const r = resultFor(results, id);
      assert.equal(r.status, 'not_applicable', id);
      assert.match(r.explanation, /Frasorteret, som ikke deltager i indsatsen/);
    }
  });

  it('still applies to the intervention group and to a drawn citizen not yet visited', () => {
    assert.equal(resultFor(evaluate(sst, drawn('indsats'), '2024-06-01'), 'ke1.start-meeting').status, 'overdue');
    assert.equal(resultFor(evaluate(sst, drawn(), '2024-06-01'), 'ke1.start-meeting').status, 'overdue');
  });

  it('keeps a drawn-out citizen off the worklist', () => {
    const resolve = createRuleSetResolver((id, version) => registry.get(id, version));
    const list = buildWorklist('broker', [{ ...drawn('frasorteret'), courseId: 'out' }, { ...drawn('indsats'), courseId: 'in', citizenId: 'c2' }], resolve, '2024-06-01');
    assert.deepEqual(list.citizens.map((c) => c.citizenId), ['c2']);
  });

  it('scopes every model the same way: a rule without groups skips a non-participating group of a test model', () => {
    const rules = testRuleSet([
      { id: 'plan', type: 'plan_within_days', title: { da: 'P', en: 'P' }, description: 'Plan.', source: { seed: '000', section: '1' }, anchor: 'enrolment', params: { days: testParam(10) } },
    ]);
    const course = (group: string) => makeCourse({ modelId: 'test-model', enrolmentDate: '2024-01-01', group });
    assert.equal(resultFor(evaluate(rules, course('1'), '2024-03-01'), 'plan').status, 'overdue');
    assert.equal(resultFor(evaluate(rules, course('2'), '2024-03-01'), 'plan').status, 'not_applicable');
  });

  it('honours explicit groups in the caseload count (STV tracks)', () => {
    const resolve = createRuleSetResolver((id, version) => registry.get(id, version));
    const course = (i: number, group: string) =>
      makeCourse({ courseId: `c${i}`, citizenId: `p${i}`, modelId: 'stv', enrolmentDate: '2024-01-01', group, staff: [{ staffId: 's', role: 'caseworker', from: '2024-01-01' }] });
    const { checks } = checkCaseload('s', 'unit-a', [course(1, 'RF'), course(2, 'AK'), course(3, 'AK')], resolve, '2024-02-01');
    assert.equal(checks.find((c) => c.ruleId === '1a.caseload-s-rf')?.courseIds.length, 1);
    assert.equal(checks.find((c) => c.ruleId === '1a.caseload-s-ak')?.courseIds.length, 2);
  });
});
