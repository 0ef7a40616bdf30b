import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromDay, toDay } from './days.ts';
import { evaluate } from './engine.ts';
import { makeCourse, prng, randomInt, resultFor, testParam, testRuleSet, type RuleInput } from './fixtures.ts';
import { ref } from '../models/definitions/helpers.ts';

const base = { title: { da: 'T', en: 'T' }, description: 'Test.', source: ref('000', '1') };
const cvRule = (days: number, anchor: 'enrolment' | 'rehab_team_meeting' = 'enrolment'): RuleInput => ({
  ...base,
  id: 'cv',
  type: 'cv_within_days',
  anchor,
  params: { days: testParam(days) },
});

describe('cv_within_days', () => {
  const rules = testRuleSet([cvRule(30)]);
  const course = makeCourse({ modelId: 'test-model', enrolmentDate: '2024-02-01' });

  it('is due up to and including exactly N days after enrolment, overdue the day after', () => {
    const deadline = resultFor(evaluate(rules, course, '2024-03-02'), 'cv');
    assert.equal(deadline.status, 'due');
    assert.equal(deadline.dueDate, '2024-03-02'); // 30 days after 1 February in a leap year
    assert.match(deadline.explanation, /Der mangler et CV.*2\. marts 2024 \(i dag\)/);
    const dayAfter = resultFor(evaluate(rules, course, '2024-03-03'), 'cv');
    assert.equal(dayAfter.status, 'overdue');
    assert.match(dayAfter.explanation, /1 dag for sent/);
  });

  it('puts the deadline one day later in a year without 29 February', () => {
    const r = resultFor(evaluate(rules, makeCourse({ modelId: 'test-model', enrolmentDate: '2023-02-01' }), '2023-02-10'), 'cv');
    assert.equal(r.dueDate, '2023-03-03');
  });

  it('is satisfied by a CV made on the deadline, and marked late when made after it', () => {
    const onTime = resultFor(evaluate(rules, { ...course, cvVersions: [{ date: '2024-03-02' }] }, '2024-04-01'), 'cv');
    assert.deepEqual([onTime.status, onTime.late], ['satisfied', undefined]);
    const late = resultFor(evaluate(rules, { ...course, cvVersions: [{ date: '2024-03-03' }] }, '2024-04-01'), 'cv');
    assert.deepEqual([late.status, late.late], ['satisfied', true]);
    assert.match(late.explanation, /1 dag efter fristen/);
  });

  it('ignores a CV dated after the evaluation day and counts one from before enrolment', () => {
    assert.equal(resultFor(evaluate(rules, { ...course, cvVersions: [{ date: '2024-02-20' }] }, '2024-02-10'), 'cv').status, 'due');
    assert.equal(resultFor(evaluate(rules, { ...course, cvVersions: [{ date: '2023-06-01' }] }, '2024-02-10'), 'cv').status, 'satisfied');
  });

  it('is not applicable while its anchor event has not happened', () => {
    const anchored = testRuleSet([cvRule(14, 'rehab_team_meeting')]);
    const r = resultFor(evaluate(anchored, course, '2024-03-01'), 'cv');
    assert.equal(r.status, 'not_applicable');
    const after = resultFor(evaluate(anchored, { ...course, rehabilitation: { teamMeeting: '2024-03-01' } }, '2024-03-16'), 'cv');
    assert.deepEqual([after.status, after.dueDate], ['overdue', '2024-03-15']);
  });

  it('property: without a CV the status is due iff asOf <= enrolment + N, and the due date is enrolment + N', () => {
    const random = prng(1);
    for (let i = 0; i < 500; i++) {
      const n = randomInt(random, 0, 200);
      const enrolment = toDay('2020-01-01') + randomInt(random, 0, 2000);
      const asOf = enrolment + randomInt(random, 0, 400);
      const r = resultFor(
        evaluate(testRuleSet([cvRule(n)]), makeCourse({ modelId: 'test-model', enrolmentDate: fromDay(enrolment) }), fromDay(asOf)),
        'cv',
      );
      assert.equal(r.status, asOf <= enrolment + n ? 'due' : 'overdue');
      assert.equal(r.dueDate, fromDay(enrolment + n));
    }
  });

  it('property: with a CV the status is satisfied, late exactly when the CV came after the deadline', () => {
    const random = prng(2);
    for (let i = 0; i < 500; i++) {
      const n = randomInt(random, 0, 100);
      const enrolment = toDay('2020-01-01') + randomInt(random, 0, 2000);
      const made = enrolment + randomInt(random, -30, 200);
      const asOf = Math.max(made, enrolment) + randomInt(random, 0, 100);
      const course = makeCourse({ modelId: 'test-model', enrolmentDate: fromDay(enrolment), cvVersions: [{ date: fromDay(made) }] });
      const r = resultFor(evaluate(testRuleSet([cvRule(n)]), course, fromDay(asOf)), 'cv');
      assert.equal(r.status, 'satisfied');
      assert.equal(r.late === true, made > enrolment + n);
    }
  });
});

describe('job_goal_within_days', () => {
  const rule = (requireConcrete: boolean): RuleInput => ({
    ...base,
    id: 'goal',
    type: 'job_goal_within_days',
    anchor: 'enrolment',
    requireConcrete,
    params: { days: testParam(30) },
  });
  const course = makeCourse({ modelId: 'test-model', enrolmentDate: '2024-01-01', jobGoals: [{ date: '2024-01-10', concrete: false }] });

  it('does not count a vague job wish when a concrete goal is required', () => {
    const r = resultFor(evaluate(testRuleSet([rule(true)]), course, '2024-01-20'), 'goal');
    assert.equal(r.status, 'due');
    assert.match(r.explanation, /konkret jobmål/);
  });

  it('counts a job wish when a concrete goal is not required', () => {
    assert.equal(resultFor(evaluate(testRuleSet([rule(false)]), course, '2024-01-20'), 'goal').status, 'satisfied');
  });
});

describe('plan_within_days', () => {
  it('is satisfied by the first plan version', () => {
    const rules = testRuleSet([{ ...base, id: 'plan', type: 'plan_within_days', anchor: 'enrolment', params: { days: testParam(14) } }]);
    const course = makeCourse({ modelId: 'test-model', enrolmentDate: '2024-01-01', planVersions: [{ date: '2024-01-05' }, { date: '2024-02-05' }] });
    assert.equal(resultFor(evaluate(rules, course, '2024-03-01'), 'plan').status, 'satisfied');
    assert.equal(resultFor(evaluate(rules, { ...course, planVersions: [] }, '2024-01-16'), 'plan').status, 'overdue');
  });
});

describe('staff_role_assigned', () => {
  const rules = testRuleSet([{ ...base, id: 'broker', type: 'staff_role_assigned', role: 'job_broker', params: { days: testParam(14) } }]);
  const course = makeCourse({ modelId: 'test-model', enrolmentDate: '2024-01-01' });

  it('wants someone in the role within N days of enrolment', () => {
    assert.deepEqual(pick(evaluate(rules, course, '2024-01-15')), ['due', '2024-01-15']);
    assert.deepEqual(pick(evaluate(rules, course, '2024-01-16')), ['overdue', '2024-01-15']);
    const staffed = { ...course, staff: [{ staffId: 's1', role: 'job_broker' as const, from: '2024-01-03' }] };
    assert.equal(pick(evaluate(rules, staffed, '2024-01-16'))[0], 'satisfied');
  });

  it('does not count someone in another role', () => {
    const other = { ...course, staff: [{ staffId: 's1', role: 'mentor' as const, from: '2024-01-03' }] };
    assert.equal(pick(evaluate(rules, other, '2024-01-16'))[0], 'overdue');
  });

  it('gives N days to fill the role after the previous holder left', () => {
    const left = { ...course, staff: [{ staffId: 's1', role: 'job_broker' as const, from: '2024-01-03', to: '2024-03-31' }] };
    const r = resultFor(evaluate(rules, left, '2024-04-10'), 'broker');
    assert.deepEqual([r.status, r.dueDate], ['due', '2024-04-15']);
    assert.match(r.explanation, /uden personlig jobformidler siden 1\. april 2024/);
    assert.equal(pick(evaluate(rules, left, '2024-04-16'))[0], 'overdue');
    const successor = { ...left, staff: [...left.staff, { staffId: 's2', role: 'job_broker' as const, from: '2024-04-02' }] };
    assert.equal(pick(evaluate(rules, successor, '2024-04-16'))[0], 'satisfied');
  });

  function pick(results: ReturnType<typeof evaluate>): [string, string | undefined] {
    const r = resultFor(results, 'broker');
    return [r.status, r.dueDate];
  }
});
