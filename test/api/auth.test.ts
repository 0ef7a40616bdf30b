import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { forEachDatabase } from '../helpers/suite.ts';

forEachDatabase('authentication and sessions', (t) => {
  test('health answers without a session and names the database', async () => {
    const response = await t().request(undefined, { method: 'GET', url: '/api/health' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { status: 'ok', database: t().db.name });
  });

  test('protected routes answer 401 with the error shape without a session', async () => {
    for (const url of ['/api/me', '/api/citizens', '/api/units', '/api/staff', '/api/audit']) {
      const response = await t().request(undefined, { method: 'GET', url });
      assert.equal(response.statusCode, 401, url);
      assert.equal(response.json().error.code, 'unauthenticated');
    }
  });

  test('login sets an HttpOnly SameSite=Lax session cookie and /api/me returns the user', async () => {
    const response = await t().request(undefined, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'jobformidler', password: 'fixture-password-1' },
    });
    assert.equal(response.statusCode, 200);
    const cookie = response.cookies.find((c) => c.name === 'jobspor_session');
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    const me = await t().request(`jobspor_session=${cookie.value}`, { method: 'GET', url: '/api/me' });
    assert.equal(me.statusCode, 200);
    const body = me.json();
    assert.equal(body.username, 'jobformidler');
    assert.deepEqual(body.roles, ['jobformidler']);
    assert.equal(body.unit.name, 'Team A');
    assert.deepEqual(body.unitPath, ['Testby Kommune', 'Jobcenter Testby', 'Team A']);
  });

  test('usernames are case-insensitive; a wrong password is refused with 401', async () => {
    const ok = await t().request(undefined, { method: 'POST', url: '/api/auth/login', payload: { username: 'Mentor', password: 'fixture-password-1' } });
    assert.equal(ok.statusCode, 200);
    const bad = await t().request(undefined, { method: 'POST', url: '/api/auth/login', payload: { username: 'mentor', password: 'wrong-password' } });
    assert.equal(bad.statusCode, 401);
    assert.equal(bad.json().error.message, 'Forkert brugernavn eller adgangskode.');
    assert.equal(bad.cookies.length, 0);
  });

  test('login with missing fields is a 400 naming the field', async () => {
    const response = await t().request(undefined, { method: 'POST', url: '/api/auth/login', payload: { username: 'mentor' } });
    assert.equal(response.statusCode, 400);
    assert.ok(response.json().error.fields.password);
  });

  test('logging in again rotates the session: the old token stops working', async () => {
    const first = await t().login('virksomhedskonsulent');
    const second = await t().request(first, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'virksomhedskonsulent', password: 'fixture-password-1' },
    });
    assert.equal(second.statusCode, 200);
    const newCookie = second.cookies.find((c) => c.name === 'jobspor_session')!;
    assert.notEqual(`jobspor_session=${newCookie.value}`, first);
    assert.equal((await t().request(first, { method: 'GET', url: '/api/me' })).statusCode, 401);
    assert.equal((await t().request(`jobspor_session=${newCookie.value}`, { method: 'GET', url: '/api/me' })).statusCode, 200);
  });

  test('logout ends the session', async () => {
    const cookie = await t().login('mentor');
    const out = await t().request(cookie, { method: 'POST', url: '/api/auth/logout' });
    assert.equal(out.statusCode, 204);
    assert.equal((await t().request(cookie, { method: 'GET', url: '/api/me' })).statusCode, 401);
  });

  test('a session idle for more than 8 hours has expired; an active one has not', async () => {
    const cookie = await t().login('leder');
    const db = t().db.handle.db;
    await sql`UPDATE session SET last_seen_at = now() - interval '7 hours 59 minutes'`.execute(db);
    assert.equal((await t().request(cookie, { method: 'GET', url: '/api/me' })).statusCode, 200);
    await sql`UPDATE session SET last_seen_at = now() - interval '8 hours 1 minute'`.execute(db);
    assert.equal((await t().request(cookie, { method: 'GET', url: '/api/me' })).statusCode, 401);
  });

  test('responses carry the security headers', async () => {
    const response = await t().request(undefined, { method: 'GET', url: '/api/health' });
    assert.match(String(response.headers['content-security-policy']), /frame-ancestors 'none'/);
    assert.match(String(response.headers['content-security-policy']), /default-src 'self'/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['x-frame-options'], 'DENY');
  });

  test('the OpenAPI document lists every API route', async () => {
    const response = await t().request(undefined, { method: 'GET', url: '/api/openapi.json' });
    assert.equal(response.statusCode, 200);
    const doc = response.json();
    assert.match(doc.openapi, /^3\./);
    const documented = new Set<string>();
    for (const [path, methods] of Object.entries(doc.paths as Record<string, object>)) {
      for (const method of Object.keys(methods)) documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    const registered = t().app.apiRoutes.map((r) => `${r.method} ${r.url}`);
    assert.ok(registered.length >= 40, `only ${registered.length} routes registered`);
    const missing = registered.filter((route) => !documented.has(route));
    assert.deepEqual(missing, [], 'routes missing from the OpenAPI document');
    for (const expected of ['POST /api/auth/login', 'GET /api/citizens/:id', 'GET /api/worklist', 'PUT /api/models/:id/rules/:ruleId/parameters/:parameter']) {
      assert.ok(documented.has(expected), expected);
    }
  });

  test('a deactivated account cannot log in and loses its sessions', async () => {
    const admin = await t().login('admin');
    const victim = await t().login('jobformidler.b');
    const id = t().fixture.staff['jobformidler.b']!.id;
    const patch = await t().request(admin, { method: 'PATCH', url: `/api/staff/${id}`, payload: { active: false } });
    assert.equal(patch.statusCode, 200);
    assert.equal(patch.json().active, false);
    assert.equal((await t().request(victim, { method: 'GET', url: '/api/me' })).statusCode, 401);
    const again = await t().request(undefined, { method: 'POST', url: '/api/auth/login', payload: { username: 'jobformidler.b', password: 'fixture-password-1' } });
    assert.equal(again.statusCode, 401);
    await t().request(admin, { method: 'PATCH', url: `/api/staff/${id}`, payload: { active: true } });
  });
});

forEachDatabase(
  'login rate limiting',
  (t) => {
    test('repeated failures for one username are limited with 429 and Retry-After, even with the right password', async () => {
      for (let i = 0; i < 3; i++) {
        const r = await t().request(undefined, { method: 'POST', url: '/api/auth/login', payload: { username: 'mentor', password: `wrong-${i}` } });
        assert.equal(r.statusCode, 401);
      }
      const limited = await t().request(undefined, { method: 'POST', url: '/api/auth/login', payload: { username: 'mentor', password: 'fixture-password-1' } });
      assert.equal(limited.statusCode, 429);
      assert.equal(limited.json().error.code, 'rate_limited');
      assert.ok(Number(limited.headers['retry-after']) > 0);
      // Other usernames from another address are not affected.
      const other = await t().request(undefined, {
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'leder', password: 'fixture-password-1' },
        remoteAddress: '10.0.0.9',
      });
      assert.equal(other.statusCode, 200);
    });

    test('many failures from one address are limited across usernames', async () => {
      const from = { remoteAddress: '10.0.0.77' };
      for (let i = 0; i < 5; i++) {
        await t().request(undefined, { method: 'POST', url: '/api/auth/login', payload: { username: `nobody${i}`, password: 'x' }, ...from });
      }
      const limited = await t().request(undefined, { method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'fixture-password-1' }, ...from });
      assert.equal(limited.statusCode, 429);
    });
  },
  { loginLimits: { windowMs: 60_000, maxPerUsername: 3, maxPerIp: 5 } },
);
