/**
 * What the audit log records beyond reads and writes (issue 10 item 4):
 * failed logins, refused requests (403, and 404 on a citizen that exists
 * outside the caller's need to know), CPR look-ups that find nothing (as a
 * keyed hash, never the number), and each row's client address and session.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cprLookupHash } from '../../src/domain/identity/cpr-lookup-hash.ts';
import { forEachDatabase } from '../helpers/suite.ts';
import type { TestApp } from '../helpers/app.ts';

async function lastEvent(t: TestApp, action?: string) {
  let query = t.db.handle.db.selectFrom('audit_event').selectAll().orderBy('id', 'desc').limit(1);
  if (action) query = query.where('action', '=', action);
  return query.executeTakeFirst();
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

forEachDatabase('audit gaps', (t) => {
  test('a failed login is audited with the username tried and the client address', async () => {
    const response = await t().request(undefined, { method: 'POST', url: '/api/auth/login', payload: { username: 'Leder', password: 'wrong-password-1' } });
    assert.equal(response.statusCode, 401);
    const row = await lastEvent(t());
    assert.equal(row?.action, 'auth.login_failed');
    assert.deepEqual(row?.detail, { username: 'leder' });
    assert.equal(row?.staff_id, null);
    assert.equal(row?.client_address, '127.0.0.1');
  });

  test('a request refused with 403 is audited', async () => {
    const cookie = await t().login('mentor');
    const response = await t().request(cookie, { method: 'GET', url: '/api/audit' });
    assert.equal(response.statusCode, 403);
    const row = await lastEvent(t());
    assert.equal(row?.action, 'access.refused');
    assert.equal(row?.staff_username, 'mentor');
    assert.equal(row?.route, '/api/audit');
    assert.deepEqual(row?.detail, { status: 403, code: 'forbidden' });
  });

  test('a 404 on a citizen who exists outside the caller’s need to know is audited with the citizen; an unknown id is not', async () => {
    const cookie = await t().login('jobformidler.b');
    const other = t().fixture.citizensA[0]!;
    const response = await t().request(cookie, { method: 'GET', url: `/api/citizens/${other.id}` });
    assert.equal(response.statusCode, 404);
    const row = await lastEvent(t());
    assert.equal(row?.action, 'access.refused');
    assert.equal(row?.citizen_pseudonym, other.pseudonym);
    assert.deepEqual(row?.detail, { status: 404, code: 'not_found' });
    const unknown = await t().request(cookie, { method: 'GET', url: '/api/citizens/00000000-0000-4000-8000-000000000000' });
    assert.equal(unknown.statusCode, 404);
    assert.equal((await lastEvent(t()))?.id, row?.id, 'no row for an id that does not exist');
    // The same answer either way: the log tells them apart, the client cannot.
    assert.equal(JSON.parse(unknown.body).error.message, JSON.parse(response.body).error.message);
  });

  test('a CPR look-up that finds nothing is audited with a keyed hash of the number, never the number', async () => {
    const cookie = await t().login('jobformidler');
    const cpr = '0202851237';
    for (const url of ['/api/citizens/lookup']) {
      const response = await t().request(cookie, { method: 'POST', url, payload: { cpr } });
      assert.equal(response.statusCode, 404);
      const row = await lastEvent(t());
      assert.equal(row?.action, 'citizen.lookup_by_cpr');
      const detail = row?.detail as { found: boolean; cprHash: string };
      assert.equal(detail.found, false);
      assert.equal(detail.cprHash, cprLookupHash(t().app.ctx.installationSecret, cpr));
      assert.ok(!JSON.stringify(row).includes(cpr) && !JSON.stringify(row).includes('020285'), 'the number is not in the row');
    }
    const leder = await t().login('leder');
    const search = await t().request(leder, { method: 'POST', url: '/api/audit/search', payload: { cpr } });
    assert.equal(search.statusCode, 404);
    const row = await lastEvent(t(), 'audit.lookup_by_cpr');
    assert.equal((row?.detail as { cprHash: string }).cprHash, cprLookupHash(t().app.ctx.installationSecret, cpr));
    assert.ok(!JSON.stringify(row).includes(cpr));
  });

  test('each row names the session by a hash of its stored token hash, never the cookie token', async () => {
    const cookie = await t().login('jobformidler');
    const token = cookie.split('=')[1]!;
    const login = await lastEvent(t(), 'auth.login');
    const citizen = t().fixture.citizensA[0]!;
    assert.equal((await t().request(cookie, { method: 'GET', url: `/api/citizens/${citizen.id}` })).statusCode, 200);
    const read = await lastEvent(t());
    const session = await t().db.handle.db.selectFrom('session').select('token_hash').where('token_hash', '=', sha256(token)).executeTakeFirstOrThrow();
    assert.equal(read?.session_ref, sha256(session.token_hash));
    assert.equal(login?.session_ref, read?.session_ref, 'the login row names the session it created');
    assert.ok(!JSON.stringify(read).includes(token) && read?.session_ref !== session.token_hash);
    assert.equal(read?.client_address, '127.0.0.1');
  });
});
