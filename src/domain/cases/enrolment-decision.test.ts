import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIneligibleReason, decideParallel, describeCourse, enrolmentRole, ineligibleReasonCodes, ineligibleReasonLabels, periodsOverlap } from './enrolment-decision.ts';

const fsm = { id: 'a', modelId: 'flere-skal-med', enrolmentDate: '2026-03-01', endDate: null };
const stv = (from: string, to: string | null = null) => ({ id: 'new', modelId: 'stv', enrolmentDate: from, endDate: to });

test('courses overlap when they share a day; an open course runs on', () => {
  assert.equal(periodsOverlap(fsm, stv('2026-03-01')), true);
  assert.equal(periodsOverlap({ ...fsm, endDate: '2026-04-30' }, stv('2026-04-30')), true, 'the last day counts');
  assert.equal(periodsOverlap({ ...fsm, endDate: '2026-04-30' }, stv('2026-05-01')), false);
  assert.equal(periodsOverlap(fsm, stv('2026-01-01', '2026-02-28')), false);
  assert.equal(periodsOverlap(fsm, stv('2026-01-01', '2026-03-01')), true);
});

test('a course in another model over the same days is refused unless the municipality allows it, and then needs a reason', () => {
  assert.deepEqual(decideParallel(stv('2026-03-01'), [fsm], { allowParallelCourses: false }, 'grund'), { kind: 'refused', course: fsm, sameModel: false });
  assert.deepEqual(decideParallel(stv('2026-03-01'), [fsm], { allowParallelCourses: true }, ' '), { kind: 'reason_required', course: fsm });
  assert.deepEqual(decideParallel(stv('2026-03-01'), [fsm], { allowParallelCourses: true }, 'grund'), { kind: 'parallel', courses: [fsm] });
  assert.deepEqual(decideParallel(stv('2026-01-01', '2026-02-01'), [fsm], { allowParallelCourses: false }, null), { kind: 'ok' });
});

test('two courses in the same model never overlap, whatever the municipality allows', () => {
  const again = { ...fsm, id: 'b', enrolmentDate: '2026-03-10' };
  assert.deepEqual(decideParallel(again, [fsm], { allowParallelCourses: true }, 'grund'), { kind: 'refused', course: fsm, sameModel: true });
});

test('a course is not checked against itself (reopening)', () => {
  assert.deepEqual(decideParallel(fsm, [fsm], { allowParallelCourses: false }, null), { kind: 'ok' });
});

test('the refusal names the existing course with its period', () => {
  assert.equal(describeCourse(fsm, 'Flere skal med (FSM)'), 'Flere skal med (FSM), startet 1. marts 2026');
  assert.equal(describeCourse({ ...fsm, endDate: '2026-04-30' }, 'FSM'), 'FSM, 1. marts 2026 – 30. april 2026');
});

test('an ineligible citizen needs a known reason category and text; anyone else must not carry one', () => {
  assert.deepEqual(Object.keys(checkIneligibleReason('not_eligible', {})).sort(), ['ineligibleReasonCode', 'ineligibleReasonText']);
  assert.deepEqual(Object.keys(checkIneligibleReason('not_eligible', { code: 'nope', text: 'x' })), ['ineligibleReasonCode']);
  assert.deepEqual(Object.keys(checkIneligibleReason('not_eligible', { code: 'other', text: '  ' })), ['ineligibleReasonText']);
  assert.deepEqual(checkIneligibleReason('not_eligible', { code: 'other', text: 'Faglig beslutning' }), {});
  assert.deepEqual(checkIneligibleReason('eligible', {}), {});
  assert.deepEqual(checkIneligibleReason('undetermined', {}), {}, 'an undetermined check does not need a reason');
  assert.deepEqual(Object.keys(checkIneligibleReason('eligible', { code: 'other', text: 'x' })), ['ineligibleReasonCode']);
});

test('every reason category has a Danish and an English label', () => {
  for (const code of ineligibleReasonCodes) {
    assert.ok(ineligibleReasonLabels[code].da.length > 0 && ineligibleReasonLabels[code].en.length > 0, code);
  }
});

test('the enrolment role defaults to the model’s lead role and must be one of the model’s roles', () => {
  assert.deepEqual(enrolmentRole(['caseworker', 'company_consultant'], undefined), { role: 'caseworker' });
  assert.deepEqual(enrolmentRole(['caseworker', 'company_consultant'], 'company_consultant'), { role: 'company_consultant' });
  const refused = enrolmentRole(['caseworker', 'company_consultant'], 'job_broker');
  assert.ok('error' in refused && refused.error.includes('caseworker, company_consultant'));
});
