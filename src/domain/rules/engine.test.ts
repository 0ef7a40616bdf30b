import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ref } from '../models/definitions/helpers.ts';
import { registry } from '../models/registry.ts';
import { compileRuleSet, createRuleSetResolver, evaluate, evaluateCourse } from './engine.ts';
import { makeCourse, resultFor, ruleSetFor, testModel, testParam, testRuleSet } from './fixtures.ts';
import type { RuleOverride } from './parameters.ts';

const base = { title: { da: 'T', en: 'T' }, description: 'Test.', source: ref('000', '1') };

describe('evaluate', () => {
  const rules = testRuleSet([{ ...base, id: 'cv', type: 'cv_within_days', anchor: 'enrolment', params: { days: testParam(10) } }]);
  const course = makeCourse({ modelId: 'test-model', enrolmentDate: '2024-03-01', endDate: '2024-06-30' });

  it('returns one result per course rule with the rule and core-element ids', () => {
    const [r] = evaluate(rules, course, '2024-03-05');
    assert.deepEqual([r!.ruleId, r!.coreElementId, r!.status, r!.dueDate], ['cv', 'CE', 'due', '2024-03-11']);
  });

  it('is not applicable before enrolment and after the last day of a course that ended, but applies on the last day', () => {
    assert.equal(evaluate(rules, course, '2024-02-29')[0]!.status, 'not_applicable');
    assert.match(evaluate(rules, course, '2024-02-29')[0]!.explanation, /starter først 1\. marts 2024/);
    assert.equal(evaluate(rules, course, '2024-06-30')[0]!.status, 'overdue');
    const after = evaluate(rules, course, '2024-07-01')[0]!;
    assert.deepEqual([after.status, after.dueDate], ['not_applicable', undefined]);
    assert.match(after.explanation, /afsluttet 30\. juni 2024/);
  });

  it('limits a rule to its visitation groups', () => {
    const grouped = testRuleSet([
      { ...base, id: 'cv', type: 'cv_within_days', anchor: 'enrolment', appliesTo: { groups: ['1'] }, params: { days: testParam(10) } },
    ]);
    assert.equal(evaluate(grouped, { ...course, group: '1' }, '2024-03-20')[0]!.status, 'overdue');
    const other = evaluate(grouped, { ...course, group: '2' }, '2024-03-20')[0]!;
    assert.equal(other.status, 'not_applicable');
    assert.match(other.explanation, /kun gruppe 1; borgeren er i gruppe 2/);
    assert.equal(evaluate(grouped, course, '2024-03-20')[0]!.status, 'not_applicable');
  });

  it('limits a rule to its phases, following the phase history', () => {
    const phased = testRuleSet([
      { ...base, id: 'cv', type: 'cv_within_days', anchor: 'enrolment', appliesTo: { phases: ['b'] }, params: { days: testParam(10) } },
    ]);
    const history = { ...course, phaseHistory: [{ phaseId: 'a', from: '2024-03-01' }, { phaseId: 'b', from: '2024-04-01' }] };
    assert.equal(evaluate(phased, history, '2024-03-31')[0]!.status, 'not_applicable');
    assert.equal(evaluate(phased, history, '2024-04-01')[0]!.status, 'overdue');
  });

  it('leaves caseload rules to the caseload check', () => {
    const ruleSet = ruleSetFor('social-stoette');
    const ids = evaluate(ruleSet, makeCourse({ modelId: 'social-stoette', enrolmentDate: '2024-01-01' }), '2024-02-01').map((r) => r.ruleId);
    assert.ok(!ids.includes('ke5.caseload'));
    assert.deepEqual(ruleSet.staffRules.map((r) => r.def.id), ['ke5.caseload']);
  });

  it('throws on a malformed date in the facts rather than guessing', () => {
    assert.throws(() => evaluate(rules, { ...course, cvVersions: [{ date: '2024-02-30' }] }, '2024-03-20'), RangeError);
  });
});

describe('compileRuleSet', () => {
  it('applies valid overrides and reports rejected ones', () => {
    const model = testModel([{ ...base, id: 'cv', type: 'cv_within_days', anchor: 'enrolment', params: { days: testParam(10, 'days', 5, 30) } }]);
    const overrides: RuleOverride[] = [
      { modelId: 'test-model', unitId: 'u', ruleId: 'cv', parameter: 'days', value: 20, by: 'x', at: '2025-01-01T00:00:00Z' },
      { modelId: 'test-model', unitId: 'u', ruleId: 'cv', parameter: 'days', value: 31, by: 'x', at: '2025-02-01T00:00:00Z' },
    ];
    const ruleSet = compileRuleSet(model, overrides);
    assert.equal((ruleSet.courseRules[0]!.params as Record<string, number>).days, 20);
    assert.equal(ruleSet.rejectedOverrides.length, 1);
  });
});

describe('evaluateCourse with a citizen who moves between units', () => {
  const tighter: RuleOverride = {
    modelId: 'flere-skal-med',
    unitId: 'unit-b',
    ruleId: 'ke2.contact',
    parameter: 'days',
    value: 14,
    by: 'leader-b',
    at: '2024-01-01T00:00:00Z',
  };
  const resolve = createRuleSetResolver(
    (id, version) => registry.get(id, version),
    (unitId) => [tighter].filter((o) => o.unitId === unitId),
  );
  const course = makeCourse({
    modelId: 'flere-skal-med',
    enrolmentDate: '2024-01-01',
    group: '1',
    units: [
      { unitId: 'unit-a', from: '2024-01-01', to: '2024-02-29' },
      { unitId: 'unit-b', from: '2024-03-01' },
    ],
    contacts: [{ date: '2024-02-20', kind: 'meeting', attendeeRoles: ['citizen', 'job_broker'] }],
  });

  it("judges the course by the old unit's parameters before the move", () => {
    const r = resultFor(evaluateCourse(resolve, course, '2024-02-29')!, 'ke2.contact');
    assert.deepEqual([r.status, r.dueDate], ['satisfied', '2024-04-02']);
  });

  it("judges the course by the new unit's overrides after the move", () => {
    const r = resultFor(evaluateCourse(resolve, course, '2024-03-06')!, 'ke2.contact');
    assert.deepEqual([r.status, r.dueDate], ['overdue', '2024-03-05']);
  });

  it('returns undefined for an unknown model version', () => {
    assert.equal(evaluateCourse(resolve, { ...course, modelVersion: '0.0.1' }, '2024-03-06'), undefined);
  });
});
