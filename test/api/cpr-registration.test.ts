import { test } from 'node:test';
import { sql } from 'kysely';
import assert from 'node:assert/strict';
import { hashPassword } from '../../src/platform/password.ts';
import { fixturePassword } from '../helpers/fixtures.ts';
import { daysAgo, insertCourse } from '../helpers/cases.ts';
import { forEachDatabase } from '../helpers/suite.ts';
import type { TestApp } from '../helpers/app.ts';

/**
 * A CPR number is unique per municipality (issue 10 item 5): registering one
 * the municipality already has answers without revealing more than the caller
 * may know and is audited; a move to another municipality is a recorded
 * transfer that closes the record.
 */
forEachDatabase('CPR numbers per municipality', (t) => {
  /** A second municipality with one job broker, `jobformidler.andenby`. */
  let otherTeam: string | undefined;
  async function otherMunicipality(app: TestApp): Promise<string> {
    const db = app.db.handle.db;
    if (!otherTeam) {
      const unit = async (kind: 'municipality' | 'jobcentre' | 'team', name: string, parent: string | null) =>
        (await db.insertInto('unit').values({ kind, name, parent_id: parent }).returning('id').executeTakeFirstOrThrow()).id;
      const municipality = await unit('municipality', 'Andenby Kommune', null);
      const jobcentre = await unit('jobcentre', 'Jobcenter Andenby', municipality);
      otherTeam = await unit('team', 'Team Andenby', jobcentre);
      await db
        .insertInto('staff')
        .values({ username: 'jobformidler.andenby', display_name: 'Andenby broker', unit_id: otherTeam, roles: ['jobformidler'], password_hash: await hashPassword(fixturePassword) })
        .execute();
    }
    return otherTeam;
  }

  const register = (cookie: string, cpr: string, unitId: string, firstName = 'Dorte') =>
    t().request(cookie, { method: 'POST', url: '/api/citizens', payload: { cpr, firstName, lastName: 'Flytter', unitId } });

  const refusals = (pseudonym: string) =>
    t().db.handle.db.selectFrom('audit_event').selectAll().where('action', '=', 'citizen.create_refused').where('citizen_pseudonym', '=', pseudonym).execute();

  const detailOf = (detail: unknown) => (typeof detail === 'string' ? JSON.parse(detail) : detail);

  test('the same CPR number can be registered in another municipality', async () => {
    const team = await otherMunicipality(t());
    const cookie = await t().login('jobformidler.andenby');
    const existing = t().fixture.citizensA[0]!;
    const response = await register(cookie, existing.cpr, team);
    assert.equal(response.statusCode, 201, response.body);
    assert.notEqual(response.json().id, existing.id);
    // Each municipality finds its own record by the number, and only its own.
    const here = await t().request(cookie, { method: 'POST', url: '/api/citizens/lookup', payload: { cpr: existing.cpr } });
    assert.equal(here.json().id, response.json().id);
    const there = await t().request(await t().login('jobformidler'), { method: 'POST', url: '/api/citizens/lookup', payload: { cpr: existing.cpr } });
    assert.equal(there.json().id, existing.id);
  });

  test('registering a CPR number held by another team of the municipality reveals nothing about the citizen and is audited', async () => {
    const cookie = await t().login('jobformidler');
    const other = t().fixture.citizensB[0]!;
    const response = await register(cookie, other.cpr, t().fixture.teamA);
    assert.equal(response.statusCode, 409);
    const error = response.json().error;
    assert.equal(error.code, 'conflict');
    assert.match(error.fields.cpr, /leder/);
    for (const secret of [other.id, other.pseudonym, 'Cecilie', t().fixture.teamB, 'Team B']) assert.ok(!response.body.includes(secret), secret);
    const audit = await refusals(other.pseudonym);
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.staff_username, 'jobformidler');
    assert.deepEqual(detailOf(audit[0]!.detail), { reason: 'already_registered', inCallerScope: false });
  });

  test('registering a CPR number the caller can already see says so and is audited', async () => {
    const cookie = await t().login('jobformidler');
    const own = t().fixture.citizensA[1]!;
    const response = await register(cookie, own.cpr, t().fixture.teamA);
    assert.equal(response.statusCode, 409);
    assert.match(response.json().error.fields.cpr, /allerede en borger/);
    const audit = await refusals(own.pseudonym);
    assert.equal(audit.length, 1);
    assert.deepEqual(detailOf(audit[0]!.detail), { reason: 'already_registered', inCallerScope: true });
  });

  test('a manager records a move to another municipality: the record closes and the number can be registered anew', async () => {
    const broker = await t().login('jobformidler');
    const leder = await t().login('leder');
    const created = await register(broker, '120385-1111', t().fixture.teamA, 'Flemming');
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id as string;
    assert.equal(created.json().transfer, null);

    const notAllowed = await t().request(broker, { method: 'POST', url: `/api/citizens/${id}/transfer`, payload: { toMunicipality: 'Andenby Kommune', movedOn: daysAgo(1) } });
    assert.equal(notAllowed.statusCode, 403);
    const ahead = await t().request(leder, { method: 'POST', url: `/api/citizens/${id}/transfer`, payload: { toMunicipality: 'Andenby Kommune', movedOn: daysAgo(-3) } });
    assert.equal(ahead.statusCode, 400);
    assert.ok(ahead.json().error.fields.movedOn);

    const moved = await t().request(leder, { method: 'POST', url: `/api/citizens/${id}/transfer`, payload: { toMunicipality: 'Andenby Kommune', movedOn: daysAgo(1) } });
    assert.equal(moved.statusCode, 201, moved.body);
    assert.equal(moved.json().toMunicipality, 'Andenby Kommune');
    const again = await t().request(leder, { method: 'POST', url: `/api/citizens/${id}/transfer`, payload: { toMunicipality: 'Tredjeby Kommune', movedOn: daysAgo(1) } });
    assert.equal(again.statusCode, 409);

    const closed = (await t().request(broker, { method: 'GET', url: `/api/citizens/${id}` })).json();
    assert.deepEqual({ to: closed.transfer.toMunicipality, on: closed.transfer.movedOn }, { to: 'Andenby Kommune', on: daysAgo(1) });
    const edit = await t().request(broker, { method: 'PATCH', url: `/api/citizens/${id}`, payload: { version: closed.version, city: 'Andenby' } });
    assert.equal(edit.statusCode, 409);

    const audit = await t().db.handle.db.selectFrom('audit_event').select(['staff_username']).where('action', '=', 'citizen.transfer').where('citizen_pseudonym', '=', closed.pseudonym).execute();
    assert.deepEqual(audit, [{ staff_username: 'leder' }]);

    // The citizen moves back: a new record in this municipality; the lookup finds the active one.
    const back = await register(broker, '120385-1111', t().fixture.teamA, 'Flemming');
    assert.equal(back.statusCode, 201, back.body);
    const found = await t().request(broker, { method: 'POST', url: '/api/citizens/lookup', payload: { cpr: '1203851111' } });
    assert.equal(found.json().id, back.json().id);
  });

  test('a move is refused while the citizen has courses that have not ended', async () => {
    const f = t().fixture;
    const leder = await t().login('leder');
    const created = await register(await t().login('jobformidler'), '130386-2222', f.teamA, 'Gitte');
    const id = created.json().id as string;
    await insertCourse(t().db.handle.db, { citizenId: id, unitId: f.teamA, modelId: 'stv', enrolmentDate: daysAgo(10), phase: 'jobmaal-og-match', group: 'AK', jobBrokerId: f.staff.jobformidler!.id });
    const response = await t().request(leder, { method: 'POST', url: `/api/citizens/${id}/transfer`, payload: { toMunicipality: 'Andenby Kommune', movedOn: daysAgo(0) } });
    assert.equal(response.statusCode, 409);
    assert.ok(response.json().error.fields.movedOn);
    const citizen = (await t().request(leder, { method: 'GET', url: `/api/citizens/${id}` })).json();
    assert.equal(citizen.transfer, null);
  });

  test('a CPR row restored from a backup made before CPR numbers were per municipality gets its municipality and is active', async () => {
    const db = t().db.handle.db;
    const f = t().fixture;
    const citizen = await db
      .insertInto('citizen')
      .values({ pseudonym: 'P-RESTORED01', first_name: 'Hanne', last_name: 'Gendannet', birth_date: '1987-04-14', sex: 'female', unit_id: f.teamB })
      .returning('id')
      .executeTakeFirstOrThrow();
    // How restore loads a table: every column the backup lacks is NULL.
    const rows = JSON.stringify([{ citizen_id: citizen.id, cpr: '1404872222' }]);
    await sql`INSERT INTO citizen_cpr SELECT * FROM jsonb_populate_recordset(NULL::citizen_cpr, ${rows}::jsonb)`.execute(db);
    const row = await db.selectFrom('citizen_cpr').select(['municipality_id', 'active']).where('citizen_id', '=', citizen.id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { municipality_id: f.municipalityId, active: true });
  });

  test('a CPR number whose birth date is in the future or more than 120 years ago is refused', async () => {
    const cookie = await t().login('jobformidler');
    // 7th digit 5 with year 40: born 2040. 7th digit 6 with year 80: born 1880.
    for (const cpr of ['010140-5001', '010180-6001']) {
      const response = await register(cookie, cpr, t().fixture.teamA);
      assert.equal(response.statusCode, 400, cpr);
      assert.ok(response.json().error.fields.cpr, cpr);
    }
  });
});
