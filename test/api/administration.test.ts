import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { forEachDatabase } from '../helpers/suite.ts';

forEachDatabase('administration and audit', (t) => {
  test('an admin creates a unit tree: team under the job centre; wrong nesting is refused', async () => {
    const cookie = await t().login('admin');
    const team = await t().request(cookie, { method: 'POST', url: '/api/units', payload: { parentId: t().fixture.jobcentreId, kind: 'team', name: 'Team C' } });
    assert.equal(team.statusCode, 201, team.body);
    assert.equal(team.json().kind, 'team');
    const nested = await t().request(cookie, { method: 'POST', url: '/api/units', payload: { parentId: team.json().id, kind: 'team', name: 'Sub' } });
    assert.equal(nested.statusCode, 400);
    assert.ok(nested.json().error.fields.parentId);
    const duplicate = await t().request(cookie, { method: 'POST', url: '/api/units', payload: { parentId: t().fixture.jobcentreId, kind: 'team', name: 'team c' } });
    assert.equal(duplicate.statusCode, 409);
    const outreach = await t().request(cookie, { method: 'POST', url: '/api/units', payload: { parentId: t().fixture.jobcentreId, kind: 'outreach_office', name: 'Udkørende' } });
    assert.equal(outreach.statusCode, 400);
    assert.ok(outreach.json().error.fields.housingArea);
    const units = (await t().request(cookie, { method: 'GET', url: '/api/units' })).json().units;
    assert.ok(units.some((u: { name: string }) => u.name === 'Team C'));
    const teamA = units.find((u: { name: string }) => u.name === 'Team A');
    assert.equal(teamA.citizenCount >= 2, true);
  });

  test('an admin creates a staff account with several roles, and it can log in', async () => {
    const cookie = await t().login('admin');
    const response = await t().request(cookie, {
      method: 'POST',
      url: '/api/staff',
      payload: { username: 'Lise.Berg', displayName: 'Lise Berg', email: 'lise@example.dk', unitId: t().fixture.teamA, roles: ['jobformidler', 'mentor'], password: 'a-long-password' },
    });
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.json().username, 'lise.berg');
    assert.deepEqual(response.json().roles, ['jobformidler', 'mentor']);
    const stored = await t().db.handle.db.selectFrom('staff').select('password_hash').where('username', '=', 'lise.berg').executeTakeFirstOrThrow();
    assert.match(stored.password_hash, /^\$argon2id\$/);
    const session = await t().login('lise.berg', 'a-long-password');
    const me = (await t().request(session, { method: 'GET', url: '/api/me' })).json();
    assert.deepEqual(me.roles, ['jobformidler', 'mentor']);
  });

  test('staff creation reports bad fields and taken usernames', async () => {
    const cookie = await t().login('admin');
    const bad = await t().request(cookie, { method: 'POST', url: '/api/staff', payload: { username: 'x', displayName: '', unitId: t().fixture.teamA, roles: ['wizard'], password: 'short' } });
    assert.equal(bad.statusCode, 400);
    const fields = bad.json().error.fields;
    for (const field of ['username', 'displayName', 'password']) assert.ok(fields[field], field);
    assert.ok(Object.keys(fields).some((k) => k.startsWith('roles')));
    const taken = await t().request(cookie, { method: 'POST', url: '/api/staff', payload: { username: 'mentor', displayName: 'M', unitId: t().fixture.teamA, roles: ['mentor'], password: 'long-enough-pw' } });
    assert.equal(taken.statusCode, 409);
    assert.ok(taken.json().error.fields.username);
  });

  test('a password reset lets the new password in, ends old sessions and refuses the old password', async () => {
    const admin = await t().login('admin');
    const old = await t().login('virksomhedskonsulent');
    const id = t().fixture.staff.virksomhedskonsulent!.id;
    const reset = await t().request(admin, { method: 'POST', url: `/api/staff/${id}/password`, payload: { password: 'brand-new-password' } });
    assert.equal(reset.statusCode, 204);
    assert.equal((await t().request(old, { method: 'GET', url: '/api/me' })).statusCode, 401);
    const refused = await t().request(undefined, { method: 'POST', url: '/api/auth/login', payload: { username: 'virksomhedskonsulent', password: 'fixture-password-1' } });
    assert.equal(refused.statusCode, 401);
    await t().login('virksomhedskonsulent', 'brand-new-password');
  });

  test('an admin cannot deactivate their own account', async () => {
    const cookie = await t().login('admin');
    const response = await t().request(cookie, { method: 'PATCH', url: `/api/staff/${t().fixture.staff.admin!.id}`, payload: { active: false } });
    assert.equal(response.statusCode, 400);
  });

  test('reads and writes of citizen data are audited with who, route and pseudonym; admins search by citizen and staff', async () => {
    const broker = await t().login('jobformidler');
    const citizen = t().fixture.citizensA[0]!;
    await t().request(broker, { method: 'GET', url: `/api/citizens/${citizen.id}` });
    const current = (await t().request(broker, { method: 'GET', url: `/api/citizens/${citizen.id}` })).json();
    await t().request(broker, { method: 'PATCH', url: `/api/citizens/${citizen.id}`, payload: { version: current.version, phone: '12345678' } });
    await t().request(broker, { method: 'GET', url: '/api/citizens' });
    const admin = await t().login('admin');
    const byCitizen = (await t().request(admin, { method: 'GET', url: `/api/audit?citizen=${citizen.pseudonym}&limit=500` })).json();
    const actions = byCitizen.items.map((e: { action: string }) => e.action);
    assert.ok(actions.includes('citizen.read'));
    assert.ok(actions.includes('citizen.update'));
    assert.ok(actions.includes('citizen.list'));
    const read = byCitizen.items.find((e: { action: string }) => e.action === 'citizen.read');
    assert.equal(read.staffUsername, 'jobformidler');
    assert.equal(read.method, 'GET');
    assert.equal(read.route, '/api/citizens/:id');
    const byId = (await t().request(admin, { method: 'GET', url: `/api/audit?citizen=${citizen.id}&limit=500` })).json();
    assert.ok(byId.total >= byCitizen.total, 'search by internal id finds the same citizen');
    const byStaff = (await t().request(admin, { method: 'GET', url: '/api/audit?staff=jobformidler&limit=500' })).json();
    assert.ok(byStaff.items.length > 0);
    assert.ok(byStaff.items.every((e: { staffUsername: string }) => e.staffUsername === 'jobformidler'));
    const badDate = await t().request(admin, { method: 'GET', url: '/api/audit?from=yesterday' });
    assert.equal(badDate.statusCode, 400);
    assert.ok(badDate.json().error.fields.from);
  });

  test('the audit log cannot be updated, deleted or truncated, even with direct SQL', async () => {
    const db = t().db.handle.db;
    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_event`.execute(db);
    assert.ok(before.rows[0]!.n > 0);
    await assert.rejects(sql`UPDATE audit_event SET action = 'tampered'`.execute(db), /append-only/);
    await assert.rejects(sql`DELETE FROM audit_event`.execute(db), /append-only/);
    await assert.rejects(sql`TRUNCATE audit_event`.execute(db), /append-only/);
    const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_event WHERE action = 'tampered'`.execute(db);
    assert.equal(after.rows[0]!.n, 0);
  });
});
