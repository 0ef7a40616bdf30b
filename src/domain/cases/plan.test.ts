import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PlanContentSchema } from './plan.ts';

const valid = {
  resources: ' Gode hænder, kan lide at arbejde udendørs. ',
  barriers: [{ text: 'Søvnproblemer', ownWords: true }],
  goals: [
    {
      id: 'g1',
      title: 'Job som gartnermedhjælper',
      status: 'in_progress',
      targetDate: '2025-06-30',
      supportedBy: 'Jobformidler',
      subGoals: [{ id: 'g1-1', title: 'Praktik 10 timer om ugen', status: 'not_started', targetDate: null, supportedBy: null }],
    },
  ],
};

/** Field paths of the problems, joined as the API reports them. */
const problems = (input: unknown) => {
  const result = PlanContentSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('plan content', () => {
  it('accepts a plan with resources, barriers, goals and sub-goals, and trims text', () => {
    const result = PlanContentSchema.safeParse(valid);
    assert.ok(result.success);
    assert.equal(result.data.resources, 'Gode hænder, kan lide at arbejde udendørs.');
  });

  it('accepts an empty plan (started, nothing filled in yet)', () => {
    assert.ok(PlanContentSchema.safeParse({ resources: '', barriers: [], goals: [] }).success);
  });

  it('names the field of an empty goal title, a bad status and an invalid date', () => {
    const goal = valid.goals[0]!;
    const fields = problems({ ...valid, goals: [{ ...goal, title: ' ', status: 'done', targetDate: '2025-02-30' }] });
    assert.deepEqual(Object.keys(fields).sort(), ['goals.0.status', 'goals.0.targetDate', 'goals.0.title']);
    assert.equal(fields['goals.0.title'], 'Skal udfyldes.');
  });

  it('names the field of a bad sub-goal and an empty barrier', () => {
    const goal = valid.goals[0]!;
    const fields = problems({ ...valid, barriers: [{ text: '', ownWords: true }], goals: [{ ...goal, subGoals: [{ ...goal.subGoals[0]!, title: '' }] }] });
    assert.deepEqual(Object.keys(fields).sort(), ['barriers.0.text', 'goals.0.subGoals.0.title']);
  });

  it('refuses a goal or sub-goal id used twice', () => {
    const goal = valid.goals[0]!;
    const fields = problems({ ...valid, goals: [goal, { ...goal, id: 'g2', subGoals: [{ ...goal.subGoals[0]!, id: 'g1' }] }] });
    assert.deepEqual(Object.keys(fields), ['goals.1.subGoals.0.id']);
    assert.match(fields['goals.1.subGoals.0.id']!, /"g1" er brugt mere end én gang/);
    assert.deepEqual(Object.keys(problems({ ...valid, goals: [goal, goal] })), ['goals.1.id', 'goals.1.subGoals.0.id']);
  });

  it('requires every part to be present', () => {
    assert.deepEqual(Object.keys(problems({ resources: 'x' })).sort(), ['barriers', 'goals']);
  });
});
