import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { artefactFigures } from './artefact-figures.ts';
import { toDay } from './days.ts';
import { evaluate } from './engine.ts';
import { makeCourse, resultFor, ruleSetFor } from './fixtures.ts';
import { prepareCourse } from './prepared.ts';

const vague = { date: '2024-01-10', tier: 'A' as const, concrete: false, ownWish: true };

describe('artefactFigures', () => {
  it('shows no job goal where the model asks for a concrete one and the worklist says it is missing', () => {
    const course = makeCourse({ modelId: 'flere-skal-med', enrolmentDate: '2024-01-01', group: '1', jobGoals: [vague] });
    const figures = artefactFigures(ruleSetFor('flere-skal-med'), prepareCourse(course), toDay('2024-03-01'));
    assert.equal(figures.hasJobGoal, false);
    assert.notEqual(resultFor(evaluate(ruleSetFor('flere-skal-med'), course, '2024-03-01'), 'ke1.job-goal').status, 'satisfied');
    const concrete = makeCourse({ ...course, jobGoals: [{ ...vague, concrete: true }] });
    assert.equal(artefactFigures(ruleSetFor('flere-skal-med'), prepareCourse(concrete), toDay('2024-03-01')).hasJobGoal, true);
  });

  it('counts any job goal in force where the model does not ask for a concrete one, and not an ended goal', () => {
    const course = makeCourse({ modelId: 'stv', enrolmentDate: '2024-01-01', group: 'AK', jobGoals: [vague] });
    assert.equal(artefactFigures(ruleSetFor('stv'), prepareCourse(course), toDay('2024-03-01')).hasJobGoal, true);
    const ended = makeCourse({ ...course, jobGoals: [{ ...vague, ended: '2024-02-01' }] });
    assert.equal(artefactFigures(ruleSetFor('stv'), prepareCourse(ended), toDay('2024-03-01')).hasJobGoal, false);
  });

  it('sees a CV and a plan from the day they were made', () => {
    const course = prepareCourse(makeCourse({ modelId: 'stv', enrolmentDate: '2024-01-01', cvVersions: [{ date: '2024-02-01' }], planVersions: [{ date: '2024-02-05' }] }));
    assert.deepEqual(artefactFigures(ruleSetFor('stv'), course, toDay('2024-02-03')), { hasCv: true, hasJobGoal: false, hasPlan: false });
    assert.deepEqual(artefactFigures(ruleSetFor('stv'), course, toDay('2024-02-05')), { hasCv: true, hasJobGoal: false, hasPlan: true });
  });
});
