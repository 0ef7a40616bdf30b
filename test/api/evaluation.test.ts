/**
 * The evaluation API on a synthetic register imported with the real import
 * code: permissions, validation with the field that is wrong, a run in a
 * worker thread polled until it is done (plausible counts, the hashes), the
 * same run again giving the same numbers and hashes, a failed and a
 * cancelled run, and saved analyses with their report in JSON, HTML and
 * PDF. On PGlite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { before, test } from 'node:test';
import { sql } from 'kysely';
import { forEachDatabase } from '../helpers/suite.ts';
import { importEvaluationRegister, type EvaluationRegister } from '../helpers/evaluation-register.ts';
import { evaluationOptions, run as runSchema, savedAnalysis, savedAnalysisSummary, type Run } from '../../src/server/routes/evaluation/schemas.ts';
import { canonicalJson, specSha256 } from '../../src/server/evaluation/reproducibility.ts';

const FSM = 'flere-skal-med';
const TREATED = 40;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

forEachDatabase('evaluation API', (app) => {
  const cookies: Record<string, string> = {};
  let register: EvaluationRegister;
  /** The treated file: the first TREATED persons, time zeros spread over 2018-04..2018-06. */
  let csv = '';
  before(async () => {
    register = await importEvaluationRegister(app().db.handle.db, { persons: 240, treated: TREATED });
    csv = ['person,time_zero', ...register.pseudonyms.slice(0, TREATED).map((p, i) => `${p},2018-0${4 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`)].join('\n');
    for (const user of ['leder', 'analytiker', 'jobformidler']) cookies[user] = await app().login(user);
  });
  const call = (user: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
    app().request(cookies[user], { method, url, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

  const fileRequest = (analysis: Record<string, unknown> = {}) => ({
    cohort: { modelId: FSM, treated: { kind: 'file', fileName: 'deltagere.csv', csv }, seed: 7 },
    analysis: { method: 'nearest', outcome: 'any_hours', window: '1-12', ...analysis },
  });

  /** Polls the run until it has ended (no time limit here: the test runner's timeout applies). */
  async function finished(user: string, id: string): Promise<Run> {
    for (;;) {
      const response = await call(user, 'GET', `/api/evaluation/runs/${id}`);
      assert.equal(response.statusCode, 200, response.body);
      const body = runSchema.parse(response.json());
      if (body.status !== 'queued' && body.status !== 'running') return body;
      await sleep(100);
    }
  }

  async function startRun(user: string, payload: unknown): Promise<Run> {
    const response = await call(user, 'POST', '/api/evaluation/runs', payload);
    assert.equal(response.statusCode, 202, response.body);
    return runSchema.parse(response.json());
  }

  test('only leder and analytiker: a job broker gets 403 on every route', async () => {
    assert.equal((await call('jobformidler', 'GET', '/api/evaluation/options')).statusCode, 403);
    assert.equal((await call('jobformidler', 'POST', '/api/evaluation/runs', fileRequest())).statusCode, 403);
    assert.equal((await call('jobformidler', 'GET', '/api/evaluation/analyses')).statusCode, 403);
    assert.equal((await app().request(undefined, { method: 'GET', url: '/api/evaluation/options' })).statusCode, 401);
  });

  test('options: models with their default rule, the units in reach, the register period', async () => {
    const leder = evaluationOptions.parse((await call('leder', 'GET', '/api/evaluation/options')).json());
    const fsm = leder.models.find((m) => m.id === FSM);
    assert.ok(fsm, 'Flere skal med is offered');
    assert.ok(fsm.defaultRule.states.length > 0);
    assert.equal(fsm.mainOutcome, 'any_hours');
    const f = app().fixture;
    assert.deepEqual(leder.units.map((u) => u.id).sort(), [f.jobcentreId, f.teamA, f.teamB].sort(), "a leder: the job centre's subtree");
    const analyst = evaluationOptions.parse((await call('analytiker', 'GET', '/api/evaluation/options')).json());
    assert.ok(analyst.units.some((u) => u.id === f.municipalityId), 'an analyst: every unit');
    assert.deepEqual(analyst.dataPeriod, { benefitFrom: '2017-01-02', benefitTo: '2019-12-29', hoursFrom: '2017-01', hoursTo: '2019-12' });
    assert.ok(analyst.covariates.includes('age') && analyst.defaultCovariates.every((c) => analyst.covariates.includes(c)));
    assert.deepEqual(analyst.methods, ['nearest', 'cem', 'ipw', 'did', 'cox']);
  });

  test('bad requests: 400 with the field before any run starts, 404 for a unit out of reach', async () => {
    const fields = async (payload: unknown) => {
      const response = await call('leder', 'POST', '/api/evaluation/runs', payload);
      assert.equal(response.statusCode, 400, response.body);
      return Object.keys(response.json().error.fields ?? {});
    };
    const base = fileRequest();
    assert.deepEqual(await fields({ ...base, cohort: { ...base.cohort, modelId: 'no-such-model' } }), ['cohort.modelId']);
    assert.deepEqual(await fields({ ...base, analysis: { ...base.analysis, method: 'magic' } }), ['analysis.method']);
    assert.deepEqual(await fields({ ...base, analysis: { ...base.analysis, method: 'cox' } }), ['analysis.outcome']);
    assert.deepEqual(await fields({ ...base, analysis: { ...base.analysis, bootstrap: { replicates: 10 } } }), ['analysis.bootstrap.replicates']);
    const badCsv = await call('leder', 'POST', '/api/evaluation/runs', { ...base, cohort: { ...base.cohort, treated: { kind: 'file', fileName: 'x.csv', csv: 'person,time_zero\nabc,2018-01-01\ndef,1. maj\n' } } });
    assert.equal(badCsv.statusCode, 400);
    const reason = badCsv.json().error.fields['cohort.treated.csv'] as string;
    assert.match(reason, /line 3/, 'the line is named');
    const caseData = (unitId: string) => ({ ...base, cohort: { modelId: FSM, treated: { kind: 'case_data', unitId, from: '2018-01-01', to: '2018-12-31' } } });
    assert.equal((await call('leder', 'POST', '/api/evaluation/runs', caseData(app().fixture.municipalityId))).statusCode, 404, 'above the leder');
    assert.equal((await call('analytiker', 'POST', '/api/evaluation/runs', caseData('00000000-0000-4000-8000-000000000000'))).statusCode, 404, 'no such unit');
    const reversed = await call('leder', 'POST', '/api/evaluation/runs', { ...caseData(app().fixture.teamA), cohort: { modelId: FSM, treated: { kind: 'case_data', unitId: app().fixture.teamA, from: '2018-12-31', to: '2018-01-01' } } });
    assert.deepEqual(Object.keys(reversed.json().error.fields), ['cohort.treated.to']);
  });

  let firstRun: Run;
  test('a run computes in a worker and ends with plausible counts and the hashes; the server answers meanwhile', async () => {
    const started = await startRun('leder', fileRequest());
    assert.ok(['queued', 'running'].includes(started.status));
    assert.equal(started.request.cohort.treated.kind === 'file' && started.request.cohort.treated.csv, `sha256:${sha(csv)}`, 'the CSV is not echoed back');
    // The event loop is free while the worker computes: other requests are answered.
    assert.equal((await call('leder', 'GET', '/api/evaluation/options')).statusCode, 200);
    firstRun = await finished('leder', started.id);
    assert.equal(firstRun.status, 'done', JSON.stringify(firstRun.error));
    assert.equal(firstRun.progress, 1);
    const { cohort, result, reproducibility } = firstRun;
    assert.ok(cohort && result && reproducibility);
    const excluded = Object.values(cohort.excluded).reduce((a, b) => a + b, 0);
    assert.ok(cohort.nTreated > 0 && cohort.nTreated <= TREATED, `treated ${cohort.nTreated}`);
    assert.ok(cohort.nTreated + cohort.excluded.not_in_register + cohort.excluded.not_in_target_group + cohort.excluded.missing_birth_year <= TREATED + excluded);
    assert.ok(cohort.nControl > 0 && cohort.nControl <= 240 - TREATED, `controls ${cohort.nControl}`);
    assert.equal(result.method, 'nearest');
    assert.equal(result.estimand, 'att');
    assert.ok(result.nMatchedTreated > 0 && result.nMatchedTreated <= cohort.nTreated);
    assert.ok(result.effect.ciLow <= result.effect.estimate && result.effect.estimate <= result.effect.ciHigh);
    assert.ok(Math.abs(result.effect.estimate) <= 1, 'a difference of shares');
    assert.ok(result.balance && result.balance.before.length > 0);
    // The hashes, computed here independently.
    const lines = csv.split('\n').slice(1).sort();
    assert.equal(reproducibility.treatedSha256, sha(lines.join('\n')));
    assert.equal(reproducibility.fileSha256, sha(csv));
    assert.equal(reproducibility.specSha256, specSha256(fileRequest() as never));
    assert.equal(reproducibility.registerImports.length, 3);
    assert.deepEqual(reproducibility.dataPeriod, { benefitFrom: '2017-01-02', benefitTo: '2019-12-29', hoursFrom: '2017-01', hoursTo: '2019-12' });
    assert.equal(reproducibility.software.mlMatrix, '6.15.1');
    assert.equal(reproducibility.software.node, process.version);
    assert.match(reproducibility.software.jobspor, /^\d+\.\d+\.\d+/);
    // Audited as one aggregate read: no person list.
    const audit = await sql<{ detail: Record<string, unknown>; citizen_pseudonyms: string[] | null }>`
      SELECT detail, citizen_pseudonyms FROM audit_event WHERE action = 'evaluation.run' AND detail->>'runId' = ${started.id}`.execute(app().db.handle.db);
    assert.equal(audit.rows.length, 1);
    assert.equal(audit.rows[0]!.citizen_pseudonyms, null);
    assert.equal(audit.rows[0]!.detail.treated, TREATED);
    // Someone else's run is not found.
    assert.equal((await call('analytiker', 'GET', `/api/evaluation/runs/${started.id}`)).statusCode, 404);
  });

  test('the same run again (keys in another order) gives the same numbers and hashes', async () => {
    const base = fileRequest();
    const reordered = { analysis: { window: '1-12', outcome: 'any_hours', method: 'nearest' }, cohort: { seed: 7, treated: base.cohort.treated, modelId: FSM } };
    assert.notEqual(JSON.stringify(reordered), JSON.stringify(base));
    assert.equal(canonicalJson(reordered), canonicalJson(base));
    const again = await finished('leder', (await startRun('leder', reordered)).id);
    assert.equal(again.status, 'done');
    assert.deepEqual(again.result, firstRun.result);
    assert.deepEqual(again.cohort, firstRun.cohort);
    assert.equal(again.reproducibility!.specSha256, firstRun.reproducibility!.specSha256);
    assert.equal(again.reproducibility!.treatedSha256, firstRun.reproducibility!.treatedSha256);
    // A different seed is a different specification.
    const otherSeed = { ...base, cohort: { ...base.cohort, seed: 8 } };
    assert.notEqual(specSha256(otherSeed as never), firstRun.reproducibility!.specSha256);
  });

  test('a run the analysis refuses fails with the code and field; a cancelled run stays cancelled', async () => {
    // No course of the model in team A: no treated person.
    const empty = await startRun('leder', { cohort: { modelId: FSM, treated: { kind: 'case_data', unitId: app().fixture.teamA, from: '2018-01-01', to: '2018-12-31' } }, analysis: { method: 'nearest', outcome: 'any_hours' } });
    const failed = await finished('leder', empty.id);
    assert.equal(failed.status, 'failed');
    assert.equal(failed.error!.code, 'no_treated');
    assert.equal(failed.error!.field, 'treated');
    assert.equal(failed.result, null);

    const slow = await startRun('leder', fileRequest({ bootstrap: { replicates: 5000, seed: 1 } }));
    const cancel = await call('leder', 'DELETE', `/api/evaluation/runs/${slow.id}`);
    assert.equal(cancel.statusCode, 200, cancel.body);
    assert.equal(runSchema.parse(cancel.json()).status, 'cancelled');
    const later = runSchema.parse((await call('leder', 'GET', `/api/evaluation/runs/${slow.id}`)).json());
    assert.equal(later.status, 'cancelled');
    assert.equal(later.result, null);
    assert.equal((await call('analytiker', 'DELETE', `/api/evaluation/runs/${slow.id}`)).statusCode, 404);
    // Only a finished run can be saved.
    assert.equal((await call('leder', 'POST', '/api/evaluation/analyses', { runId: slow.id, name: 'Afbrudt' })).statusCode, 409);
  });

  test('saved analyses: save, list in the municipality, open, report in three formats, delete by creator or leder', async () => {
    const saved = await call('leder', 'POST', '/api/evaluation/analyses', { runId: firstRun.id, name: 'Flere skal med 2018 <test>' });
    assert.equal(saved.statusCode, 201, saved.body);
    const analysis = savedAnalysis.parse(saved.json());
    assert.deepEqual(analysis.result, firstRun.result);
    assert.equal(analysis.createdBy, 'Test leder');
    assert.equal(specSha256(analysis.request), analysis.reproducibility.specSha256, 'the saved request (CSV as its hash) hashes to the same spec');
    const list = (await call('analytiker', 'GET', '/api/evaluation/analyses')).json().analyses.map((a: unknown) => savedAnalysisSummary.parse(a));
    assert.deepEqual(list.map((a: { id: string }) => a.id), [analysis.id], 'the analyst of the same municipality sees it');
    const opened = await call('analytiker', 'GET', `/api/evaluation/analyses/${analysis.id}`);
    assert.deepEqual(opened.json(), saved.json());

    const json = await call('analytiker', 'GET', `/api/evaluation/analyses/${analysis.id}/report?format=json`);
    assert.equal(json.statusCode, 200);
    assert.match(String(json.headers['content-disposition']), /^attachment; filename="effektevaluering-flere-skal-med-flere-skal-med-2018-test-\d{4}-\d{2}-\d{2}\.json"$/);
    assert.deepEqual(JSON.parse(json.body), saved.json(), 'the JSON report round-trips');

    const html = await call('analytiker', 'GET', `/api/evaluation/analyses/${analysis.id}/report?format=html`);
    assert.equal(html.statusCode, 200);
    assert.match(String(html.headers['content-type']), /^text\/html/);
    for (const hash of [analysis.reproducibility.specSha256, analysis.reproducibility.treatedSha256, analysis.reproducibility.fileSha256!, analysis.reproducibility.registerImports[0]!.sha256]) assert.ok(html.body.includes(hash), hash);
    assert.ok(html.body.includes('Flere skal med 2018 &lt;test&gt;'), 'the name is escaped');
    assert.ok(html.body.includes('Balance før og efter'));
    assert.doesNotMatch(html.body, /<script|<link|src="http|url\(/, 'self-contained');
    assert.ok(!html.body.includes(register.pseudonyms[0]!), 'no person in the report');

    const pdf = await call('analytiker', 'GET', `/api/evaluation/analyses/${analysis.id}/report?format=pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    assert.equal((await call('analytiker', 'GET', `/api/evaluation/analyses/${analysis.id}/report?format=doc`)).statusCode, 400);

    // The analyst saves one; the analyst may not delete the leder's, the leder may delete the analyst's.
    const analystRun = await finished('analytiker', (await startRun('analytiker', fileRequest({ method: 'ipw' }))).id);
    assert.equal(analystRun.status, 'done', JSON.stringify(analystRun.error));
    const theirs = savedAnalysis.parse((await call('analytiker', 'POST', '/api/evaluation/analyses', { runId: analystRun.id, name: 'IPW' })).json());
    assert.equal((await call('analytiker', 'DELETE', `/api/evaluation/analyses/${analysis.id}`)).statusCode, 403);
    assert.equal((await call('leder', 'DELETE', `/api/evaluation/analyses/${theirs.id}`)).statusCode, 204);
    assert.equal((await call('leder', 'GET', `/api/evaluation/analyses/${theirs.id}`)).statusCode, 404);
    const actions = await sql<{ action: string }>`SELECT action FROM audit_event WHERE action LIKE 'evaluation.analysis.%' ORDER BY id`.execute(app().db.handle.db);
    for (const action of ['evaluation.analysis.save', 'evaluation.analysis.read', 'evaluation.analysis.report', 'evaluation.analysis.delete']) {
      assert.ok(actions.rows.some((r) => r.action === action), action);
    }
  });

  test('the OpenAPI document lists the evaluation routes', async () => {
    const doc = (await app().request(undefined, { method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/evaluation/options', '/api/evaluation/runs', '/api/evaluation/runs/{id}', '/api/evaluation/analyses', '/api/evaluation/analyses/{id}', '/api/evaluation/analyses/{id}/report']) {
      assert.ok(doc.paths[path], path);
    }
  });
});
