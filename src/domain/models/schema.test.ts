import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testModelInput, testParam, type RuleInput } from '../rules/fixtures.ts';
import { ruleTypes } from '../rules/vocabulary.ts';
import { ref } from './definitions/helpers.ts';
import { createRegistry, InvalidDefinitionError } from './registry.ts';
import { formatPath, validateDefinition, type DefinitionIssue } from './schema.ts';

const base = { title: { da: 'T', en: 'T' }, description: 'Test.', source: ref('000', '1') };
const cv: RuleInput = { ...base, id: 'cv', type: 'cv_within_days', anchor: 'enrolment', params: { days: testParam(30, 'days', 1, 365) } };

/** Validation issues of a definition derived from the test model; fails the test if it is valid. */
function issuesOf(input: unknown): DefinitionIssue[] {
  const result = validateDefinition(input);
  assert.equal(result.ok, false, 'expected the definition to be rejected');
  return result.ok ? [] : result.issues;
}

/** A deep copy of the test model with `mutate` applied. */
function mutated(mutate: (m: Record<string, any>) => void): unknown {
  const copy = structuredClone(testModelInput([cv])) as Record<string, any>;
  mutate(copy);
  return copy;
}

describe('validateDefinition', () => {
  it('accepts the minimal test model', () => {
    assert.equal(validateDefinition(testModelInput([cv])).ok, true);
  });

  it('requires the hours goal to agree with a success criterion of paid hours a week or month', () => {
    const criterion = { id: 'aim', name: { da: 'Mål', en: 'Aim' }, wording: 'Mindst 30 timer om måneden.', unit: 'hours_per_month' as const, denominator: null, target: { comparison: 'at_least' as const, value: 30 }, source: ref('004', 'Om indsatsmodellen') };
    const goal = { hours: 30, period: 'month' as const, source: ref('004', 'Om indsatsmodellen') };
    assert.equal(validateDefinition(testModelInput([cv], { successCriteria: [criterion], hoursGoal: goal })).ok, true);
    const weekly = issuesOf(testModelInput([cv], { successCriteria: [criterion], hoursGoal: { ...goal, period: 'week' } }));
    assert.deepEqual(weekly.map((i) => i.path), ['hoursGoal']);
    assert.match(weekly[0]!.message, /30 hours a month, as success criterion 'aim'/);
    assert.deepEqual(issuesOf(testModelInput([cv], { successCriteria: [criterion] })).map((i) => i.path), ['hoursGoal'], 'missing goal');
    assert.deepEqual(issuesOf(testModelInput([cv], { hoursGoal: { ...goal, period: 'day' as never } })).map((i) => i.path), ['hoursGoal.period']);
  });

  it('rejects a malformed definition with the path of each problem', () => {
    const issues = issuesOf(
      mutated((m) => {
        delete m.name;
        m.version = '1.0';
        m.coreElements[0].title = 'no english';
      }),
    );
    assert.deepEqual(issues.map((i) => i.path).sort(), ['coreElements[0].title', 'name', 'version']);
    assert.match(issues.find((i) => i.path === 'version')!.message, /MAJOR\.MINOR\.PATCH/);
  });

  it('rejects an unknown rule type, naming it and the known types', () => {
    const [issue, ...rest] = issuesOf(mutated((m) => (m.coreElements[0].rules[0].type = 'free_code')));
    assert.equal(rest.length, 0);
    assert.equal(issue!.path, 'coreElements[0].rules[0].type');
    assert.equal(issue!.message, `unknown rule type "free_code"; expected one of: ${ruleTypes.join(', ')}`);
  });

  it('rejects a missing rule type', () => {
    const [issue] = issuesOf(mutated((m) => delete m.coreElements[0].rules[0].type));
    assert.equal(issue!.path, 'coreElements[0].rules[0].type');
    assert.match(issue!.message, /^missing rule type; expected one of: cv_within_days/);
  });

  it('rejects a default outside its bounds, and bounds the wrong way round', () => {
    const [outside] = issuesOf(mutated((m) => (m.coreElements[0].rules[0].params.days.value = 400)));
    assert.deepEqual(outside, { path: 'coreElements[0].rules[0].params.days.value', message: 'default 400 is outside the allowed bounds [1, 365]' });
    const [reversed] = issuesOf(mutated((m) => (m.coreElements[0].rules[0].params.days.min = 500)));
    assert.deepEqual(reversed, { path: 'coreElements[0].rules[0].params.days.min', message: 'min 500 is greater than max 365' });
  });

  it('rejects a missing, an extra or a wrongly typed parameter', () => {
    assert.equal(issuesOf(mutated((m) => (m.coreElements[0].rules[0].params = {})))[0]!.path, 'coreElements[0].rules[0].params.days');
    const extra = issuesOf(mutated((m) => (m.coreElements[0].rules[0].params.weeks = testParam(2, 'weeks'))))[0]!;
    assert.deepEqual([extra.path, extra.message], ['coreElements[0].rules[0].params', 'Unrecognized key: "weeks"']);
    assert.equal(issuesOf(mutated((m) => (m.coreElements[0].rules[0].params.days.value = 2.5)))[0]!.path, 'coreElements[0].rules[0].params.days.value');
    const unit = issuesOf(mutated((m) => (m.coreElements[0].rules[0].params.days.unit = 'weeks')))[0]!;
    assert.deepEqual([unit.path, unit.message], ['coreElements[0].rules[0].params.days.unit', 'unit must be one of: days']);
  });

  it('rejects a transition to an undefined phase', () => {
    const [issue] = issuesOf(mutated((m) => m.transitions.push({ from: 'b', to: 'c', description: 'x', when: [] })));
    assert.deepEqual(issue, { path: 'transitions[1].to', message: "unknown phase 'c' (phases: a, b)" });
  });

  it('rejects an undefined initial phase, a self-transition and a duplicate transition', () => {
    assert.equal(issuesOf(mutated((m) => (m.initialPhase = 'z')))[0]!.path, 'initialPhase');
    assert.equal(issuesOf(mutated((m) => m.transitions.push({ from: 'a', to: 'a', description: 'x', when: [] })))[0]!.path, 'transitions[1].to');
    assert.match(issuesOf(mutated((m) => m.transitions.push({ from: 'a', to: 'b', description: 'x', when: [] })))[0]!.message, /duplicate transition a->b/);
  });

  it('rejects duplicate ids and references to unknown groups or phases', () => {
    const dup = issuesOf(mutated((m) => m.coreElements[0].rules.push(structuredClone(m.coreElements[0].rules[0]))))[0]!;
    assert.deepEqual(dup, { path: 'coreElements[0].rules[1].id', message: "duplicate rule id 'cv' (also at coreElements[0].rules[0])" });
    const group = issuesOf(mutated((m) => (m.coreElements[0].rules[0].appliesTo = { groups: ['9'] })))[0]!;
    assert.deepEqual(group, { path: 'coreElements[0].rules[0].appliesTo.groups[0]', message: "unknown visitation group '9' (groups: 1, 2)" });
    const phase = issuesOf(mutated((m) => (m.coreElements[0].rules[0].appliesTo = { phases: ['q'] })))[0]!;
    assert.equal(phase.path, 'coreElements[0].rules[0].appliesTo.phases[0]');
    const condition = issuesOf(mutated((m) => (m.phases[1].entry = [{ kind: 'group_is', groups: ['7'] }])))[0]!;
    assert.equal(condition.path, 'phases[1].entry[0].groups[0]');
  });

  it('refuses to count a no-show as a contact', () => {
    const rule: RuleInput = { ...base, id: 'c', type: 'last_contact_within_days', kinds: ['meeting', 'no_show' as 'meeting'], params: { days: testParam(42) } };
    const [issue] = issuesOf(testModelInput([rule]));
    assert.equal(issue!.path, 'coreElements[0].rules[0].kinds[1]');
  });

  it('rejects an unknown field rather than ignoring it', () => {
    const [issue] = issuesOf(mutated((m) => (m.coreElements[0].rules[0].code = 'return true')));
    assert.deepEqual([issue!.path, issue!.message], ['coreElements[0].rules[0]', 'Unrecognized key: "code"']);
  });

  it('checks rule-specific shapes: milestone endpoints and measurement schedules', () => {
    const milestone: RuleInput = { ...base, id: 'm', type: 'milestone_within', from: 'enrolment', to: 'enrolment', params: { limit: testParam(3, 'count') } };
    assert.deepEqual(
      issuesOf(testModelInput([milestone])).map((i) => [i.path, i.message]),
      [
        ['coreElements[0].rules[0].to', "'to' must differ from 'from' (enrolment)"],
        ['coreElements[0].rules[0].params.limit.unit', 'unit must be one of: days, weeks'],
      ],
    );
    const schedule: RuleInput = {
      ...base,
      id: 's',
      type: 'measurement_schedule',
      instruments: ['WHO-5'],
      schedules: [{ courseMonths: 6, months: [1, 1, 7] }],
      params: { toleranceDays: testParam(14) },
    };
    assert.deepEqual(
      issuesOf(testModelInput([schedule])).map((i) => [i.path, i.message]),
      [
        ['coreElements[0].rules[0].schedules[0].months[0]', 'the first point must be month 0 (baseline)'],
        ['coreElements[0].rules[0].schedules[0].months[1]', 'months must increase'],
        ['coreElements[0].rules[0].schedules[0].months[2]', "point after the course's 6 months"],
      ],
    );
  });

  it('requires the model’s staff roles, known and unique, and every role a rule names among them', () => {
    const staffRule: RuleInput = { ...base, id: 'staff', type: 'staff_role_assigned', role: 'mentor', params: { days: testParam(30, 'days', 1, 365) } };
    const missing = issuesOf(mutated((m) => delete m.staffRoles));
    assert.deepEqual(missing.map((i) => i.path), ['staffRoles']);
    const wrong = issuesOf(
      (() => {
        const copy = structuredClone(testModelInput([cv, staffRule])) as Record<string, any>;
        copy.staffRoles = ['caseworker', 'caseworker'];
        return copy;
      })(),
    );
    assert.deepEqual(wrong.map((i) => i.path).sort(), ['coreElements[0].rules[1].role', 'staffRoles[1]']);
    assert.match(wrong.find((i) => i.path.endsWith('.role'))!.message, /not one of the model's staff roles \(caseworker, caseworker\)/);
    assert.equal(issuesOf(mutated((m) => (m.staffRoles = ['boss'])))[0]!.path, 'staffRoles[0]');
  });

  it('rejects things that are not definitions at all', () => {
    assert.equal(issuesOf(null)[0]!.path, '');
    assert.equal(issuesOf([])[0]!.path, '');
    assert.ok(issuesOf({ id: 'x' }).length > 5);
  });
});

describe('createRegistry', () => {
  it('refuses to load a definition that fails validation, with the paths in the error', () => {
    const bad = mutated((m) => m.transitions.push({ from: 'b', to: 'nowhere', description: 'x', when: [] }));
    assert.throws(
      () => createRegistry([testModelInput([cv]), bad]),
      (error: unknown) =>
        error instanceof InvalidDefinitionError && error.issues[0]!.path === 'transitions[1].to' && /transitions\[1\]\.to: unknown phase 'nowhere'/.test(error.message),
    );
  });

  it('refuses the same version twice and returns the latest version by default', () => {
    assert.throws(() => createRegistry([testModelInput([cv]), testModelInput([cv])]), InvalidDefinitionError);
    const registry = createRegistry([testModelInput([cv], { version: '1.10.0' }), testModelInput([cv], { version: '1.9.0' })]);
    assert.equal(registry.get('test-model')!.version, '1.10.0');
    assert.equal(registry.get('test-model', '1.9.0')!.version, '1.9.0');
    assert.deepEqual(registry.versions('test-model'), ['1.9.0', '1.10.0']);
    assert.equal(registry.get('test-model', '2.0.0'), undefined);
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and keys with dots', () => {
    assert.equal(formatPath(['coreElements', 2, 'rules', 0, 'params', 'days', 'value']), 'coreElements[2].rules[0].params.days.value');
    assert.equal(formatPath([]), '');
  });
});
