/**
 * Anonymity of fidelity answers (issue 12 §2, §4): the tables hold nothing
 * that identifies a respondent or the time of an answer, nothing links an
 * answer to its invitation or a staff member, no fidelity API answer shows a
 * staff id beside answer data, and the audit trail of an answer names the
 * round but not the response.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { forEachDatabase } from '../helpers/suite.ts';
import { testInstrument } from '../helpers/fidelity-rounds.ts';
import { today } from '../../src/store/facts.ts';
import { addDays } from '../../src/seed/demo/dates.ts';

forEachDatabase('fidelity anonymity', (ctx) => {
  const columns = async (table: string) =>
    (
      await sql<{ column_name: string; data_type: string }>`
        SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY ordinal_position`.execute(ctx().db.handle.db)
    ).rows;
  const references = async (table: string) =>
    (
      await sql<{ referenced: string }>`
        SELECT ccu.table_name AS referenced
        FROM information_schema.table_constraints tc
        JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
        WHERE tc.table_schema = current_schema() AND tc.table_name = ${table} AND tc.constraint_type = 'FOREIGN KEY'
        ORDER BY 1`.execute(ctx().db.handle.db)
    ).rows.map((r) => r.referenced);

  test('responses and answers have no column that could identify a person or a time', async () => {
    assert.deepEqual((await columns('fidelity_response')).map((c) => c.column_name), ['id', 'round_id', 'respondent_role', 'unit_id', 'import_id']);
    assert.deepEqual((await columns('fidelity_answer')).map((c) => c.column_name), ['response_id', 'item_id', 'value']);
    assert.deepEqual([...new Set(await references('fidelity_response'))], ['fidelity_import', 'fidelity_round', 'unit']);
    assert.deepEqual([...new Set(await references('fidelity_answer'))], ['fidelity_response']);
    for (const table of ['fidelity_response', 'fidelity_answer', 'fidelity_invitation']) {
      const timeLike = (await columns(table)).filter((c) => /date|time/.test(c.data_type));
      assert.deepEqual(timeLike, [], `${table} has no date or time column`);
    }
  });

  test('an invitation records only that it is spent: no time, no answer', async () => {
    assert.deepEqual((await columns('fidelity_invitation')).map((c) => c.column_name), ['id', 'round_id', 'staff_id', 'respondent_role', 'unit_id', 'spent']);
    assert.ok(!(await references('fidelity_invitation')).includes('fidelity_response'));
  });

  test('no fidelity API answer shows a staff id beside answer data; the audit event names the round, not the response', async () => {
    const { fixture } = ctx();
    const leder = await ctx().login('leder');
    const a = fixture.staff.jobformidler!.id;
    assert.equal((await ctx().request(leder, { method: 'POST', url: '/api/fidelity/instruments', payload: testInstrument as object })).statusCode, 201);
    const created = await ctx().request(leder, {
      method: 'POST',
      url: '/api/fidelity/rounds',
      payload: {
        instrumentId: 'test-fidelity', instrumentVersion: '1.0.0', wave: 'baseline', name: 'Anonym', unitIds: [fixture.teamA],
        opensOn: today(), closesOn: addDays(today(), 7), respondents: [{ staffId: a, role: 'jobformidler' }],
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const roundId = created.json().id as string;
    const jf = await ctx().login('jobformidler');
    const invitation = (await ctx().request(jf, { method: 'GET', url: '/api/fidelity/invitations' })).json().invitations[0];
    const submitted = await ctx().request(jf, { method: 'POST', url: `/api/fidelity/invitations/${invitation.id}/response`, payload: { answers: [{ item: 'ke1.a', value: 5 }, { item: 'ke2.a', value: 1 }] } });
    assert.equal(submitted.statusCode, 204);
    const responseId = (await ctx().db.handle.db.selectFrom('fidelity_response').select('id').executeTakeFirstOrThrow()).id;

    // Every GET route of the fidelity API, as the leder, with whatever parameters they take.
    const routes = ctx().app.apiRoutes.filter((r) => r.method === 'GET' && r.url.startsWith('/api/fidelity/'));
    assert.ok(routes.length >= 5, 'the fidelity GET routes are registered');
    const query = `model=flere-skal-med&round=${roundId}&rounds=${roundId}&units=${fixture.teamA}&format=xlsx`;
    const answerData = /"(answered|answers|value|shareAgreeing|mean|respondents|survey|figures)"/;
    let withAnswers = 0;
    for (const route of routes) {
      const url = route.url.replace(':id/:version', 'test-fidelity/1.0.0').replace(':id', roundId);
      const response = await ctx().request(leder, { method: 'GET', url: `${url}?${query}` });
      const body = response.rawPayload.toString('latin1');
      assert.ok(!body.includes(responseId), `${route.url} shows no response id`);
      if (answerData.test(body)) {
        withAnswers++;
        assert.ok(!body.includes(a), `${route.url} shows answer data and the respondent's staff id`);
      }
    }
    assert.ok(withAnswers >= 1, 'at least one route showed answer data');

    const events = await ctx().db.handle.db.selectFrom('audit_event').select(['action', 'detail']).where('action', '=', 'fidelity.response.submit').execute();
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]!.detail, { round: roundId });
    const all = JSON.stringify(await ctx().db.handle.db.selectFrom('audit_event').select(['detail', 'route']).execute());
    assert.ok(!all.includes(responseId), 'no audit event names the response');
  });
});
