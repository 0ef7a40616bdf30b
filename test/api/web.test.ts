import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { openDatabase } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { buildApp } from '../../src/server/app.ts';
import { webDist } from '../../src/server/web.ts';

test('the server serves the web app, falls back to it for client routes, and keeps JSON 404s for the API and missing files', { skip: existsSync(`${webDist}index.html`) ? false : 'web app not built' }, async () => {
  const database = await openDatabase({});
  await migrate(database.db);
  const app = await buildApp({ database, logLevel: 'silent' });
  try {
    const root = await app.inject({ method: 'GET', url: '/' });
    assert.equal(root.statusCode, 200);
    assert.match(root.headers['content-type'] as string, /text\/html/);
    assert.match(String(root.headers['content-security-policy']), /script-src 'self'/);
    const deep = await app.inject({ method: 'GET', url: '/borgere/123?tab=plan' });
    assert.equal(deep.statusCode, 200);
    assert.equal(deep.body, root.body);
    const api = await app.inject({ method: 'GET', url: '/api/does-not-exist' });
    assert.equal(api.statusCode, 404, 'unknown API paths are 404 JSON');
    assert.equal(api.json().error.code, 'not_found');
    const file = await app.inject({ method: 'GET', url: '/assets/missing-file.js' });
    assert.equal(file.statusCode, 404);
    assert.equal(file.json().error.code, 'not_found');
    const post = await app.inject({ method: 'POST', url: '/borgere' });
    assert.equal(post.statusCode, 404);
  } finally {
    await app.close();
    await database.close();
  }
});
