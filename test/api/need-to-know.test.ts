/**
 * Access by need to know (GDPR art. 5(1)(c), issue 9 item 20), per role:
 * list and detail of citizens, courses and case records, CPR reveal and the
 * matching candidate profile.
 *
 * The organisation (test/helpers/fixtures.ts): Anna and Bo in team A (job
 * broker, company consultant and mentor of team A), Cecilie in team B.
 * Anna's course has the mentor in a course role; Bo has an active course with
 * nobody but his job broker; Cecilie's course (team B) has an agreed match
 * with team A's company consultant.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../helpers/suite.ts';
import { insertCourse } from '../helpers/cases.ts';

forEachDatabase('access by need to know', (t) => {
  const db = () => t().db.handle.db;
  const ids = { anna: '', bo: '', cecilie: '', annaCourse: '', boCourse: '', cecilieCourse: '' };

  before(async () => {
    const f = t().fixture;
    ids.anna = f.citizensA[0]!.id;
    ids.bo = f.citizensA[1]!.id;
    ids.cecilie = f.citizensB[0]!.id;
    const enrolled = '2025-01-06';
    ids.annaCourse = await insertCourse(db(), { citizenId: ids.anna, unitId: f.teamA, modelId: 'flere-skal-med', enrolmentDate: enrolled, phase: 'afklaring', group: '1', jobBrokerId: f.staff.jobformidler!.id });
    ids.boCourse = await insertCourse(db(), { citizenId: ids.bo, unitId: f.teamA, modelId: 'flere-skal-med', enrolmentDate: enrolled, phase: 'afklaring', group: '1', jobBrokerId: f.staff.jobformidler!.id });
    ids.cecilieCourse = await insertCourse(db(), {
      citizenId: ids.cecilie,
      unitId: f.teamB,
      modelId: 'flere-skal-med',
      enrolmentDate: enrolled,
      phase: 'afklaring',
      group: '1',
      jobBrokerId: f.staff['jobformidler.b']!.id,
    });
    await db().insertInto('course_staff').values({ course_id: ids.annaCourse, staff_id: f.staff.mentor!.id, role: 'mentor', from_date: enrolled }).execute();
    const company = await db().insertInto('company').values({ municipality_id: f.municipalityId, cvr: '29384756', name: 'Holbæk Gartneri ApS' }).returning('id').executeTakeFirstOrThrow();
    const consultant = f.staff.virksomhedskonsulent!.id;
    await db()
      .insertInto('job_match')
      .values({ course_id: ids.cecilieCourse, company_id: company.id, consultant_id: consultant, matched_on: '2025-02-03', rationale: 'Vil gerne arbejde udendørs', created_by: consultant })
      .execute();
    // Something for the candidate profile to show and to leave out.
    await db()
      .insertInto('job_goal')
      .values({ course_id: ids.boCourse, tier: 'A', occupation_code: '9214', occupation_text: 'Gartneriarbejder', concrete: true, own_wish: true, set_on: enrolled, note: 'Fortrolig sagsnote' })
      .execute();
    await db().updateTable('citizen').set({ phone: '12345678', email: 'bo@example.dk', address_line: 'Skovvej 1' }).where('id', '=', ids.bo).execute();
  });

  async function as(username: string) {
    const cookie = await t().login(username);
    const get = (url: string) => t().request(cookie, { method: 'GET', url });
    return {
      get,
      status: async (url: string) => (await get(url)).statusCode,
      reveal: async (id: string) => (await t().request(cookie, { method: 'POST', url: `/api/citizens/${id}/cpr/reveal` })).statusCode,
      listed: async () => {
        const response = await get('/api/citizens?limit=500');
        return response.statusCode === 200 ? new Set(response.json().items.map((c: { id: string }) => c.id)) : response.statusCode;
      },
    };
  }

  /** The citizen's page, one of their courses and one of their case records, all answering `status`. */
  async function caseAccess(user: Awaited<ReturnType<typeof as>>, citizenId: string, courseId: string): Promise<number[]> {
    return [
      await user.status(`/api/citizens/${citizenId}`),
      await user.status(`/api/courses/${courseId}`),
      await user.status(`/api/citizens/${citizenId}/contacts`),
      await user.status(`/api/citizens/${citizenId}/timeline`),
    ];
  }

  test('a job broker sees the citizens of their team and no other team, and may reveal their CPR', async () => {
    const broker = await as('jobformidler');
    assert.deepEqual(await broker.listed(), new Set([ids.anna, ids.bo]));
    assert.deepEqual(await caseAccess(broker, ids.anna, ids.annaCourse), [200, 200, 200, 200]);
    assert.deepEqual(await caseAccess(broker, ids.cecilie, ids.cecilieCourse), [404, 404, 404, 404]);
    assert.equal(await broker.reveal(ids.anna), 200);
    assert.equal(await broker.reveal(ids.cecilie), 404);
  });

  test('a mentor sees only the citizens of courses where they hold a course role', async () => {
    const mentor = await as('mentor');
    assert.deepEqual(await mentor.listed(), new Set([ids.anna]));
    assert.deepEqual(await caseAccess(mentor, ids.anna, ids.annaCourse), [200, 200, 200, 200]);
    // Bo is in the mentor's own team, but the mentor has no role on his course.
    assert.deepEqual(await caseAccess(mentor, ids.bo, ids.boCourse), [404, 404, 404, 404]);
    assert.deepEqual(await caseAccess(mentor, ids.cecilie, ids.cecilieCourse), [404, 404, 404, 404]);
    assert.equal(await mentor.reveal(ids.anna), 403);
    assert.equal(await mentor.status(`/api/courses/${ids.boCourse}/candidate-profile`), 404);
  });

  test('a mentor whose course role has ended no longer sees the citizen', async () => {
    await db().updateTable('course_staff').set({ to_date: '2025-03-01' }).where('course_id', '=', ids.annaCourse).where('role', '=', 'mentor').execute();
    try {
      const mentor = await as('mentor');
      assert.deepEqual(await mentor.listed(), new Set());
      assert.equal(await mentor.status(`/api/citizens/${ids.anna}`), 404);
    } finally {
      await db().updateTable('course_staff').set({ to_date: null }).where('course_id', '=', ids.annaCourse).where('role', '=', 'mentor').execute();
    }
  });

  test('a group activity names only the participants the caller may see', async () => {
    const broker = await t().login('jobformidler');
    const created = await t().request(broker, { method: 'POST', url: '/api/group-activities', payload: { unitId: t().fixture.teamA, name: 'Jobklub', startDate: '2025-02-03' } });
    assert.equal(created.statusCode, 201, created.body);
    for (const courseId of [ids.annaCourse, ids.boCourse]) {
      const joined = await t().request(broker, { method: 'POST', url: `/api/group-activities/${created.json().id}/participants`, payload: { courseId, joinedOn: '2025-02-03' } });
      assert.equal(joined.statusCode, 200, joined.body);
    }
    const participants = async (username: string) => {
      const response = await (await as(username)).get('/api/group-activities');
      const activity = response.json().activities.find((a: { id: string }) => a.id === created.json().id);
      return new Set(activity.participants.map((p: { citizenId: string }) => p.citizenId));
    };
    assert.deepEqual(await participants('jobformidler'), new Set([ids.anna, ids.bo]));
    assert.deepEqual(await participants('mentor'), new Set([ids.anna]));
  });

  test('a company consultant sees the citizens of their matches, not the rest of their team', async () => {
    const consultant = await as('virksomhedskonsulent');
    assert.deepEqual(await consultant.listed(), new Set([ids.cecilie]));
    assert.deepEqual(await caseAccess(consultant, ids.cecilie, ids.cecilieCourse), [200, 200, 200, 200]);
    assert.deepEqual(await caseAccess(consultant, ids.anna, ids.annaCourse), [404, 404, 404, 404]);
    assert.equal(await consultant.reveal(ids.cecilie), 403);
  });

  test('a withdrawn match ends the consultant’s access to the citizen', async () => {
    await db().updateTable('job_match').set({ status: 'withdrawn', withdrawn_on: '2025-03-01', withdrawn_reason: 'Borgeren sagde nej' }).where('course_id', '=', ids.cecilieCourse).execute();
    try {
      const consultant = await as('virksomhedskonsulent');
      assert.equal(await consultant.status(`/api/citizens/${ids.cecilie}`), 404);
    } finally {
      await db().updateTable('job_match').set({ status: 'agreed', withdrawn_on: null, withdrawn_reason: null }).where('course_id', '=', ids.cecilieCourse).execute();
    }
  });

  test('a company consultant gets a candidate profile for matching without contact details or case notes', async () => {
    const consultant = await as('virksomhedskonsulent');
    const response = await consultant.get(`/api/courses/${ids.boCourse}/candidate-profile`);
    assert.equal(response.statusCode, 200, response.body);
    const profile = response.json();
    assert.equal(profile.citizen.id, ids.bo);
    assert.equal(profile.fullAccess, false);
    assert.deepEqual(Object.keys(profile.citizen).sort(), ['age', 'city', 'id', 'name', 'postcode']);
    assert.equal(profile.jobGoals[0].occupationCode, '9214');
    for (const secret of ['12345678', 'bo@example.dk', 'Skovvej', 'Fortrolig sagsnote', t().fixture.citizensA[1]!.cpr.slice(0, 6)]) {
      assert.ok(!response.body.includes(secret), `the profile shows ${secret}`);
    }
    // Candidates outside the consultant's units are not in their pool.
    const otherTeam = await as('jobformidler');
    assert.equal(await otherTeam.status(`/api/courses/${ids.cecilieCourse}/candidate-profile`), 404);
    // The profile is audited as a read of the citizen.
    const reads = await db().selectFrom('audit_event').select('citizen_pseudonym').where('action', '=', 'candidate_profile.read').execute();
    assert.ok(reads.some((r) => r.citizen_pseudonym === t().fixture.citizensA[1]!.pseudonym));
  });

  test('a manager sees every citizen of the job centre and may reveal CPR', async () => {
    const manager = await as('leder');
    assert.deepEqual(await manager.listed(), new Set([ids.anna, ids.bo, ids.cecilie]));
    assert.deepEqual(await caseAccess(manager, ids.cecilie, ids.cecilieCourse), [200, 200, 200, 200]);
    assert.equal(await manager.reveal(ids.cecilie), 200);
    assert.equal((await manager.get(`/api/courses/${ids.boCourse}/candidate-profile`)).json().fullAccess, true);
  });

  test('an analyst reads no named citizen data', async () => {
    const analyst = await as('analytiker');
    assert.equal(await analyst.listed(), 403);
    assert.deepEqual(await caseAccess(analyst, ids.anna, ids.annaCourse), [403, 403, 403, 403]);
    assert.equal(await analyst.reveal(ids.anna), 403);
    assert.equal(await analyst.status(`/api/courses/${ids.boCourse}/candidate-profile`), 403);
  });

  test('an administrator reads no case data and reveals no CPR', async () => {
    const admin = await as('admin');
    assert.equal(await admin.listed(), 403);
    assert.deepEqual(await caseAccess(admin, ids.anna, ids.annaCourse), [403, 403, 403, 403]);
    assert.equal(await admin.reveal(ids.anna), 403);
    assert.equal(await admin.status(`/api/courses/${ids.boCourse}/candidate-profile`), 403);
    assert.equal(await admin.status('/api/staff'), 200);
  });

  test('an administrator also given a case role sees the citizens that role sees', async () => {
    const adminId = t().fixture.staff.admin!.id;
    await db().updateTable('staff').set({ roles: ['admin', 'mentor'] }).where('id', '=', adminId).execute();
    await db().insertInto('course_staff').values({ course_id: ids.boCourse, staff_id: adminId, role: 'mentor', from_date: '2025-01-06' }).execute();
    try {
      const admin = await as('admin');
      assert.deepEqual(await admin.listed(), new Set([ids.bo]));
      assert.equal(await admin.status(`/api/citizens/${ids.bo}`), 200);
      assert.equal(await admin.status(`/api/citizens/${ids.anna}`), 404);
      assert.equal(await admin.reveal(ids.bo), 403);
    } finally {
      await db().deleteFrom('course_staff').where('staff_id', '=', adminId).execute();
      await db().updateTable('staff').set({ roles: ['admin'] }).where('id', '=', adminId).execute();
    }
  });
});
