import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Assignment } from './course-roles.ts';
import { checkAssignmentEnd, planAssignment } from './course-staff.ts';

const course = { enrolmentDate: '2026-01-10', endDate: null };
const broker = (id: string, staffId: string, fromDate: string, toDate: string | null): Assignment => ({ id, staffId, role: 'job_broker', fromDate, toDate });

describe('assigning a course role', () => {
  it('ends the current holder the day before the new one starts', () => {
    const plan = planAssignment([broker('a1', 's1', '2026-01-10', null)], { staffId: 's2', role: 'job_broker', fromDate: '2026-03-01' }, course);
    assert.deepEqual(plan, { ok: true, end: [{ id: 'a1', toDate: '2026-02-28' }] });
  });

  it('leaves other roles and ended assignments alone', () => {
    const existing = [broker('a1', 's1', '2026-01-10', '2026-01-31'), { ...broker('m1', 's3', '2026-01-10', null), role: 'mentor' as const }];
    assert.deepEqual(planAssignment(existing, { staffId: 's2', role: 'job_broker', fromDate: '2026-03-01' }, course), { ok: true, end: [] });
  });

  it('refuses a start before the course, after its end, or on or before the current holder’s start', () => {
    const before = planAssignment([], { staffId: 's2', role: 'job_broker', fromDate: '2026-01-09' }, course);
    assert.equal(before.ok === false && before.field, 'fromDate');
    const after = planAssignment([], { staffId: 's2', role: 'job_broker', fromDate: '2026-06-01' }, { ...course, endDate: '2026-05-31' });
    assert.equal(after.ok === false && after.field, 'fromDate');
    const overlap = planAssignment([broker('a1', 's1', '2026-02-01', null)], { staffId: 's2', role: 'job_broker', fromDate: '2026-02-01' }, course);
    assert.ok(!overlap.ok);
    assert.equal(overlap.field, 'fromDate');
    assert.match(overlap.reason, /allerede en personlig jobformidler fra 1\. februar 2026/);
  });

  it('refuses to assign the same person to the role they already hold', () => {
    const plan = planAssignment([broker('a1', 's1', '2026-01-10', null)], { staffId: 's1', role: 'job_broker', fromDate: '2026-03-01' }, course);
    assert.ok(!plan.ok);
    assert.equal(plan.field, 'staffId');
  });
});

describe('ending a course role', () => {
  const first = broker('a1', 's1', '2026-01-10', '2026-02-28');
  const second = broker('a2', 's2', '2026-03-01', null);

  it('accepts an end on or after the start', () => {
    assert.deepEqual(checkAssignmentEnd(second, [first, second], '2026-03-01', course), { ok: true });
  });

  it('refuses an end before the start', () => {
    const check = checkAssignmentEnd(second, [first, second], '2026-02-28', course);
    assert.ok(!check.ok);
    assert.equal(check.field, 'toDate');
  });

  it('refuses to overlap the next holder, or to reopen while a later holder exists', () => {
    assert.equal(checkAssignmentEnd(first, [first, second], '2026-03-01', course).ok, false);
    assert.equal(checkAssignmentEnd(first, [first, second], null, course).ok, false);
    assert.equal(checkAssignmentEnd(second, [first, second], null, course).ok, true);
  });

  it('keeps an assignment within an ended course', () => {
    assert.equal(checkAssignmentEnd(second, [first, second], null, { ...course, endDate: '2026-05-31' }).ok, false);
    assert.equal(checkAssignmentEnd(second, [first, second], '2026-05-31', { ...course, endDate: '2026-05-31' }).ok, true);
  });
});
