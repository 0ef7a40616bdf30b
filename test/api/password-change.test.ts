import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../helpers/suite.ts';
import { databaseTargets } from '../helpers/databases.ts';
import { fixturePassword } from '../helpers/fixtures.ts';
import { checkInitOptions, initInstallation } from '../../src/cli/init.ts';

const change = (body: object) => ({ method: 'POST' as const, url: '/api/auth/password', payload: body });

forEachDatabase('changing one’s own password', (t) => {
  test('a user changes their password: the other sessions end, this one stays, the old password stops working', async () => {
    const other = await t().login('mentor');
    const cookie = await t().login('mentor');
    const response = await t().request(cookie, change({ currentPassword: fixturePassword, newPassword: 'grøn lampe over døren' }));
    assert.equal(response.statusCode, 204);
    assert.equal((await t().request(cookie, { method: 'GET', url: '/api/me' })).statusCode, 200);
    assert.equal((await t().request(other, { method: 'GET', url: '/api/me' })).statusCode, 401);
    await assert.rejects(t().login('mentor'), /401/);
    await t().login('mentor', 'grøn lampe over døren');
    const audit = await t().db.handle.db.selectFrom('audit_event').select('action').where('staff_username', '=', 'mentor').execute();
    assert.ok(audit.some((row) => row.action === 'auth.password_change'));
  });

  test('a wrong current password is refused on its field', async () => {
    const cookie = await t().login('leder');
    const response = await t().request(cookie, change({ currentPassword: 'not-my-password', newPassword: 'grøn lampe over døren' }));
    assert.equal(response.statusCode, 400);
    assert.ok(response.json().error.fields.currentPassword);
  });

  test('new passwords that are short, common or contain the username or the app name are refused with the reason', async () => {
    const cookie = await t().login('analytiker');
    const cases: [string, RegExp][] = [
      ['kort-kode1', /mindst 12 tegn/],
      ['password2024!', /almindelig/],
      ['analytiker-2026!', /brugernavnet/],
      ['mit jobspor login', /Jobspor/],
      [fixturePassword, /anden end den nuværende/],
    ];
    for (const [newPassword, reason] of cases) {
      const response = await t().request(cookie, change({ currentPassword: fixturePassword, newPassword }));
      assert.equal(response.statusCode, 400, newPassword);
      assert.match(response.json().error.fields.newPassword, reason, newPassword);
    }
    // Nothing changed: the old password still works.
    await t().login('analytiker');
  });

  test('a user who must change the password gets only /api/me, the password change and logout until it is changed', async () => {
    const db = t().db.handle.db;
    await db.updateTable('staff').set({ password_change_required: true }).where('username', '=', 'admin').execute();
    const login = await t().request(undefined, { method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: fixturePassword } });
    assert.equal(login.statusCode, 200);
    assert.equal(login.json().user.passwordChangeRequired, true);
    const cookie = `jobspor_session=${login.cookies.find((c) => c.name === 'jobspor_session')!.value}`;
    assert.equal((await t().request(cookie, { method: 'GET', url: '/api/me' })).json().passwordChangeRequired, true);
    for (const url of ['/api/citizens', '/api/staff', '/api/units']) {
      const refused = await t().request(cookie, { method: 'GET', url });
      assert.equal(refused.statusCode, 403, url);
      assert.equal(refused.json().error.code, 'password_change_required', url);
    }
    assert.equal((await t().request(cookie, change({ currentPassword: fixturePassword, newPassword: 'tre små kager i ovnen' }))).statusCode, 204);
    assert.equal((await t().request(cookie, { method: 'GET', url: '/api/me' })).json().passwordChangeRequired, false);
    assert.equal((await t().request(cookie, { method: 'GET', url: '/api/staff' })).statusCode, 200);
  });
});

test('init creates an administrator who must change the password at first login', async () => {
  const database = await databaseTargets()[0]!.open();
  try {
    const result = await initInstallation(database.handle.db, checkInitOptions({ municipality: 'Prøveby Kommune', adminUsername: 'chef' }));
    assert.ok(result.generatedPassword);
    const chef = await database.handle.db.selectFrom('staff').select('password_change_required').where('username', '=', 'chef').executeTakeFirstOrThrow();
    assert.equal(chef.password_change_required, true);
  } finally {
    await database.dispose();
  }
});

forEachDatabase('passwords set by an administrator', (t) => {
  test('an administrator cannot give a staff member a password containing their username', async () => {
    const admin = await t().login('admin');
    const id = t().fixture.staff['mentor']!.id;
    const reset = await t().request(admin, { method: 'POST', url: `/api/staff/${id}/password`, payload: { password: 'mentor-fra-2026' } });
    assert.equal(reset.statusCode, 400);
    assert.match(reset.json().error.fields.password, /brugernavnet/);
    const create = await t().request(admin, {
      method: 'POST',
      url: '/api/staff',
      payload: { username: 'karen.holm', displayName: 'Karen Holm', unitId: t().fixture.teamA, roles: ['mentor'], password: 'karen.holm.2026' },
    });
    assert.equal(create.statusCode, 400);
    assert.match(create.json().error.fields.password, /brugernavnet/);
  });
});
