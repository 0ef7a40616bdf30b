import { test } from 'node:test';
import assert from 'node:assert/strict';
import { can, citizenScope, isRole, matchingPool, roles, seesNoCitizen, type Permission } from './roles.ts';

test('the six roles are known and nothing else is a role', () => {
  assert.deepEqual([...roles], ['jobformidler', 'virksomhedskonsulent', 'mentor', 'leder', 'analytiker', 'admin']);
  assert.equal(isRole('admin'), true);
  assert.equal(isRole('Admin'), false);
  assert.equal(isRole('superuser'), false);
});

test('an analyst can read pseudonymised data only: never names, CPR or administration', () => {
  const forbidden: Permission[] = ['citizen.read', 'citizen.write', 'citizen.cpr.reveal', 'staff.manage', 'unit.manage', 'audit.read'];
  for (const permission of forbidden) assert.equal(can(['analytiker'], permission), false, permission);
  assert.equal(can(['analytiker'], 'pseudonymised.read'), true);
});

test('front-line roles work with citizens; only the job broker writes and reveals CPR', () => {
  assert.equal(can(['jobformidler'], 'citizen.write'), true);
  assert.equal(can(['jobformidler'], 'citizen.cpr.reveal'), true);
  for (const role of ['virksomhedskonsulent', 'mentor'] as const) {
    assert.equal(can([role], 'citizen.read'), true);
    assert.equal(can([role], 'citizen.write'), false);
    assert.equal(can([role], 'citizen.cpr.reveal'), false);
  }
});

test('only administrators manage accounts and units', () => {
  for (const permission of ['staff.manage', 'unit.manage'] as const) {
    for (const role of roles) assert.equal(can([role], permission), role === 'admin', `${role} ${permission}`);
  }
});

test('administrators and managers read the audit log (access requests); nobody else', () => {
  for (const role of roles) assert.equal(can([role], 'audit.read'), role === 'admin' || role === 'leder', role);
});

test('an administrator reads no case data and reveals no CPR (need to know)', () => {
  for (const permission of ['citizen.read', 'citizen.write', 'citizen.cpr.reveal', 'case.record', 'placement.write'] as const) {
    assert.equal(can(['admin'], permission), false, permission);
  }
  assert.equal(seesNoCitizen(citizenScope(['admin'])), true);
});

test('citizenScope: brokers and managers see their units; consultants and mentors only related citizens', () => {
  assert.deepEqual(citizenScope(['jobformidler']), { units: true, via: ['course_role', 'match', 'placement'] });
  assert.deepEqual(citizenScope(['leder']), { units: true, via: ['course_role'] });
  assert.deepEqual(citizenScope(['virksomhedskonsulent']), { units: false, via: ['course_role', 'match', 'placement'] });
  assert.deepEqual(citizenScope(['mentor']), { units: false, via: ['course_role'] });
  assert.equal(seesNoCitizen(citizenScope(['analytiker'])), true);
  assert.equal(seesNoCitizen(citizenScope([])), true);
});

test('citizenScope of several roles is the union: an administrator given a case role sees what that role sees', () => {
  assert.deepEqual(citizenScope(['admin', 'mentor']), { units: false, via: ['course_role'] });
  assert.deepEqual(citizenScope(['mentor', 'virksomhedskonsulent']), { units: false, via: ['course_role', 'match', 'placement'] });
  assert.deepEqual(citizenScope(['mentor', 'leder']), { units: true, via: ['course_role'] });
});

test('matchingPool: managers and company consultants match across their units, others from their caseload', () => {
  assert.equal(matchingPool(['leder']), 'units');
  assert.equal(matchingPool(['virksomhedskonsulent']), 'units');
  assert.equal(matchingPool(['jobformidler']), 'caseload');
  assert.equal(matchingPool(['mentor']), 'caseload');
  assert.equal(matchingPool(['admin']), 'none');
  assert.equal(matchingPool(['analytiker']), 'none');
});

test('several roles grant the union of their permissions', () => {
  assert.equal(can(['mentor', 'analytiker'], 'citizen.read'), true);
  assert.equal(can(['mentor', 'analytiker'], 'pseudonymised.read'), true);
  assert.equal(can([], 'citizen.read'), false);
});

test('only managers record a citizen\'s move to another municipality', () => {
  for (const role of roles) assert.equal(can([role], 'citizen.transfer'), role === 'leder', role);
});
