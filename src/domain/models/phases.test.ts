import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CourseFacts } from '../rules/facts.ts';
import { makeCourse } from '../rules/fixtures.ts';
import { checkTransition, nextPhases } from './phases.ts';
import { getModel } from './registry.ts';

const trin = getModel('trin-model');
const start = makeCourse({ modelId: 'trin-model', enrolmentDate: '2024-01-08', phaseHistory: [{ phaseId: 'TRIN1', from: '2024-01-08' }] });
const withPhase = (c: CourseFacts, phaseId: string, from: string): CourseFacts => ({ ...c, phaseHistory: [...c.phaseHistory, { phaseId, from }] });

describe('checkTransition on the TRIN step model (004)', () => {
  it('starts a course only in TRIN 1', () => {
    const blank = makeCourse({ modelId: 'trin-model', enrolmentDate: '2024-01-08' });
    assert.equal(checkTransition(trin, blank, 'TRIN1', '2024-01-08').allowed, true);
    const r = checkTransition(trin, blank, 'TRIN2', '2024-01-08');
    assert.deepEqual(
      [r.allowed, r.refusals],
      [false, [{ code: 'must_start_in', phase: 'TRIN1' }, { code: 'missing', conditions: [{ kind: 'job_goal_exists', concrete: false }] }]],
    );
  });

  it('keeps the citizen in TRIN 1 until a job wish is recorded', () => {
    const r = checkTransition(trin, start, 'TRIN2', '2024-02-01');
    assert.equal(r.allowed, false);
    // TRIN 1's exit and TRIN 2's entry both ask for the job wish: named once.
    assert.deepEqual(r.refusals, [{ code: 'missing', conditions: [{ kind: 'job_goal_exists', concrete: false }] }]);
    const wish = { ...start, jobGoals: [{ date: '2024-01-30', concrete: false }] };
    assert.deepEqual(checkTransition(trin, wish, 'TRIN2', '2024-02-01'), { allowed: true, from: 'TRIN1', to: 'TRIN2', refusals: [] });
  });

  it('moves from TRIN 2 to TRIN 3 when the placement starts, not before', () => {
    const inTwo = withPhase({ ...start, jobGoals: [{ date: '2024-01-30', concrete: false }] }, 'TRIN2', '2024-02-01');
    const placed = { ...inTwo, placements: [{ id: 'p1', type: 'virksomhedspraktik' as const, from: '2024-03-01' }] };
    assert.equal(checkTransition(trin, placed, 'TRIN3', '2024-02-29').allowed, false);
    assert.equal(checkTransition(trin, placed, 'TRIN3', '2024-03-01').allowed, true);
  });

  it('goes back from TRIN 3 to TRIN 2 when the placement breaks off, and only then', () => {
    const inThree = withPhase(
      withPhase({ ...start, jobGoals: [{ date: '2024-01-30', concrete: false }] }, 'TRIN2', '2024-02-01'),
      'TRIN3',
      '2024-03-01',
    );
    const running = { ...inThree, placements: [{ id: 'p1', type: 'virksomhedspraktik' as const, from: '2024-03-01' }] };
    const refused = checkTransition(trin, running, 'TRIN2', '2024-04-10');
    assert.equal(refused.allowed, false);
    assert.deepEqual(refused.refusals, [{ code: 'missing', conditions: [{ kind: 'placement_ended' }] }]);
    const brokeOff = { ...inThree, placements: [{ id: 'p1', type: 'virksomhedspraktik' as const, from: '2024-03-01', to: '2024-04-05', endReason: 'afbrudt' }] };
    assert.equal(checkTransition(trin, brokeOff, 'TRIN2', '2024-04-10').allowed, true);
    // and on again to TRIN 3 with a new match
    const looped = withPhase(brokeOff, 'TRIN2', '2024-04-10');
    const newMatch = { ...looped, placements: [...looped.placements, { id: 'p2', type: 'hybrid' as const, from: '2024-05-01' }] };
    assert.equal(checkTransition(trin, newMatch, 'TRIN3', '2024-05-01').allowed, true);
  });

  it('refuses a step the model does not declare, naming the allowed ones', () => {
    const r = checkTransition(trin, start, 'TRIN3', '2024-02-01');
    assert.deepEqual(r.refusals, [{ code: 'not_allowed', from: 'TRIN1', to: 'TRIN3', allowed: ['TRIN2'] }]);
  });

  it('refuses a phase the model does not have', () => {
    const r = checkTransition(trin, start, 'TRIN4', '2024-02-01');
    assert.deepEqual(r, { allowed: false, from: 'TRIN1', to: 'TRIN4', refusals: [{ code: 'unknown_phase', phase: 'TRIN4', known: ['TRIN1', 'TRIN2', 'TRIN3'] }] });
  });

  it('lists the next phases from the current one', () => {
    assert.deepEqual(nextPhases(trin, start, '2024-02-01'), ['TRIN2']);
    assert.deepEqual(nextPhases(trin, makeCourse({ modelId: 'trin-model', enrolmentDate: '2024-01-08' }), '2024-02-01'), ['TRIN1']);
  });
});

describe('checkTransition on the other models', () => {
  it('lets only group 1 of Flere skal med leave visitation', () => {
    const fsm = getModel('flere-skal-med');
    const c = makeCourse({ modelId: 'flere-skal-med', enrolmentDate: '2024-01-08', phaseHistory: [{ phaseId: 'visitation', from: '2024-01-08' }], group: '2' });
    assert.deepEqual(checkTransition(fsm, c, 'afklaring', '2024-01-20').refusals, [{ code: 'missing', conditions: [{ kind: 'group_is', groups: ['1'] }] }]);
    assert.equal(checkTransition(fsm, { ...c, group: '1' }, 'afklaring', '2024-01-20').allowed, true);
  });

  it('keeps a Flere skal med course in "Plan, CV og jobmål" until plan, CV and concrete job goal all exist (000 §4.1)', () => {
    const fsm = getModel('flere-skal-med');
    const inClarification = makeCourse({
      modelId: 'flere-skal-med',
      enrolmentDate: '2024-01-08',
      group: '1',
      phaseHistory: [
        { phaseId: 'visitation', from: '2024-01-08' },
        { phaseId: 'afklaring', from: '2024-01-15' },
      ],
      jobGoals: [{ date: '2024-02-01', concrete: true }],
    });
    const onlyGoal = checkTransition(fsm, inClarification, 'jobmatch', '2024-02-05');
    assert.equal(onlyGoal.allowed, false);
    assert.deepEqual(onlyGoal.refusals, [{ code: 'missing', conditions: [{ kind: 'plan_exists' }, { kind: 'cv_exists' }] }]);
    const withPlan = { ...inClarification, planVersions: [{ date: '2024-01-20' }] };
    assert.deepEqual(checkTransition(fsm, withPlan, 'jobmatch', '2024-02-05').refusals, [{ code: 'missing', conditions: [{ kind: 'cv_exists' }] }]);
    const complete = { ...withPlan, cvVersions: [{ date: '2024-01-25' }] };
    assert.deepEqual(checkTransition(fsm, complete, 'jobmatch', '2024-02-05'), { allowed: true, from: 'afklaring', to: 'jobmatch', refusals: [] });
    // A CV written after the day of the move does not count for it.
    assert.equal(checkTransition(fsm, { ...withPlan, cvVersions: [{ date: '2024-02-10' }] }, 'jobmatch', '2024-02-05').allowed, false);
  });

  it('moves the social-support course through the CTI phases by date', () => {
    const sst = getModel('social-stoette');
    const c = makeCourse({
      modelId: 'social-stoette',
      enrolmentDate: '2024-01-08',
      supportCourse: { start: '2024-03-01', plannedMonths: 6 },
      phaseHistory: [
        { phaseId: 'opstart', from: '2024-01-08' },
        { phaseId: 'virksomhedsmatch', from: '2024-01-20' },
        { phaseId: 'cti-1', from: '2024-03-01' },
      ],
    });
    assert.equal(checkTransition(sst, c, 'cti-2', '2024-04-30').allowed, false);
    assert.equal(checkTransition(sst, c, 'cti-2', '2024-05-01').allowed, true);
  });
});
