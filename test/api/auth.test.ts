import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { forEachDatabase } from '../helpers/suite.ts';
import type { TestApp } from '../helpers/app.ts';
import { fixturePassword } from '../helpers/fixtures.ts';

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

  test('a session idle for more than 30 minutes (the default) has expired; an active one has not', async () => {
    const cookie = await t().login('leder');
    const db = t().db.handle.db;
    const leder = t().fixture.staff['leder']!.id;
    await sql`UPDATE session SET last_seen_at = now() - interval '29 minutes' WHERE staff_id = ${leder}`.execute(db);
    assert.equal((await t().request(cookie, { method: 'GET', url: '/api/me' })).statusCode, 200);
    await sql`UPDATE session SET last_seen_at = now() - interval '31 minutes' WHERE staff_id = ${leder}`.execute(db);
    assert.equal((await t().request(cookie, { method: 'GET', url: '/api/me' })).statusCode, 401);
  });

  test('an active session ends 12 hours (the default) after login, however recently it was used', async () => {
    const cookie = await t().login('analytiker');
    const db = t().db.handle.db;
    const analytiker = t().fixture.staff['analytiker']!.id;
    await sql`UPDATE session SET created_at = now() - interval '11 hours 59 minutes', last_seen_at = now() WHERE staff_id = ${analytiker}`.execute(db);
    assert.equal((await t().request(cookie, { method: 'GET', url: '/api/me' })).statusCode, 200);
    await sql`UPDATE session SET created_at = now() - interval '12 hours 1 minute', last_seen_at = now() WHERE staff_id = ${analytiker}`.execute(db);
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

const limits = {
  windowMs: 60 * 60_000,
  account: { freeAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 600_000 },
  address: { freeAttempts: 6, baseDelayMs: 60_000, maxDelayMs: 120_000 },
};

const attempt = (t: () => TestApp, username: string, password: string, remoteAddress = '127.0.0.1', headers: Record<string, string> = {}) =>
  t().request(undefined, { method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress, headers });

forEachDatabase(
  'login throttling',
  (t) => {
    test('repeated failures for one username are limited with 429 and Retry-After, even with the right password', async () => {
      for (let i = 0; i < 3; i++) assert.equal((await attempt(t, 'mentor', `wrong-${i}`, '10.0.0.1')).statusCode, 401);
      const limited = await attempt(t, 'mentor', fixturePassword, '10.0.0.1');
      assert.equal(limited.statusCode, 429);
      assert.equal(limited.json().error.code, 'rate_limited');
      assert.ok(Number(limited.headers['retry-after']) > 0);
      // Another address does not free the account; other accounts are not affected.
      assert.equal((await attempt(t, 'mentor', fixturePassword, '10.0.0.2')).statusCode, 429);
      assert.equal((await attempt(t, 'leder', fixturePassword, '10.0.0.9')).statusCode, 200);
    });

    test('40 parallel wrong attempts: no more than the free attempts reach the password check', async () => {
      const verified = { count: 0 };
      const argon2 = (await import('argon2')).default;
      const original = argon2.verify;
      argon2.verify = (async (...args: Parameters<typeof original>) => {
        verified.count++;
        return original(...args);
      }) as typeof original;
      try {
        const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(t, 'jobformidler', `wrong-${i}`, '10.0.1.1')));
        const codes = answers.map((a) => a.statusCode);
        assert.equal(codes.filter((c) => c === 401).length, 3);
        assert.equal(codes.filter((c) => c === 429).length, 37);
        assert.equal(verified.count, 3);
      } finally {
        argon2.verify = original;
      }
    });

    test('a colleague behind the same address logs in with the right password after an attack on another account', async () => {
      await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(t, 'virksomhedskonsulent', `wrong-${i}`, '10.0.2.1')));
      const colleague = await attempt(t, 'analytiker', fixturePassword, '10.0.2.1');
      assert.equal(colleague.statusCode, 200);
    });

    test('the wait grows with every further attempt on an account, up to the cap', async () => {
      const db = t().db.handle.db;
      // An attacker rotating addresses: the account's own count grows all the same.
      let address = 0;
      const next = () => attempt(t, 'admin', 'wrong', `10.0.3.${++address}`);
      for (let i = 0; i < 3; i++) assert.equal((await next()).statusCode, 401);
      const waits: number[] = [];
      for (let round = 0; round < 5; round++) {
        const limited = await next();
        assert.equal(limited.statusCode, 429);
        const wait = Number(limited.headers['retry-after']);
        waits.push(wait);
        // Let the owed wait pass (in the database, not on the clock).
        await sql`UPDATE login_attempt SET last_attempt_at = last_attempt_at - make_interval(secs => ${wait + 1}::int) WHERE key = 'account:admin'`.execute(db);
        assert.equal((await next()).statusCode, 401);
      }
      for (let i = 1; i < 4; i++) assert.ok(waits[i]! > waits[i - 1]!, `waits grow: ${waits.join(', ')}`);
      assert.ok(waits[4]! <= 600 && waits[4]! >= waits[3]!, `capped at 600 s: ${waits.join(', ')}`);
    });

    test('many failures from one address across usernames delay that address, for at most the address cap', async () => {
      for (let i = 0; i < 6; i++) assert.equal((await attempt(t, `nobody${i}`, 'x', '10.0.4.1')).statusCode, 401);
      const limited = await attempt(t, 'nobody-else', 'x', '10.0.4.1');
      assert.equal(limited.statusCode, 429);
      assert.ok(Number(limited.headers['retry-after']) <= 60);
      assert.equal((await attempt(t, 'nobody-else', 'x', '10.0.4.2')).statusCode, 401, 'another address is not affected');
    });

    test('without a trusted proxy X-Forwarded-For is ignored: the connection’s address is counted', async () => {
      await attempt(t, 'nobody-xff', 'x', '10.0.5.1', { 'x-forwarded-for': '203.0.113.77' });
      const keys = (await t().db.handle.db.selectFrom('login_attempt').select('key').execute()).map((row) => row.key);
      assert.ok(keys.includes('address:10.0.5.1'));
      assert.ok(!keys.includes('address:203.0.113.77'));
    });
  },
  { loginLimits: limits },
);

forEachDatabase(
  'login throttling behind a trusted proxy',
  (t) => {
    test('the client address from the trusted proxy’s X-Forwarded-For is counted, not the proxy’s', async () => {
      const via = (client: string, username: string) => attempt(t, username, 'x', '10.9.9.9', { 'x-forwarded-for': client });
      for (let i = 0; i < 6; i++) assert.equal((await via('198.51.100.1', `spray${i}`)).statusCode, 401);
      assert.equal((await via('198.51.100.1', 'spray-more')).statusCode, 429);
      assert.equal((await via('198.51.100.2', 'spray-more')).statusCode, 401, 'another client behind the same proxy');
      assert.equal((await attempt(t, 'leder', fixturePassword, '10.9.9.9', { 'x-forwarded-for': '198.51.100.1, 198.51.100.3' })).statusCode, 200);
    });
  },
  { loginLimits: limits, trustProxy: ['10.9.9.9'] },
);

forEachDatabase(
  'login throttling behind one trusted proxy hop',
  (t) => {
    test('with a hop count the nearest X-Forwarded-For entry is the client', async () => {
      await attempt(t, 'nobody-hop', 'x', '10.8.8.8', { 'x-forwarded-for': '203.0.113.9, 198.51.100.50' });
      const keys = (await t().db.handle.db.selectFrom('login_attempt').select('key').execute()).map((row) => row.key);
      assert.ok(keys.includes('address:198.51.100.50'), keys.join(', '));
    });
  },
  { loginLimits: limits, trustProxy: 1 },
);
