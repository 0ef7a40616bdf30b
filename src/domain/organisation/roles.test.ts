import { test } from 'node:test';
import assert from 'node:assert/strict';
import { can, isRole, roles, type Permission } from './roles.ts';

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

test('only administrators manage accounts, units and read the audit log', () => {
  for (const permission of ['staff.manage', 'unit.manage', 'audit.read'] as const) {
    for (const role of roles) assert.equal(can([role], permission), role === 'admin', `${role} ${permission}`);
  }
});

test('several roles grant the union of their permissions', () => {
  assert.equal(can(['mentor', 'analytiker'], 'citizen.read'), true);
  assert.equal(can(['mentor', 'analytiker'], 'pseudonymised.read'), true);
  assert.equal(can([], 'citizen.read'), false);
});
