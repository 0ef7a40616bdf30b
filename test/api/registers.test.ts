/** The register API: upload and background import, jobs, imports, rollback, code lists, roles and CSRF admission. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { forEachDatabase } from '../helpers/suite.ts';
import type { TestApp } from '../helpers/app.ts';
import type { ImportJob } from '../../src/server/routes/registers/schemas.ts';

const extract = 'person;week;code\n010180-1234;2018-W01;kontanthjaelp\next:A;2018-W01;dagpenge\next:A;2018-W02;dagpenge\n';

function upload(app: TestApp, cookie: string, body: string, query: string, headers: Record<string, string> = {}) {
  return app.request(cookie, {
    method: 'POST',
    url: `/api/registers/uploads?${query}`,
    headers: { 'content-type': 'application/octet-stream', ...headers },
    payload: Buffer.from(body),
  });
}

/** Polls the job until it ends (no time limit beyond the test runner's). */
async function finished(app: TestApp, cookie: string, jobId: string): Promise<ImportJob> {
  for (;;) {
    const response = await app.request(cookie, { method: 'GET', url: `/api/registers/jobs/${jobId}` });
    assert.equal(response.statusCode, 200, response.body);
    const job = response.json() as ImportJob;
    if (job.phase === 'done' || job.phase === 'failed') return job;
    await sleep(20);
  }
}

forEachDatabase('register API', (t) => {
  test('an analyst uploads an extract; the job reports progress and the validation report; the import is listed', async () => {
    const cookie = await t().login('analytiker');
    const response = await upload(t(), cookie, extract, 'kind=benefit_weeks&fileName=uge.csv');
    assert.equal(response.statusCode, 202, response.body);
    const job = await finished(t(), cookie, response.json().jobId);
    assert.equal(job.phase, 'done', JSON.stringify(job.error));
    assert.ok(job.outcome?.importId);
    assert.equal(job.outcome.report.rowsKept, 3);
    assert.equal(job.bytesTotal, Buffer.byteLength(extract));

    const list = await t().request(cookie, { method: 'GET', url: '/api/registers/imports' });
    assert.equal(list.statusCode, 200);
    const [first] = list.json().imports;
    assert.equal(first.fileName, 'uge.csv');
    assert.equal(first.importedBy, 'analytiker');
    assert.equal(first.canRollBack, true);
    assert.equal(first.periodFrom, '2018-01-01');
    const audit = await t().db.handle.db.selectFrom('audit_event').select(['action', 'staff_id']).where('action', 'like', 'register.%').execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), ['register.import', 'register.upload']);
    assert.ok(audit.every((a) => a.staff_id === t().fixture.staff.analytiker!.id));
    assert.ok(!t().logs.join('').includes('0101801234') && !t().logs.join('').includes('010180-1234'));
  });

  test('an administrator rolls the latest import back; an earlier one is refused while a later is active', async () => {
    const cookie = await t().login('admin');
    const second = await upload(t(), cookie, extract.replace('dagpenge', 'sygedagpenge'), 'kind=benefit_weeks&fileName=igen.csv');
    const job = await finished(t(), cookie, second.json().jobId);
    const id = job.outcome!.importId!;
    const refused = await t().request(cookie, { method: 'POST', url: `/api/registers/imports/${id - 1}/rollback` });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.fields.id, 'not_latest');
    const rolled = await t().request(cookie, { method: 'POST', url: `/api/registers/imports/${id}/rollback` });
    assert.equal(rolled.statusCode, 200, rolled.body);
    assert.ok(rolled.json().rolledBackAt);
    assert.equal(rolled.json().canRollBack, false);
    assert.equal((await t().request(cookie, { method: 'POST', url: '/api/registers/imports/999/rollback' })).statusCode, 404);
  });

  test('a refused file ends the job with the report and no import', async () => {
    const cookie = await t().login('analytiker');
    const response = await upload(t(), cookie, 'person,code\next:A,other\n', 'kind=benefit_weeks&fileName=bad.csv');
    const job = await finished(t(), cookie, response.json().jobId);
    assert.equal(job.phase, 'done');
    assert.equal(job.outcome!.importId, null);
    assert.equal(job.outcome!.report.rejectedReason, 'missing_columns');
  });

  test('code lists are loaded and listed, and an upload may name one', async () => {
    const cookie = await t().login('analytiker');
    const bad = await t().request(cookie, { method: 'POST', url: '/api/registers/code-lists', payload: { name: 'dream', csv: 'source_code,state\n1,holiday\n' } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error.fields['csv.line.2'], /holiday/);
    const loaded = await t().request(cookie, { method: 'POST', url: '/api/registers/code-lists', payload: { name: 'dream', csv: 'source_code,state\n130,kontanthjaelp\n' } });
    assert.equal(loaded.statusCode, 201, loaded.body);
    assert.deepEqual(loaded.json().entries, { '130': 'kontanthjaelp' });
    const lists = await t().request(cookie, { method: 'GET', url: '/api/registers/code-lists' });
    assert.equal(lists.json().codeLists.length, 1);
    const unknown = await upload(t(), cookie, extract, 'kind=benefit_weeks&fileName=x.csv&codeList=dream:9');
    assert.equal(unknown.statusCode, 400);
    const response = await upload(t(), cookie, 'person;week;code\next:Z;2019-W01;130\n', 'kind=benefit_weeks&fileName=d.csv&codeList=dream:1');
    const job = await finished(t(), cookie, response.json().jobId);
    assert.equal(job.outcome!.report.rowsKept, 1);
  });

  test('other roles are refused; the upload needs an octet-stream body from the same origin', async () => {
    const broker = await t().login('jobformidler');
    assert.equal((await t().request(broker, { method: 'GET', url: '/api/registers/imports' })).statusCode, 403);
    assert.equal((await upload(t(), broker, extract, 'kind=benefit_weeks&fileName=x.csv')).statusCode, 403);
    const leader = await t().login('leder');
    assert.equal((await t().request(leader, { method: 'GET', url: '/api/registers/code-lists' })).statusCode, 403);

    const cookie = await t().login('analytiker');
    const crossSite = await upload(t(), cookie, extract, 'kind=benefit_weeks&fileName=x.csv', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    assert.equal(crossSite.statusCode, 403);
    const text = await upload(t(), cookie, extract, 'kind=benefit_weeks&fileName=x.csv', { 'content-type': 'text/plain' });
    assert.equal(text.statusCode, 415);
    const badKind = await upload(t(), cookie, extract, 'kind=nope&fileName=x.csv');
    assert.equal(badKind.statusCode, 400);
    assert.ok(badKind.json().error.fields.kind);
    // Other routes still refuse a non-JSON body.
    const other = await t().request(cookie, { method: 'POST', url: '/api/registers/code-lists', headers: { 'content-type': 'application/octet-stream' }, payload: Buffer.from('x') });
    assert.equal(other.statusCode, 415);
  });

  test('the routes are in the OpenAPI document', async () => {
    const cookie = await t().login('analytiker');
    const doc = (await t().request(cookie, { method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/registers/imports', '/api/registers/uploads', '/api/registers/jobs/{id}', '/api/registers/imports/{id}/rollback', '/api/registers/code-lists']) {
      assert.ok(doc.paths[path], path);
    }
  });
});
