import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../helpers/suite.ts';

/** Routes each role must be refused (403), with a valid body so the check is about the role. */
forEachDatabase('authorisation by role and unit', (t) => {
  const staffBody = () => ({ username: 'new.person', displayName: 'New Person', unitId: t().fixture.teamA, roles: ['mentor'], password: 'long-enough-pw' });
  const citizenBody = () => ({ cpr: '111111-1118', firstName: 'A', lastName: 'B', unitId: t().fixture.teamA });

  const forbiddenByRole: Record<string, () => { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: object }[]> = {
    jobformidler: () => [
      { method: 'GET', url: '/api/audit' },
      { method: 'POST', url: '/api/staff', payload: staffBody() },
      { method: 'POST', url: '/api/units', payload: { parentId: t().fixture.jobcentreId, kind: 'team', name: 'X' } },
      { method: 'GET', url: '/api/pseudonymised/citizens' },
    ],
    virksomhedskonsulent: () => [
      { method: 'POST', url: '/api/citizens', payload: citizenBody() },
      { method: 'GET', url: '/api/audit' },
      { method: 'POST', url: `/api/citizens/${t().fixture.citizensA[0]!.id}/cpr/reveal` },
    ],
    mentor: () => [
      { method: 'POST', url: '/api/citizens', payload: citizenBody() },
      { method: 'PATCH', url: `/api/citizens/${t().fixture.citizensA[0]!.id}`, payload: { version: 1, city: 'X' } },
      { method: 'POST', url: '/api/staff', payload: staffBody() },
    ],
    // A manager may search the audit log of their units (access requests, GDPR art. 15).
    leder: () => [
      { method: 'POST', url: '/api/staff', payload: staffBody() },
      { method: 'POST', url: `/api/staff/${t().fixture.staff.mentor!.id}/password`, payload: { password: 'long-enough-pw' } },
    ],
    analytiker: () => [
      { method: 'GET', url: '/api/citizens' },
      { method: 'GET', url: `/api/citizens/${t().fixture.citizensA[0]!.id}` },
      { method: 'POST', url: '/api/citizens', payload: citizenBody() },
      { method: 'POST', url: '/api/citizens/lookup', payload: { cpr: '010180-1234' } },
      { method: 'GET', url: '/api/staff' },
      { method: 'GET', url: '/api/audit' },
    ],
    // An administrator manages accounts and settings and reads no case data (need to know).
    admin: () => [
      { method: 'GET', url: '/api/pseudonymised/citizens' },
      { method: 'GET', url: '/api/citizens' },
      { method: 'GET', url: `/api/citizens/${t().fixture.citizensA[0]!.id}` },
      { method: 'POST', url: '/api/citizens', payload: citizenBody() },
      { method: 'POST', url: '/api/citizens/lookup', payload: { cpr: '010180-1234' } },
      { method: 'POST', url: `/api/citizens/${t().fixture.citizensA[0]!.id}/cpr/reveal` },
    ],
  };

  for (const [role, routes] of Object.entries(forbiddenByRole)) {
    test(`${role} gets 403 on routes outside the role`, async () => {
      const cookie = await t().login(role);
      for (const route of routes()) {
        const response = await t().request(cookie, route);
        assert.equal(response.statusCode, 403, `${role} ${route.method} ${route.url}: ${response.body}`);
        assert.equal(response.json().error.code, 'forbidden');
      }
    });
  }

  test('a job broker cannot see, change or reveal a citizen of another team (404)', async () => {
    const cookie = await t().login('jobformidler');
    const other = t().fixture.citizensB[0]!;
    assert.equal((await t().request(cookie, { method: 'GET', url: `/api/citizens/${other.id}` })).statusCode, 404);
    assert.equal((await t().request(cookie, { method: 'PATCH', url: `/api/citizens/${other.id}`, payload: { version: 1, city: 'X' } })).statusCode, 404);
    assert.equal((await t().request(cookie, { method: 'POST', url: `/api/citizens/${other.id}/cpr/reveal` })).statusCode, 404);
    const list = (await t().request(cookie, { method: 'GET', url: '/api/citizens?limit=500' })).json();
    assert.ok(!list.items.some((c: { id: string }) => c.id === other.id));
    const filtered = (await t().request(cookie, { method: 'GET', url: `/api/citizens?unitId=${t().fixture.teamB}` })).json();
    assert.equal(filtered.total, 0);
  });

  test('a job broker cannot register a citizen in another team', async () => {
    const cookie = await t().login('jobformidler');
    const response = await t().request(cookie, { method: 'POST', url: '/api/citizens', payload: { ...citizenBody(), unitId: t().fixture.teamB } });
    assert.equal(response.statusCode, 400);
    assert.ok(response.json().error.fields.unitId);
  });

  test('a manager sees the citizens of every team in the job centre', async () => {
    const cookie = await t().login('leder');
    const list = (await t().request(cookie, { method: 'GET', url: '/api/citizens?limit=500' })).json();
    const ids = list.items.map((c: { id: string }) => c.id);
    assert.ok(ids.includes(t().fixture.citizensA[0]!.id));
    assert.ok(ids.includes(t().fixture.citizensB[0]!.id));
  });

  test('an analyst sees only pseudonymised data: no names, CPR numbers or internal ids', async () => {
    const cookie = await t().login('analytiker');
    const response = await t().request(cookie, { method: 'GET', url: '/api/pseudonymised/citizens' });
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.ok(body.total >= 3);
    const text = response.body;
    for (const c of [...t().fixture.citizensA, ...t().fixture.citizensB]) {
      assert.ok(!text.includes(c.id));
      assert.ok(!text.includes(c.cpr.slice(0, 6)));
    }
    assert.ok(!text.includes('Testesen'));
    assert.ok(body.items.every((c: Record<string, unknown>) => !('firstName' in c) && !('birthDate' in c) && typeof c.birthYear === 'number'));
  });
});
