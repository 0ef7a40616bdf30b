/**
 * Cancelling a placement registered ahead that never starts
 * (POST /api/placements/:id/cancel): the placement and its planned hours go,
 * the phase move its start made is taken back, a linked match and work
 * agreement stay; refused once it has started or something is recorded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mondayOf } from '../../src/domain/placements/hours.ts';
import { fromDay, toDay } from '../../src/domain/rules/days.ts';
import { isoDay } from '../../src/store/facts.ts';
import { insertCourse } from '../helpers/cases.ts';
import { forEachDatabase } from '../helpers/suite.ts';

/** Days relative to the server's today (Danish time), so the tests do not age. */
const today = isoDay(new Date());
const day = (offset: number) => fromDay(toDay(today) + offset);

forEachDatabase('cancelling a placement that has not started', (t) => {
  const db = () => t().db.handle.db;
  const post = (cookie: string, url: string, payload: Record<string, unknown>) => t().request(cookie, { method: 'POST', url, payload });
  const get = (cookie: string, url: string) => t().request(cookie, { method: 'GET', url });
  const course = async (cookie: string, courseId: string) => (await get(cookie, `/api/courses/${courseId}`)).json();
  const phaseChanges = async (courseId: string) =>
    (await db().selectFrom('phase_change').select(['from_phase', 'to_phase', 'change_date']).where('course_id', '=', courseId).orderBy('change_date').orderBy('created_at').execute()).map(
      (c) => [c.from_phase, c.to_phase, c.change_date],
    );

  let cvr = 20000000;
  async function company(name: string) {
    const row = await db()
      .insertInto('company')
      .values({ municipality_id: t().fixture.municipalityId, cvr: String(cvr++), name, owner_staff_id: t().fixture.staff.virksomhedskonsulent!.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** A TRIN-model course in TRIN 2 (job wish recorded) for a Team A citizen, with the job broker; the citizen's earlier one is ended. */
  async function trinCourse(citizenIndex: number) {
    const f = t().fixture;
    await db().updateTable('course').set({ end_date: day(-1), end_reason: 'other' }).where('citizen_id', '=', f.citizensA[citizenIndex]!.id).where('end_date', 'is', null).execute();
    const courseId = await insertCourse(db(), {
      citizenId: f.citizensA[citizenIndex]!.id,
      unitId: f.teamA,
      modelId: 'trin-model',
      enrolmentDate: day(-120),
      phase: 'TRIN2',
      jobBrokerId: f.staff.jobformidler!.id,
    });
    await db().insertInto('job_goal').values({ course_id: courseId, tier: 'A', occupation_text: 'Lagerarbejde', concrete: false, own_wish: true, set_on: day(-110) }).execute();
    return courseId;
  }

  async function start(cookie: string, courseId: string, companyId: string, from: string, extra: Record<string, unknown> = {}) {
    const response = await post(cookie, `/api/courses/${courseId}/placements`, { companyId, type: 'virksomhedspraktik', from, ...extra });
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as { id: string; version: number; phaseChange: { from: string; to: string; on: string } | null };
  }

  const cancel = (cookie: string, id: string, payload: Record<string, unknown>) => post(cookie, `/api/placements/${id}/cancel`, payload);

  test('a placement ahead whose start moved TRIN 2 to TRIN 3 is cancelled: the placement goes, the course is back in TRIN 2, match and agreement stay', async () => {
    const cookie = await t().login('jobformidler');
    const courseId = await trinCourse(0);
    const warehouse = await company('Lageret ApS');
    const match = await post(cookie, `/api/courses/${courseId}/matches`, { companyId: warehouse, matchedOn: day(-2), rationale: 'Jobmålet passer.' });
    assert.equal(match.statusCode, 201, match.body);
    const agreement = await db().insertInto('work_agreement').values({ course_id: courseId, company_id: warehouse, match_id: match.json().id }).returning('id').executeTakeFirstOrThrow();
    await db()
      .insertInto('work_agreement_version')
      .values({ agreement_id: agreement.id, version_no: 1, made_on: day(-1), ordinary_hours_clause: false, declaration_of_intent: true, content: JSON.stringify({ tasks: 'Lager' }) })
      .execute();
    const placement = await start(cookie, courseId, warehouse, day(10), { matchId: match.json().id, workAgreementId: agreement.id, plannedUnpaidHours: 12 });
    assert.deepEqual(placement.phaseChange, { from: 'TRIN2', to: 'TRIN3', on: day(10) });
    const before = await course(cookie, courseId);
    assert.equal(before.currentPhase, 'TRIN3');

    const response = await cancel(cookie, placement.id, { version: placement.version, reason: '  Virksomheden har trukket tilbuddet tilbage.  ' });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json(), { cancelled: true, phaseChangeUndone: { from: 'TRIN2', to: 'TRIN3', on: day(10) } });

    assert.equal((await get(cookie, `/api/placements/${placement.id}`)).statusCode, 404);
    assert.equal((await db().selectFrom('placement').select('id').where('id', '=', placement.id).execute()).length, 0);
    assert.equal((await db().selectFrom('placement_hours').select('id').where('placement_id', '=', placement.id).execute()).length, 0, 'the planned hours go with it');
    const after = await course(cookie, courseId);
    assert.equal(after.currentPhase, 'TRIN2');
    assert.equal(after.version, before.version + 1, 'the course version bumps with the phase');
    assert.deepEqual(await phaseChanges(courseId), [[null, 'TRIN2', day(-120)]], 'the future-dated move is gone');
    assert.equal((await get(cookie, `/api/courses/${courseId}/placements`)).json().placements.length, 0);

    const agreements = await db().selectFrom('work_agreement').select(['id', 'match_id']).where('course_id', '=', courseId).execute();
    assert.deepEqual(agreements, [{ id: agreement.id, match_id: match.json().id }], 'the work agreement stays');
    const matches = (await get(cookie, `/api/courses/${courseId}/matches`)).json().matches;
    assert.deepEqual(matches.map((m: { id: string; status: string }) => [m.id, m.status]), [[match.json().id, 'agreed']], 'the match stays');

    const audit = await db()
      .selectFrom('audit_event')
      .select(['detail', 'staff_id'])
      .where('citizen_pseudonym', '=', t().fixture.citizensA[0]!.pseudonym)
      .where('action', '=', 'placement.cancel')
      .execute();
    assert.equal(audit.length, 1);
    const detail = typeof audit[0]!.detail === 'string' ? JSON.parse(audit[0]!.detail) : audit[0]!.detail;
    assert.equal(detail.placementId, placement.id);
    assert.equal(detail.reason, 'Virksomheden har trukket tilbuddet tilbage.');
    assert.deepEqual(detail.phaseChangeUndone, { from: 'TRIN2', to: 'TRIN3', on: day(10) });
    assert.equal(audit[0]!.staff_id, t().fixture.staff.jobformidler!.id);

    const again = await cancel(cookie, placement.id, { version: placement.version, reason: 'Igen' });
    assert.equal(again.statusCode, 404, 'gone');
  });

  test('the move stays when another placement starts the same day, and nothing is undone when the start moved nothing', async () => {
    const cookie = await t().login('virksomhedskonsulent');
    const courseId = await trinCourse(1);
    const shop = await company('Butikken');
    const first = await start(cookie, courseId, shop, day(20));
    assert.equal(first.phaseChange?.to, 'TRIN3');
    const second = await start(cookie, courseId, shop, day(20));
    assert.equal(second.phaseChange, null, 'already moved');
    const keep = await cancel(cookie, first.id, { version: first.version, reason: 'Dobbeltregistreret' });
    assert.equal(keep.statusCode, 200, keep.body);
    assert.equal(keep.json().phaseChangeUndone, null, 'the other placement still starts that day');
    assert.equal((await course(cookie, courseId)).currentPhase, 'TRIN3');
    assert.deepEqual(await phaseChanges(courseId), [
      [null, 'TRIN2', day(-120)],
      ['TRIN2', 'TRIN3', day(20)],
    ]);
    // Now the remaining one is the only placement of that day: its cancellation takes the move back.
    const last = await cancel(cookie, second.id, { version: second.version, reason: 'Borgeren er flyttet' });
    assert.equal(last.statusCode, 200, last.body);
    assert.deepEqual(last.json().phaseChangeUndone, { from: 'TRIN2', to: 'TRIN3', on: day(20) });
    // With both placements cancelled the consultant no longer works with the citizen (need to know): the manager reads it.
    assert.equal((await course(await t().login('leder'), courseId)).currentPhase, 'TRIN2');
  });

  test('refused with 409 and the reason in fields.id: started, actual hours, a follow-up; a stale version is 409 stale', async () => {
    const cookie = await t().login('jobformidler');
    const courseId = await trinCourse(0);
    const bakery = await company('Bageriet A/S');
    const started = await start(cookie, courseId, bakery, today);
    const refused = await cancel(cookie, started.id, { version: started.version, reason: 'For sent' });
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal(refused.json().error.code, 'conflict');
    assert.match(refused.json().error.message, /kan ikke annulleres/);
    assert.match(refused.json().error.fields.id, /startede .*Afslut det i stedet/);

    const ahead = await start(cookie, courseId, bakery, day(30));
    await db().insertInto('placement_hours').values({ placement_id: ahead.id, week_start: mondayOf(day(30)), planned_unpaid_hours: 10, actual_unpaid_hours: 4 }).execute();
    const withHours = await cancel(cookie, ahead.id, { version: ahead.version, reason: 'Fejl' });
    assert.equal(withHours.statusCode, 409);
    assert.match(withHours.json().error.fields.id, /faktiske timer/);
    await db().deleteFrom('placement_hours').where('placement_id', '=', ahead.id).execute();
    await db().insertInto('follow_up').values({ placement_id: ahead.id, held_on: day(30) }).execute();
    const withFollowUp = await cancel(cookie, ahead.id, { version: ahead.version, reason: 'Fejl' });
    assert.equal(withFollowUp.statusCode, 409);
    assert.match(withFollowUp.json().error.fields.id, /opfølgninger/);
    await db().deleteFrom('follow_up').where('placement_id', '=', ahead.id).execute();

    const stale = await cancel(cookie, ahead.id, { version: ahead.version + 3, reason: 'Fejl' });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'stale');
    assert.equal((await db().selectFrom('placement').select('id').where('course_id', '=', courseId).execute()).length, 2, 'nothing deleted');
    const ok = await cancel(cookie, ahead.id, { version: ahead.version, reason: 'Fejl' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().phaseChangeUndone, null, 'the course was already in TRIN 3 from the running placement');
    assert.equal((await course(cookie, courseId)).currentPhase, 'TRIN3');
  });

  test('the reason is required (400 fields.reason); a mentor is refused (403), another team gets 404', async () => {
    const broker = await t().login('jobformidler');
    const courseId = await trinCourse(1);
    const garage = await company('Værkstedet');
    const placement = await start(broker, courseId, garage, day(5));
    const missing = await cancel(broker, placement.id, { version: placement.version });
    assert.equal(missing.statusCode, 400);
    assert.ok(missing.json().error.fields.reason);
    const blank = await cancel(broker, placement.id, { version: placement.version, reason: '   ' });
    assert.equal(blank.statusCode, 400);
    assert.match(blank.json().error.fields.reason, /udfyldes/);
    const long = await cancel(broker, placement.id, { version: placement.version, reason: 'x'.repeat(501) });
    assert.equal(long.statusCode, 400);
    assert.match(long.json().error.fields.reason, /500/);

    const mentor = await t().login('mentor');
    assert.equal((await cancel(mentor, placement.id, { version: placement.version, reason: 'Fejl' })).statusCode, 403);
    const otherTeam = await t().login('jobformidler.b');
    assert.equal((await cancel(otherTeam, placement.id, { version: placement.version, reason: 'Fejl' })).statusCode, 404);
    assert.equal((await get(broker, `/api/placements/${placement.id}`)).statusCode, 200, 'still there');
  });

  test('the route is in the OpenAPI document', async () => {
    const paths = Object.keys((await t().request(undefined, { method: 'GET', url: '/api/openapi.json' })).json().paths);
    assert.ok(paths.includes('/api/placements/{id}/cancel'));
  });
});
