/**
 * Survey rounds over the API (issue 12 §2): a leder loads an instrument and
 * starts a round (bad input refused with the field and reason), invited
 * staff see their invitations, fetch the questionnaire and answer once,
 * the round closes, answers import from CSV all or nothing, and only leder
 * and analytiker manage rounds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../helpers/suite.ts';
import { testInstrument } from '../helpers/fidelity-rounds.ts';
import { fixturePassword } from '../helpers/fixtures.ts';
import { hashPassword } from '../../src/platform/password.ts';
import { today } from '../../src/store/facts.ts';
import { syncBuiltinInstruments } from '../../src/store/fidelity/instruments.ts';
import { validateInstrument } from '../../src/domain/fidelity/instrument.ts';
import { addDays } from '../../src/seed/demo/dates.ts';
import { roundSummary, questionnaire as questionnaireSchema, importReport, invitationsResponse, candidatesResponse } from '../../src/server/routes/fidelity/schemas.ts';

const day = today();

forEachDatabase('fidelity rounds', (ctx) => {
  let leder = '';
  let roundId = '';
  const json = (cookie: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    ctx().request(cookie, { method, url, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const newRound = (over: Record<string, unknown> = {}) => {
    const { fixture } = ctx();
    return {
      instrumentId: 'test-fidelity',
      instrumentVersion: '1.0.0',
      wave: 'baseline',
      name: 'Baseline 2026',
      unitIds: [fixture.teamA],
      opensOn: day,
      closesOn: addDays(day, 14),
      respondents: [
        { staffId: fixture.staff.jobformidler!.id, role: 'jobformidler' },
        { staffId: fixture.staff.virksomhedskonsulent!.id, role: 'virksomhedskonsulent' },
      ],
      ...over,
    };
  };
  const fieldsOf = (body: string) => (JSON.parse(body) as { error: { fields?: Record<string, string> } }).error.fields ?? {};

  test('a leder loads an instrument; the same version again is unchanged, other content is a conflict', async () => {
    leder = await ctx().login('leder');
    const created = await json(leder, 'POST', '/api/fidelity/instruments', testInstrument);
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().items, 3);
    const again = await json(leder, 'POST', '/api/fidelity/instruments', testInstrument);
    assert.equal(again.statusCode, 200, again.body);
    const changed = await json(leder, 'POST', '/api/fidelity/instruments', { ...testInstrument, description: 'Another text.' });
    assert.equal(changed.statusCode, 409, changed.body);
    const invalid = await json(leder, 'POST', '/api/fidelity/instruments', { ...testInstrument, version: 'one' });
    assert.equal(invalid.statusCode, 400);
    assert.ok(fieldsOf(invalid.body)['version'], invalid.body);
    const check = await json(leder, 'POST', '/api/fidelity/instruments/check', { ...testInstrument, scales: [] });
    assert.equal(check.statusCode, 200);
    assert.equal(check.json().ok, false);
    assert.ok(check.json().issues.length > 0);
    const list = await json(leder, 'GET', '/api/fidelity/instruments');
    assert.ok(list.json().instruments.some((i: { id: string }) => i.id === 'test-fidelity'));
    const one = await json(leder, 'GET', '/api/fidelity/instruments/test-fidelity/1.0.0');
    assert.equal(one.json().sections.length, 2);
    assert.equal((await json(leder, 'GET', '/api/fidelity/instruments/test-fidelity/9.9.9')).statusCode, 404);
  });

  test('the built-in sync is idempotent and refuses a changed built-in with the same version', async () => {
    const db = ctx().db.handle.db;
    const builtin = validateInstrument({ ...testInstrument, id: 'test-builtin' });
    assert.ok(builtin.ok);
    assert.deepEqual(await syncBuiltinInstruments(db, [builtin.instrument]), { created: 1, unchanged: 0 });
    assert.deepEqual(await syncBuiltinInstruments(db, [builtin.instrument]), { created: 0, unchanged: 1 });
    await assert.rejects(syncBuiltinInstruments(db, [{ ...builtin.instrument, description: 'Edited in place.' }]), /test-builtin 1\.0\.0: its content changed but its version did not/);
    const row = await db.selectFrom('fidelity_instrument').select(['builtin', 'municipality_id']).where('id', '=', 'test-builtin').executeTakeFirstOrThrow();
    assert.deepEqual(row, { builtin: true, municipality_id: null });
  });

  test('candidates are the active staff of the chosen units with their respondent roles', async () => {
    const { fixture } = ctx();
    const response = await json(leder, 'GET', `/api/fidelity/candidates?units=${fixture.teamA}`);
    assert.equal(response.statusCode, 200, response.body);
    const { candidates } = candidatesResponse.parse(response.json());
    assert.deepEqual(candidates.map((c) => c.roles[0]).sort(), ['jobformidler', 'mentor', 'virksomhedskonsulent']);
    const outside = await json(leder, 'GET', `/api/fidelity/candidates?units=${fixture.municipalityId}`);
    assert.equal(outside.statusCode, 400);
    assert.ok(fieldsOf(outside.body)['units']);
  });

  test('a round with bad input is refused with the field and the reason', async () => {
    const { fixture } = ctx();
    const cases: [Record<string, unknown>, string][] = [
      [{ unitIds: [] }, 'unitIds'],
      [{ unitIds: [fixture.municipalityId] }, 'unitIds.0'],
      [{ respondents: [{ staffId: fixture.staff['jobformidler.b']!.id, role: 'jobformidler' }] }, 'respondents.0.staffId'],
      [{ respondents: [{ staffId: fixture.staff.mentor!.id, role: 'mentor' }] }, 'respondents.0.role'],
      [{ closesOn: addDays(day, -1) }, 'closesOn'],
      [{ instrumentVersion: '2.0.0' }, 'instrumentVersion'],
    ];
    for (const [over, field] of cases) {
      const response = await json(leder, 'POST', '/api/fidelity/rounds', newRound(over));
      assert.equal(response.statusCode, 400, `${field}: ${response.body}`);
      const fields = fieldsOf(response.body);
      assert.ok(fields[field] && fields[field].length > 5, `${field} in ${response.body}`);
    }
    assert.equal((await json(leder, 'GET', '/api/fidelity/rounds')).json().rounds.length, 0, 'nothing stored');
  });

  test('a leder starts a round; it lists with status and counts', async () => {
    const created = await json(leder, 'POST', '/api/fidelity/rounds', newRound());
    assert.equal(created.statusCode, 201, created.body);
    const round = roundSummary.parse(created.json());
    roundId = round.id;
    assert.equal(round.status, 'open');
    assert.equal(round.invited, 2);
    assert.equal(round.answered, 0);
    assert.equal(round.modelId, 'flere-skal-med');
    assert.equal(round.createdBy, 'Test leder');
    const list = await json(leder, 'GET', '/api/fidelity/rounds?model=flere-skal-med');
    assert.equal(list.json().rounds.length, 1);
    assert.equal((await json(leder, 'GET', '/api/fidelity/rounds?model=stv')).json().rounds.length, 0);
  });

  test('invited staff see their invitation and questionnaire, answer once; others get 404', async () => {
    const jf = await ctx().login('jobformidler');
    const invitations = invitationsResponse.parse((await json(jf, 'GET', '/api/fidelity/invitations')).json()).invitations;
    assert.equal(invitations.length, 1);
    const invitation = invitations[0]!;
    assert.equal(invitation.role, 'jobformidler');
    assert.equal(invitation.unitName, 'Team A');
    const q = questionnaireSchema.parse((await json(jf, 'GET', `/api/fidelity/invitations/${invitation.id}`)).json());
    assert.deepEqual(q.sections.flatMap((s) => s.items.map((i) => i.id)), ['ke1.a', 'ke2.a'], 'the leader-only item is not asked');
    // Another staff member cannot open or answer it.
    const vk = await ctx().login('virksomhedskonsulent');
    assert.equal((await json(vk, 'GET', `/api/fidelity/invitations/${invitation.id}`)).statusCode, 404);
    const url = `/api/fidelity/invitations/${invitation.id}/response`;
    assert.equal((await json(vk, 'POST', url, { answers: [{ item: 'ke1.a', value: 4 }, { item: 'ke2.a', value: 2 }] })).statusCode, 404);
    // Missing item, value off the scale, don't know where not allowed, an item of another role.
    const missing = await json(jf, 'POST', url, { answers: [{ item: 'ke1.a', value: 4 }] });
    assert.equal(missing.statusCode, 400);
    assert.match(fieldsOf(missing.body)['answers']!, /ke2\.a/);
    const offScale = await json(jf, 'POST', url, { answers: [{ item: 'ke1.a', value: 7 }, { item: 'ke2.a', value: 2 }] });
    assert.equal(offScale.statusCode, 400);
    assert.ok(fieldsOf(offScale.body)['answers.0.value']);
    const noDontKnow = await json(jf, 'POST', url, { answers: [{ item: 'ke1.a', value: null }, { item: 'ke2.a', value: null }] });
    assert.equal(noDontKnow.statusCode, 400);
    assert.ok(fieldsOf(noDontKnow.body)['answers.1.value']);
    const twice = await json(jf, 'POST', url, { answers: [{ item: 'ke1.a', value: 4 }, { item: 'ke1.a', value: 4 }, { item: 'ke2.a', value: 1 }] });
    assert.ok(fieldsOf(twice.body)['answers.1.item'], twice.body);
    const foreign = await json(jf, 'POST', url, { answers: [{ item: 'ke1.a', value: 4 }, { item: 'ke1.b', value: 4 }, { item: 'ke2.a', value: 1 }] });
    assert.ok(fieldsOf(foreign.body)['answers.1.item'], foreign.body);
    assert.equal(Number((await ctx().db.handle.db.selectFrom('fidelity_response').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n), 0);
    // A valid answer, then a second one.
    const ok = await json(jf, 'POST', url, { answers: [{ item: 'ke1.a', value: null }, { item: 'ke2.a', value: 2 }] });
    assert.equal(ok.statusCode, 204, ok.body);
    const again = await json(jf, 'POST', url, { answers: [{ item: 'ke1.a', value: 5 }, { item: 'ke2.a', value: 2 }] });
    assert.equal(again.statusCode, 409);
    assert.equal((await json(jf, 'GET', `/api/fidelity/invitations/${invitation.id}`)).statusCode, 409);
    assert.equal((await json(jf, 'GET', '/api/fidelity/invitations')).json().invitations.length, 0);
    const stored = await ctx().db.handle.db.selectFrom('fidelity_response').selectAll().execute();
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.respondent_role, 'jobformidler');
    assert.equal(stored[0]!.unit_id, ctx().fixture.teamA);
    const answers = await ctx().db.handle.db.selectFrom('fidelity_answer').select(['item_id', 'value']).orderBy('item_id').execute();
    assert.deepEqual(answers, [{ item_id: 'ke1.a', value: null }, { item_id: 'ke2.a', value: 2 }]);
    const round = (await json(leder, 'GET', '/api/fidelity/rounds')).json().rounds[0];
    assert.equal(round.answered, 1);
  });

  test("a leder of another team cannot close or import into the round", async () => {
    const { fixture } = ctx();
    await ctx().db.handle.db
      .insertInto('staff')
      .values({ username: 'leder.b', display_name: 'Test leder B', unit_id: fixture.teamB, roles: ['leder'], password_hash: await hashPassword(fixturePassword) })
      .execute();
    const other = await ctx().login('leder.b');
    assert.equal((await json(other, 'POST', `/api/fidelity/rounds/${roundId}/close`, {})).statusCode, 404);
    const imported = await ctx().request(other, { method: 'POST', url: `/api/fidelity/rounds/${roundId}/import`, headers: { 'content-type': 'text/csv' }, payload: 'role,unit,ke1.a,ke1.b,ke2.a\n' });
    assert.equal(imported.statusCode, 404);
    const created = await json(other, 'POST', '/api/fidelity/rounds', newRound());
    assert.equal(created.statusCode, 400);
    assert.ok(fieldsOf(created.body)['unitIds.0']);
    assert.equal((await json(leder, 'GET', '/api/fidelity/rounds')).json().rounds[0].status, 'open');
  });

  test('a closed round takes no more answers and cannot be closed twice', async () => {
    const closed = await json(leder, 'POST', `/api/fidelity/rounds/${roundId}/close`, {});
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().status, 'closed');
    assert.equal(closed.json().closedOn, day);
    assert.equal((await json(leder, 'POST', `/api/fidelity/rounds/${roundId}/close`, {})).statusCode, 409);
    const vk = await ctx().login('virksomhedskonsulent');
    const mine = await ctx().db.handle.db.selectFrom('fidelity_invitation').select('id').where('staff_id', '=', ctx().fixture.staff.virksomhedskonsulent!.id).executeTakeFirstOrThrow();
    assert.equal((await json(vk, 'GET', '/api/fidelity/invitations')).json().invitations.length, 0);
    const late = await json(vk, 'POST', `/api/fidelity/invitations/${mine.id}/response`, { answers: [{ item: 'ke1.a', value: 4 }, { item: 'ke2.a', value: 2 }] });
    assert.equal(late.statusCode, 409, late.body);
  });

  test('answers import from CSV: dry run stores nothing, a rejected row stores nothing, a clean file stores all', async () => {
    const { fixture } = ctx();
    const analytiker = await ctx().login('analytiker');
    const created = await json(analytiker, 'POST', '/api/fidelity/rounds', newRound({ name: 'Imported end', wave: 'end', origin: 'import', respondents: [], unitIds: [fixture.teamA, fixture.teamB] }));
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id as string;
    const post = (csv: string, query: string) =>
      ctx().request(analytiker, { method: 'POST', url: `/api/fidelity/rounds/${id}/import?${query}`, headers: { 'content-type': 'text/csv' }, payload: csv });
    const count = async () => Number((await ctx().db.handle.db.selectFrom('fidelity_response').select((e) => e.fn.countAll().as('n')).where('round_id', '=', id).executeTakeFirstOrThrow()).n);
    const good = `role,unit,ke1.a,ke1.b,ke2.a\nleder,Team A,4,5,1\njobformidler,${fixture.teamB},ved ikke,,3\nvirksomhedskonsulent,team a,2,,5\n`;
    const dry = await post(good, 'dryRun=true');
    assert.equal(dry.statusCode, 200, dry.body);
    assert.deepEqual(importReport.parse(dry.json()), { dryRun: true, rowsRead: 3, rowsAccepted: 3, rejected: [], stored: false, importId: null });
    assert.equal(await count(), 0);
    const bad = await post(`${good}mentor,Team A,4,,3\njobformidler,Team C,9,,3\n`, 'fileName=svar.csv');
    const report = importReport.parse(bad.json());
    assert.equal(report.stored, false);
    assert.deepEqual(report.rejected.map((r) => [r.line, r.field]), [[5, 'role'], [6, 'unit'], [6, 'ke1.a']]);
    assert.equal(await count(), 0);
    assert.equal(Number((await ctx().db.handle.db.selectFrom('fidelity_import').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n), 0);
    const real = await post(good, 'fileName=svar.csv');
    const stored = importReport.parse(real.json());
    assert.equal(stored.stored, true);
    assert.ok(stored.importId);
    assert.equal(await count(), 3);
    const answers = await ctx().db.handle.db.selectFrom('fidelity_answer').innerJoin('fidelity_response', 'fidelity_response.id', 'fidelity_answer.response_id').select(['fidelity_response.respondent_role', 'fidelity_answer.item_id', 'fidelity_answer.value']).where('fidelity_response.round_id', '=', id).orderBy('respondent_role').orderBy('item_id').execute();
    assert.deepEqual(answers.filter((a) => a.respondent_role === 'jobformidler'), [
      { respondent_role: 'jobformidler', item_id: 'ke1.a', value: null },
      { respondent_role: 'jobformidler', item_id: 'ke2.a', value: 3 },
    ]);
    // A cross-site page cannot post the CSV.
    const crossSite = await ctx().request(analytiker, { method: 'POST', url: `/api/fidelity/rounds/${id}/import`, headers: { 'content-type': 'text/csv', origin: 'https://evil.example', host: 'localhost' }, payload: good });
    assert.equal(crossSite.statusCode, 403);
    assert.equal(crossSite.json().error.code, 'cross_site_request');
    // JSON is refused on the CSV route, and a jobformidler cannot import.
    const asJson = await ctx().request(analytiker, { method: 'POST', url: `/api/fidelity/rounds/${id}/import`, payload: { csv: good } });
    assert.equal(asJson.statusCode, 415);
    const jf = await ctx().login('jobformidler');
    const refused = await ctx().request(jf, { method: 'POST', url: `/api/fidelity/rounds/${id}/import`, headers: { 'content-type': 'text/csv' }, payload: good });
    assert.equal(refused.statusCode, 403);
  });

  test('a jobformidler cannot start rounds or read them; an analytiker can', async () => {
    const jf = await ctx().login('jobformidler');
    assert.equal((await json(jf, 'POST', '/api/fidelity/rounds', newRound())).statusCode, 403);
    assert.equal((await json(jf, 'GET', '/api/fidelity/rounds')).statusCode, 403);
    assert.equal((await json(jf, 'POST', '/api/fidelity/instruments', testInstrument)).statusCode, 403);
    const analytiker = await ctx().login('analytiker');
    const created = await json(analytiker, 'POST', '/api/fidelity/rounds', newRound({ name: 'Midway', wave: 'midway' }));
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().createdBy, 'Test analytiker');
  });
});
