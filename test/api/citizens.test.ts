import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../helpers/suite.ts';

forEachDatabase('citizens', (t) => {
  const create = async (cookie: string, payload: Record<string, unknown>) =>
    t().request(cookie, { method: 'POST', url: '/api/citizens', payload });

  test('a job broker registers a citizen; birth date and sex come from the CPR number', async () => {
    const cookie = await t().login('jobformidler');
    const response = await create(cookie, {
      cpr: '121085-1357',
      firstName: ' Mette ',
      lastName: 'Holm',
      phone: '20 30 40 50',
      postcode: '4300',
      city: 'Holbæk',
      unitId: t().fixture.teamA,
      responsibleStaffId: t().fixture.staff.jobformidler!.id,
    });
    assert.equal(response.statusCode, 201, response.body);
    const citizen = response.json();
    assert.equal(citizen.firstName, 'Mette');
    assert.equal(citizen.birthDate, '1985-10-12');
    assert.equal(citizen.sex, 'male');
    assert.equal(citizen.cprMasked, '121085-****');
    assert.match(citizen.pseudonym, /^P-[0-9A-Z]{10}$/);
    assert.equal(citizen.version, 1);
    assert.ok(!response.body.includes('1357'), 'the full CPR number is not returned');
    const cprRows = await t().db.handle.db.selectFrom('citizen_cpr').selectAll().where('citizen_id', '=', citizen.id).execute();
    assert.deepEqual(cprRows.map((r) => r.cpr), ['1210851357']);
  });

  test('invalid CPR numbers are refused with 400 and fields.cpr; nothing is stored', async () => {
    const cookie = await t().login('jobformidler');
    const before = await t().db.handle.db.selectFrom('citizen').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    for (const cpr of ['310490-1234', '12345', '290201-1234']) {
      const response = await create(cookie, { cpr, firstName: 'X', lastName: 'Y', unitId: t().fixture.teamA });
      assert.equal(response.statusCode, 400, cpr);
      const error = response.json().error;
      assert.equal(error.code, 'validation');
      assert.ok(error.fields.cpr, `fields.cpr for ${cpr}`);
      assert.ok(!JSON.stringify(error).includes(cpr.replace('-', '').slice(0, 6)) || cpr === '12345');
    }
    const after = await t().db.handle.db.selectFrom('citizen').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
  });

  test('a duplicate CPR number is refused with 409 and fields.cpr', async () => {
    const cookie = await t().login('jobformidler');
    const response = await create(cookie, { cpr: '010180-1234', firstName: 'Dup', lastName: 'Licate', unitId: t().fixture.teamA });
    assert.equal(response.statusCode, 409);
    assert.ok(response.json().error.fields.cpr);
  });

  test('missing names and a bad postcode are reported per field', async () => {
    const cookie = await t().login('jobformidler');
    const response = await create(cookie, { cpr: '010203-4444', firstName: '', postcode: '43', unitId: t().fixture.teamA });
    assert.equal(response.statusCode, 400);
    const fields = response.json().error.fields;
    assert.ok(fields.firstName);
    assert.ok(fields.lastName);
    assert.ok(fields.postcode);
  });

  test('the responsible staff member must belong to the citizen’s unit', async () => {
    const cookie = await t().login('leder');
    const response = await create(cookie, {
      cpr: '050566-1111',
      firstName: 'Ole',
      lastName: 'Lund',
      unitId: t().fixture.teamA,
      responsibleStaffId: t().fixture.staff['jobformidler.b']!.id,
    });
    assert.equal(response.statusCode, 400);
    assert.ok(response.json().error.fields.responsibleStaffId);
  });

  test('list is paged, searchable by name and limited to the caller’s own caseload with mine=true', async () => {
    const cookie = await t().login('jobformidler');
    const all = (await t().request(cookie, { method: 'GET', url: '/api/citizens?limit=1' })).json();
    assert.ok(all.total >= 2);
    assert.equal(all.items.length, 1);
    const search = (await t().request(cookie, { method: 'GET', url: '/api/citizens?q=anna' })).json();
    assert.deepEqual(search.items.map((c: { firstName: string }) => c.firstName), ['Anna']);
    assert.equal(search.items[0].currentBenefit.benefitType, 'kontanthjaelp');
    const mine = (await t().request(cookie, { method: 'GET', url: '/api/citizens?mine=true' })).json();
    assert.ok(mine.items.every((c: { responsibleStaffId: string }) => c.responsibleStaffId === t().fixture.staff.jobformidler!.id));
    const bad = await t().request(cookie, { method: 'GET', url: '/api/citizens?limit=0' });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.limit);
  });

  test('update with the current version succeeds; a stale version gets 409 and changes nothing', async () => {
    const cookie = await t().login('jobformidler');
    const id = t().fixture.citizensA[1]!.id;
    const current = (await t().request(cookie, { method: 'GET', url: `/api/citizens/${id}` })).json();
    const first = await t().request(cookie, { method: 'PATCH', url: `/api/citizens/${id}`, payload: { version: current.version, city: 'Tølløse' } });
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json().city, 'Tølløse');
    assert.equal(first.json().version, current.version + 1);
    const stale = await t().request(cookie, { method: 'PATCH', url: `/api/citizens/${id}`, payload: { version: current.version, city: 'Jyderup' } });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'stale');
    const after = (await t().request(cookie, { method: 'GET', url: `/api/citizens/${id}` })).json();
    assert.equal(after.city, 'Tølløse');
  });

  test('the full CPR number is revealed only through an audited POST', async () => {
    const cookie = await t().login('jobformidler');
    const citizen = t().fixture.citizensA[0]!;
    const response = await t().request(cookie, { method: 'POST', url: `/api/citizens/${citizen.id}/cpr/reveal` });
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().cpr, '010180-1234');
    const audit = await t().db.handle.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'citizen.cpr.reveal')
      .where('citizen_pseudonym', '=', citizen.pseudonym)
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.staff_username, 'jobformidler');
    assert.equal(audit[0]!.route, '/api/citizens/:id/cpr/reveal');
  });

  test('lookup by CPR number in the body finds a citizen in scope only', async () => {
    const cookie = await t().login('jobformidler');
    const found = await t().request(cookie, { method: 'POST', url: '/api/citizens/lookup', payload: { cpr: '010180-1234' } });
    assert.equal(found.statusCode, 200);
    assert.equal(found.json().id, t().fixture.citizensA[0]!.id);
    const otherTeam = await t().request(cookie, { method: 'POST', url: '/api/citizens/lookup', payload: { cpr: '280790-3456' } });
    assert.equal(otherTeam.statusCode, 404);
  });

  test('CPR numbers never appear in the server log, even for failed and duplicate requests', async () => {
    const cookie = await t().login('jobformidler');
    await create(cookie, { cpr: '020290-2468', firstName: 'Log', lastName: 'Test', unitId: t().fixture.teamA });
    await create(cookie, { cpr: '020290-2468', firstName: 'Log', lastName: 'Test', unitId: t().fixture.teamA });
    await create(cookie, { cpr: '320290-2468', firstName: 'Log', lastName: 'Test', unitId: t().fixture.teamA });
    await t().request(cookie, { method: 'POST', url: '/api/citizens/lookup', payload: { cpr: '020290-2468' } });
    const text = t().logs.join('');
    assert.ok(text.length > 0, 'logs were captured');
    for (const needle of ['0202902468', '020290-2468', '3202902468', '320290-2468', '0101801234']) {
      assert.ok(!text.includes(needle), `log contains ${needle}`);
    }
  });
});
