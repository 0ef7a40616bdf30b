import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canHoldCourseRole, courseRoleLabels, courseRoles, holderOn, type Assignment } from './course-roles.ts';

const a = (id: string, staffId: string, fromDate: string, toDate: string | null, role: Assignment['role'] = 'job_broker'): Assignment => ({
  id,
  staffId,
  role,
  fromDate,
  toDate,
});

describe('course roles', () => {
  it('has a Danish label for every role', () => {
    assert.deepEqual(Object.keys(courseRoleLabels).sort(), [...courseRoles].sort());
    assert.equal(courseRoleLabels.job_broker, 'Personlig jobformidler');
    assert.equal(courseRoleLabels.social_caseworker, 'Socialfaglig sagsbehandler');
    assert.equal(courseRoleLabels.cti_worker, 'CTI-medarbejder');
  });

  it('finds the holder of a role on a day, ignoring other roles and ended assignments', () => {
    const list = [a('1', 's1', '2026-01-01', '2026-03-31'), a('2', 's2', '2026-04-01', null), a('3', 's3', '2026-01-01', null, 'mentor')];
    assert.equal(holderOn(list, 'job_broker', '2026-02-15')?.staffId, 's1');
    assert.equal(holderOn(list, 'job_broker', '2026-03-31')?.staffId, 's1');
    assert.equal(holderOn(list, 'job_broker', '2026-04-01')?.staffId, 's2');
    assert.equal(holderOn(list, 'mentor', '2026-04-01')?.staffId, 's3');
    assert.equal(holderOn(list, 'caseworker', '2026-04-01'), undefined);
  });

  it('shows the next holder when the role starts later (a course enrolled ahead)', () => {
    assert.equal(holderOn([a('1', 's1', '2026-12-01', null)], 'job_broker', '2026-11-01')?.staffId, 's1');
    assert.equal(holderOn([a('1', 's1', '2026-01-01', '2026-02-01')], 'job_broker', '2026-11-01'), undefined);
  });
});

it('who may hold a course role follows the staff roles: no analyst is a mentor, only a mentor is a CTI worker', () => {
  assert.equal(canHoldCourseRole(['jobformidler'], 'caseworker'), true);
  assert.equal(canHoldCourseRole(['analytiker'], 'mentor'), false);
  assert.equal(canHoldCourseRole(['jobformidler'], 'cti_worker'), false);
  assert.equal(canHoldCourseRole(['analytiker', 'mentor'], 'cti_worker'), true);
});
