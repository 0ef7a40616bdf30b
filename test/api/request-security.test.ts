import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../helpers/suite.ts';
import { isSameOrigin } from '../../src/server/csrf.ts';
import { loadConfig, publicOriginFrom } from '../../src/config.ts';
import { redactedPath } from '../../src/server/app.ts';

/** Issue 10 items 8-10: cross-site requests, JSON-only bodies, CPR numbers in paths, HSTS and the public origin. */
forEachDatabase('request security', (t) => {
  const login = (headers: Record<string, string>, payload: unknown = { username: 'jobformidler', password: 'wrong-password-1' }) =>
    t().request(undefined, { method: 'POST', url: '/api/auth/login', headers, payload: payload as string });

  test('a state-changing request from another site is refused 403 before anything runs', async () => {
    const cookie = await t().login('jobformidler');
    const citizen = t().fixture.citizensA[0]!;
    const crossSite: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { origin: 'null' }, { 'sec-fetch-site': 'same-site', origin: 'https://other.localhost' }];
    for (const headers of crossSite) {
      const reveal = await t().request(cookie, { method: 'POST', url: `/api/citizens/${citizen.id}/cpr/reveal`, headers });
      assert.equal(reveal.statusCode, 403, JSON.stringify(headers));
      assert.equal(reveal.json().error.code, 'cross_site_request');
      const loginAttempt = await login(headers);
      assert.equal(loginAttempt.json().error.code, 'cross_site_request');
    }
    const audit = await t().db.handle.db.selectFrom('audit_event').select('id').where('action', '=', 'citizen.cpr.reveal').where('citizen_pseudonym', '=', citizen.pseudonym).execute();
    assert.equal(audit.length, 0, 'no CPR number was revealed');
  });

  test('same-origin browser requests and clients that are not browsers pass', async () => {
    // Fastify's inject sends Host: localhost:80.
    const sameOrigin: Record<string, string>[] = [{}, { origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin' }, { 'sec-fetch-site': 'same-origin' }];
    for (const headers of sameOrigin) {
      const response = await login(headers, { username: 'jobformidler', password: 'fixture-password-1' });
      assert.equal(response.statusCode, 200, `${JSON.stringify(headers)}: ${response.body}`);
    }
  });

  test('reads from another site are not refused (they change nothing)', async () => {
    const response = await t().request(undefined, { method: 'GET', url: '/api/health', headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    assert.equal(response.statusCode, 200);
  });

  test('a state-changing request with a body that is not JSON is refused 415', async () => {
    const form = 'username=jobformidler&password=fixture-password-1';
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await login({ 'content-type': type }, form);
      assert.equal(response.statusCode, 415, type);
      assert.equal(response.json().error.code, 'unsupported_media_type');
    }
    const json = await login({ 'content-type': 'application/json; charset=utf-8' }, JSON.stringify({ username: 'jobformidler', password: 'fixture-password-1' }));
    assert.equal(json.statusCode, 200);
  });

  test('a CPR number in a web-app path never reaches the request log, however it is written', async () => {
    const paths = ['/borgere/300672-0176', '/borgere/3006720176', '/borgere/30%2006%2072%200176', '/borgere/30.06.72-0176', '/api/citizens/300672-0176'];
    for (const url of paths) await t().request(undefined, { method: 'GET', url });
    const log = t().logs.join('');
    for (const secret of ['300672', '0176']) assert.ok(!log.includes(secret), `log contains ${secret}`);
    assert.ok(log.includes('/borgere/[CPR]'), 'the path is logged with the number redacted');
  });

  test('the citizen search refuses CPR numbers written with spaces or dots', async () => {
    const cookie = await t().login('jobformidler');
    for (const q of ['30 06 72 0176', '30.06.72-0176', '300672 - 0176', 'anna 30.06.72.0176']) {
      const response = await t().request(cookie, { method: 'GET', url: `/api/citizens?q=${encodeURIComponent(q)}` });
      assert.equal(response.statusCode, 400, q);
      assert.ok(response.json().error.fields.q, q);
    }
    const name = await t().request(cookie, { method: 'GET', url: `/api/citizens?q=${encodeURIComponent('Anna 12')}` });
    assert.equal(name.statusCode, 200);
  });

  test('no HSTS header without HTTPS', async () => {
    const response = await t().request(undefined, { method: 'GET', url: '/api/health' });
    assert.equal(response.headers['strict-transport-security'], undefined);
  });
});

forEachDatabase(
  'request security behind HTTPS with a public origin',
  (t) => {
    test('every response carries HSTS for a year, subdomains included', async () => {
      for (const url of ['/api/health', '/api/citizens', '/no-such-path']) {
        const response = await t().request(undefined, { method: 'GET', url });
        assert.equal(response.headers['strict-transport-security'], 'max-age=31536000; includeSubDomains', url);
      }
    });

    test('only the configured public origin may send state-changing requests', async () => {
      const ok = await t().request(undefined, {
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: 'https://jobspor.example.dk', 'sec-fetch-site': 'same-origin' },
        payload: { username: 'jobformidler', password: 'fixture-password-1' },
      });
      assert.equal(ok.statusCode, 200, ok.body);
      // The Host header's own origin is not enough once a public origin is configured.
      const viaHost = await t().request(undefined, { method: 'POST', url: '/api/auth/login', headers: { origin: 'http://localhost:80' }, payload: { username: 'jobformidler', password: 'fixture-password-1' } });
      assert.equal(viaHost.statusCode, 403);
      assert.equal(viaHost.json().error.code, 'cross_site_request');
    });
  },
  { secureCookies: true, publicOrigin: 'https://jobspor.example.dk' },
);

describe('public origin and same-origin decision', () => {
  test('JOBSPOR_PUBLIC_ORIGIN is normalised to scheme, host and port, and refused with a path', () => {
    assert.equal(publicOriginFrom(undefined), undefined);
    assert.equal(publicOriginFrom('https://Jobspor.Example.dk/'), 'https://jobspor.example.dk');
    assert.equal(publicOriginFrom('https://jobspor.example.dk:8443'), 'https://jobspor.example.dk:8443');
    assert.equal(loadConfig({ JOBSPOR_PUBLIC_ORIGIN: 'https://jobspor.example.dk' }).publicOrigin, 'https://jobspor.example.dk');
    for (const bad of ['jobspor.example.dk', 'https://jobspor.example.dk/app', 'ftp://jobspor.example.dk']) {
      assert.throws(() => publicOriginFrom(bad), /scheme, host and port|a URL such as/, bad);
      assert.throws(() => loadConfig({ JOBSPOR_PUBLIC_ORIGIN: bad }), /JOBSPOR_PUBLIC_ORIGIN/, bad);
    }
  });

  test('without a public origin the Origin must match the Host header', () => {
    const base = { secFetchSite: undefined };
    assert.equal(isSameOrigin({ ...base, origin: 'http://jobspor.local:3000', host: 'jobspor.local:3000' }, undefined), true);
    assert.equal(isSameOrigin({ ...base, origin: 'http://jobspor.local:3001', host: 'jobspor.local:3000' }, undefined), false);
    assert.equal(isSameOrigin({ ...base, origin: undefined, host: 'jobspor.local:3000' }, undefined), true);
    assert.equal(isSameOrigin({ origin: undefined, secFetchSite: 'none', host: 'x' }, undefined), true);
  });

  test('the request log path keeps ordinary paths and ids as they are', () => {
    assert.equal(redactedPath('/api/citizens/5f0c1e2a-1234-4567-8901-234567890123?q=x'), '/api/citizens/5f0c1e2a-1234-4567-8901-234567890123');
    assert.equal(redactedPath('/borgere/30%2006%2072%200176'), '/borgere/[CPR]');
    assert.equal(redactedPath('/%E0%A4%A'), '/%E0%A4%A');
  });
});
