import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getModel } from '../models/registry.ts';
import type { CourseFacts } from '../rules/facts.ts';
import { makeCourse } from '../rules/fixtures.ts';
import { phaseChangeToUndoOnCancel, phaseMoveOnEnd, phaseMoveOnStart, phaseMovesOnEnd } from './phase-follow.ts';

const trin = getModel('trin-model');
const fsm = getModel('flere-skal-med');

const trinCourse = (phases: [string, string][], extra: Partial<CourseFacts> = {}): CourseFacts =>
  makeCourse({
    modelId: 'trin-model',
    enrolmentDate: '2026-01-05',
    phaseHistory: phases.map(([phaseId, from]) => ({ phaseId, from })),
    jobGoals: [{ date: '2026-01-20', concrete: false }],
    ...extra,
  });

describe('phase moves that follow a placement on the TRIN model', () => {
  const inTwo: [string, string][] = [['TRIN1', '2026-01-05'], ['TRIN2', '2026-02-01']];
  const inThree: [string, string][] = [...inTwo, ['TRIN3', '2026-03-02']];

  it('a placement starting in TRIN 2 moves the course to TRIN 3 on the start day', () => {
    const facts = trinCourse(inTwo, { placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2026-03-02' }] });
    assert.deepEqual(phaseMoveOnStart(trin, facts, '2026-03-02'), { from: 'TRIN2', to: 'TRIN3', on: '2026-03-02' });
    assert.equal(phaseMoveOnEnd(trin, facts, '2026-03-02'), null, 'nothing to go back from');
  });

  it('a placement starting in TRIN 1 or TRIN 3 moves nothing', () => {
    const inOne = trinCourse([['TRIN1', '2026-01-05']], { placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2026-03-02' }] });
    assert.equal(phaseMoveOnStart(trin, inOne, '2026-03-02'), null);
    const second = trinCourse(inThree, {
      placements: [
        { id: 'p1', type: 'virksomhedspraktik', from: '2026-03-02' },
        { id: 'p2', type: 'hybrid', from: '2026-04-01' },
      ],
    });
    assert.equal(phaseMoveOnStart(trin, second, '2026-04-01'), null);
  });

  it('a placement that breaks off in TRIN 3 returns the course to TRIN 2 the day after its last day', () => {
    const facts = trinCourse(inThree, { placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2026-03-02', to: '2026-04-30', endReason: 'company_would_not_pay' }] });
    assert.deepEqual(phaseMoveOnEnd(trin, facts, '2026-04-30'), { from: 'TRIN3', to: 'TRIN2', on: '2026-05-01' });
  });

  it('no move back when another placement runs on the day after, e.g. the paid job that replaces it', () => {
    const facts = trinCourse(inThree, {
      placements: [
        { id: 'p1', type: 'virksomhedspraktik', from: '2026-03-02', to: '2026-04-30', endReason: 'converted_to_paid' },
        { id: 'p2', type: 'ordinary_hours', from: '2026-04-30' },
      ],
    });
    assert.equal(phaseMoveOnEnd(trin, facts, '2026-04-30'), null);
  });

  it('an end that reveals a later start moves back for the gap and forward again on that start (and on its own end back)', () => {
    // p2 and p3 were registered while p1 ran, so their starts and p2's end moved nothing then.
    const facts = trinCourse(inThree, {
      placements: [
        { id: 'p1', type: 'virksomhedspraktik', from: '2026-03-02', to: '2026-04-10', endReason: 'completed' },
        { id: 'p2', type: 'hybrid', from: '2026-04-20', to: '2026-05-10', endReason: 'too_demanding' },
        { id: 'p3', type: 'job', from: '2026-06-01' },
      ],
    });
    assert.deepEqual(phaseMovesOnEnd(trin, facts, 'p1', '2026-04-10'), [
      { move: { from: 'TRIN3', to: 'TRIN2', on: '2026-04-11' }, placementId: 'p1', event: 'end' },
      { move: { from: 'TRIN2', to: 'TRIN3', on: '2026-04-20' }, placementId: 'p2', event: 'start' },
      { move: { from: 'TRIN3', to: 'TRIN2', on: '2026-05-11' }, placementId: 'p2', event: 'end' },
      { move: { from: 'TRIN2', to: 'TRIN3', on: '2026-06-01' }, placementId: 'p3', event: 'start' },
    ]);
    const alone = trinCourse(inThree, { placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2026-03-02', to: '2026-04-10', endReason: 'completed' }] });
    assert.deepEqual(phaseMovesOnEnd(trin, alone, 'p1', '2026-04-10').map((m) => m.move), [{ from: 'TRIN3', to: 'TRIN2', on: '2026-04-11' }]);
  });

  it('never rewrites later history or moves outside the course', () => {
    const later = trinCourse([...inTwo, ['TRIN3', '2026-03-20']], { placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2026-03-02' }] });
    assert.equal(phaseMoveOnStart(trin, later, '2026-03-02'), null, 'a backdated start before a recorded move');
    const ended = trinCourse(inTwo, { endDate: '2026-02-28', placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2026-03-02' }] });
    assert.equal(phaseMoveOnStart(trin, ended, '2026-03-02'), null);
  });

  it('needs the target phase’s entry conditions: TRIN 2 needs a job wish', () => {
    const noGoal = trinCourse(inThree, { jobGoals: [], placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2026-03-02', to: '2026-04-30', endReason: 'other' }] });
    assert.equal(phaseMoveOnEnd(trin, noGoal, '2026-04-30'), null);
  });
});

describe('the phase change a cancelled placement takes back', () => {
  const change = (fromPhase: string | null, toPhase: string, date: string) => ({ fromPhase, toPhase, date });
  const enrolled = change(null, 'TRIN2', '2026-01-05');
  const moved = change('TRIN2', 'TRIN3', '2026-04-01');
  const p1 = { id: 'p1', from: '2026-04-01' };

  it('undoes the move its start made: the latest change, dated the start, into a phase that needs a running placement', () => {
    const undo = phaseChangeToUndoOnCancel(trin, { currentPhase: 'TRIN3', changes: [enrolled, moved], placements: [p1] }, p1);
    assert.equal(undo, moved, 'the recorded change itself, so the caller can delete it');
  });

  it('undoes nothing when the start moved nothing or history has moved on', () => {
    assert.equal(phaseChangeToUndoOnCancel(trin, { currentPhase: 'TRIN2', changes: [enrolled], placements: [p1] }, p1), null, 'no move on the start');
    const later = change('TRIN3', 'TRIN2', '2026-04-20');
    assert.equal(phaseChangeToUndoOnCancel(trin, { currentPhase: 'TRIN2', changes: [enrolled, moved, later], placements: [p1] }, p1), null, 'not the latest change');
    const otherDay = change('TRIN2', 'TRIN3', '2026-03-20');
    assert.equal(phaseChangeToUndoOnCancel(trin, { currentPhase: 'TRIN3', changes: [enrolled, otherDay], placements: [p1] }, p1), null, 'dated another day');
    const back = change('TRIN3', 'TRIN2', '2026-04-01');
    assert.equal(phaseChangeToUndoOnCancel(trin, { currentPhase: 'TRIN2', changes: [enrolled, back], placements: [p1] }, p1), null, 'into a phase without placement_active');
    assert.equal(phaseChangeToUndoOnCancel(trin, { currentPhase: 'TRIN2', changes: [enrolled, moved], placements: [p1] }, p1), null, 'the course is no longer in that phase');
    assert.equal(phaseChangeToUndoOnCancel(trin, { currentPhase: 'TRIN3', changes: [change(null, 'TRIN3', '2026-04-01')], placements: [p1] }, p1), null, 'the enrolment');
  });

  it('keeps the move when another placement runs or starts on that day', () => {
    const sameDay = { id: 'p2', from: '2026-04-01' };
    assert.equal(phaseChangeToUndoOnCancel(trin, { currentPhase: 'TRIN3', changes: [enrolled, moved], placements: [p1, sameDay] }, p1), null, 'starts the same day');
    const running = { id: 'p2', from: '2026-03-01', to: '2026-04-05' };
    assert.equal(phaseChangeToUndoOnCancel(trin, { currentPhase: 'TRIN3', changes: [enrolled, moved], placements: [running, p1] }, p1), null, 'runs that day');
    const endedBefore = { id: 'p2', from: '2026-03-01', to: '2026-03-31' };
    assert.equal(phaseChangeToUndoOnCancel(trin, { currentPhase: 'TRIN3', changes: [enrolled, moved], placements: [endedBefore, p1] }, p1), moved, 'ended the day before');
  });

  it('follows the model: jobmatch -> virksomhedsforløb on Flere skal med', () => {
    const into = change('jobmatch', 'virksomhedsforloeb', '2026-04-01');
    const undo = phaseChangeToUndoOnCancel(fsm, { currentPhase: 'virksomhedsforloeb', changes: [change(null, 'visitation', '2026-01-05'), into], placements: [p1] }, p1);
    assert.deepEqual(undo, into);
  });
});

describe('phase moves that follow a placement on Flere skal med', () => {
  const base = makeCourse({
    modelId: 'flere-skal-med',
    enrolmentDate: '2026-01-05',
    group: '1',
    jobGoals: [{ date: '2026-01-20', concrete: true }],
  });
  const inMatch: CourseFacts = {
    ...base,
    phaseHistory: [
      { phaseId: 'visitation', from: '2026-01-05' },
      { phaseId: 'afklaring', from: '2026-01-10' },
      { phaseId: 'jobmatch', from: '2026-02-01' },
    ],
  };

  it('jobmatch → virksomhedsforløb on the start, and back to jobmatch the day after the end', () => {
    const started = { ...inMatch, placements: [{ id: 'p1', type: 'loentilskud' as const, from: '2026-03-02' }] };
    assert.deepEqual(phaseMoveOnStart(fsm, started, '2026-03-02'), { from: 'jobmatch', to: 'virksomhedsforloeb', on: '2026-03-02' });
    const inPlacement = { ...started, phaseHistory: [...started.phaseHistory, { phaseId: 'virksomhedsforloeb', from: '2026-03-02' }] };
    const ended = { ...inPlacement, placements: [{ id: 'p1', type: 'loentilskud' as const, from: '2026-03-02', to: '2026-05-29', endReason: 'too_demanding' }] };
    assert.deepEqual(phaseMoveOnEnd(fsm, ended, '2026-05-29'), { from: 'virksomhedsforloeb', to: 'jobmatch', on: '2026-05-30' });
  });

  it('a placement during afklaring does not skip the job match phase', () => {
    const early: CourseFacts = { ...inMatch, phaseHistory: inMatch.phaseHistory.slice(0, 2), placements: [{ id: 'p1', type: 'snusepraktik', from: '2026-01-20' }] };
    assert.equal(phaseMoveOnStart(fsm, early, '2026-01-20'), null);
  });
});
