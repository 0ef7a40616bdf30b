import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { forEachDatabase } from '../helpers/suite.ts';

forEachDatabase('models and rule overrides', (t) => {
  test('every role can list the five models and read a definition with its versions', async () => {
    const cookie = await t().login('analytiker');
    const list = await t().request(cookie, { method: 'GET', url: '/api/models' });
    assert.equal(list.statusCode, 200);
    const ids = list.json().models.map((m: { id: string }) => m.id).sort();
    assert.deepEqual(ids, ['bedre-ressourceforloeb', 'flere-skal-med', 'social-stoette', 'stv', 'trin-model']);
    const trin = await t().request(cookie, { method: 'GET', url: '/api/models/trin-model' });
    assert.equal(trin.statusCode, 200, trin.body);
    const definition = trin.json().definition;
    assert.ok(definition.transitions.some((tr: { from: string; to: string }) => tr.to < tr.from), 'has a backward transition (TRIN 3 -> 2)');
    assert.deepEqual(trin.json().versions, [definition.version]);
    assert.equal((await t().request(cookie, { method: 'GET', url: '/api/models/no-such-model' })).statusCode, 404);
    const badVersion = await t().request(cookie, { method: 'GET', url: '/api/models/stv?version=9.9.9' });
    assert.equal(badVersion.statusCode, 400);
    assert.ok(badVersion.json().error.fields.version);
  });

  test('rules show defaults with their sources; only leder and admin may override', async () => {
    const broker = await t().login('jobformidler');
    const rules = (await t().request(broker, { method: 'GET', url: '/api/models/flere-skal-med/rules' })).json();
    assert.equal(rules.canOverride, false);
    assert.equal(rules.municipality.name, 'Testby Kommune');
    const cv = rules.rules.find((r: { ruleId: string }) => r.ruleId === 'ke1.cv');
    assert.equal(cv.parameters[0].name, 'days');
    assert.equal(cv.parameters[0].value, cv.parameters[0].default);
    assert.match(cv.parameters[0].sourceText, /^000 /);
    assert.equal(cv.parameters[0].override, null);
    const put = await t().request(broker, { method: 'PUT', url: '/api/models/flere-skal-med/rules/ke1.cv/parameters/days', payload: { value: 21, reason: 'Lokal praksis' } });
    assert.equal(put.statusCode, 403);
  });

  test('a leder overrides a parameter within bounds; the change is history, audited and can be reset', async () => {
    const leder = await t().login('leder');
    const before = (await t().request(leder, { method: 'GET', url: '/api/models/flere-skal-med/rules' })).json();
    const spec = before.rules.find((r: { ruleId: string }) => r.ruleId === 'ke1.cv').parameters[0];
    const target = Math.min(spec.max, spec.min + 1);
    const put = await t().request(leder, { method: 'PUT', url: '/api/models/flere-skal-med/rules/ke1.cv/parameters/days', payload: { value: target, reason: 'CV inden første virksomhedsbesøg' } });
    assert.equal(put.statusCode, 200, put.body);
    assert.equal(put.json().parameters[0].value, target);
    assert.equal(put.json().parameters[0].override.setBy.name, 'Test leder');
    // A colleague in the same municipality sees the value in force.
    const broker = await t().login('jobformidler');
    const seen = (await t().request(broker, { method: 'GET', url: '/api/models/flere-skal-med/rules' })).json();
    assert.equal(seen.rules.find((r: { ruleId: string }) => r.ruleId === 'ke1.cv').parameters[0].value, target);
    const reset = await t().request(leder, { method: 'PUT', url: '/api/models/flere-skal-med/rules/ke1.cv/parameters/days', payload: { value: null, reason: 'Tilbage til standard' } });
    assert.equal(reset.json().parameters[0].value, spec.default);
    assert.equal(reset.json().parameters[0].override, null);
    const history = (await t().request(leder, { method: 'GET', url: '/api/models/flere-skal-med/overrides' })).json().history;
    assert.deepEqual(history.slice(0, 2).map((h: { value: number | null }) => h.value), [null, target]);
    const audit = await t().db.handle.db.selectFrom('audit_event').select('action').where('action', '=', 'rules.override').execute();
    assert.equal(audit.length, 2);
    await assert.rejects(sql`UPDATE rule_override SET value = 1`.execute(t().db.handle.db), /append-only/);
  });

  test('a value outside the bounds, a missing reason or an unknown rule is refused and nothing is stored', async () => {
    const admin = await t().login('admin');
    const rules = (await t().request(admin, { method: 'GET', url: '/api/models/stv/rules' })).json();
    const rule = rules.rules.find((r: { parameters: unknown[] }) => r.parameters.length > 0);
    const spec = rule.parameters[0];
    const count = async () => (await t().db.handle.db.selectFrom('rule_override').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const before = Number(await count());
    const url = `/api/models/stv/rules/${rule.ruleId}/parameters/${spec.name}`;
    const tooHigh = await t().request(admin, { method: 'PUT', url, payload: { value: spec.max + 1, reason: 'For højt' } });
    assert.equal(tooHigh.statusCode, 400);
    assert.match(tooHigh.json().error.fields.value, new RegExp(`${spec.min}-${spec.max}`));
    const noReason = await t().request(admin, { method: 'PUT', url, payload: { value: spec.min } });
    assert.equal(noReason.statusCode, 400);
    assert.ok(noReason.json().error.fields.reason);
    const fraction = await t().request(admin, { method: 'PUT', url, payload: { value: spec.min + 0.5, reason: 'Halv' } });
    assert.equal(fraction.statusCode, 400);
    assert.equal((await t().request(admin, { method: 'PUT', url: '/api/models/stv/rules/nope/parameters/days', payload: { value: 1, reason: 'xxx' } })).statusCode, 404);
    assert.equal((await t().request(admin, { method: 'PUT', url: `/api/models/stv/rules/${rule.ruleId}/parameters/nope`, payload: { value: 1, reason: 'xxx' } })).statusCode, 404);
    assert.equal(Number(await count()), before);
  });
});
