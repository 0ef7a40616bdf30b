import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../helpers/suite.ts';
import { daysAgo, endOpenCourses, insertCourse } from '../helpers/cases.ts';

/** Regression tests for the security and robustness review of the platform and case work. */
forEachDatabase('hardening', (t) => {
  test('a CPR number typed into the citizen search is refused and never reaches the log', async () => {
    const cookie = await t().login('jobformidler');
    for (const q of ['0101801234', '010180-1234', 'anna 0101801234']) {
      const response = await t().request(cookie, { method: 'GET', url: `/api/citizens?q=${encodeURIComponent(q)}` });
      assert.equal(response.statusCode, 400, q);
      assert.ok(response.json().error.fields.q);
    }
    const log = t().logs.join('');
    assert.ok(!log.includes('0101801234') && !log.includes('010180-1234'), 'no CPR in the log');
    assert.ok(!/"url":"[^"]*\?/.test(log), 'logged URLs carry no query string');
  });

  test('percent-encoded paths cannot skip authentication', async () => {
    for (const url of ['/%61pi/models', '/%61pi/citizens', '/api%2Fcitizens']) {
      const response = await t().request(undefined, { method: 'GET', url });
      assert.notEqual(response.statusCode, 200, url);
      if (response.headers['content-type']?.toString().includes('json')) assert.ok(['unauthenticated', 'not_found'].includes(response.json().error.code), url);
    }
  });

  test('values the database cannot store are 400s, not 500s, and change nothing', async () => {
    const cookie = await t().login('jobformidler');
    const citizen = t().fixture.citizensA[0]!;
    const current = (await t().request(cookie, { method: 'GET', url: `/api/citizens/${citizen.id}` })).json();
    const nul = await t().request(cookie, { method: 'PATCH', url: `/api/citizens/${citizen.id}`, payload: { version: current.version, firstName: 'A\u0000B' } });
    assert.equal(nul.statusCode, 400);
    const overflow = await t().request(cookie, { method: 'PATCH', url: `/api/citizens/${citizen.id}`, payload: { version: 3_000_000_000, city: 'X' } });
    assert.equal(overflow.statusCode, 400);
    assert.ok(overflow.json().error.fields.version);
    const login = await t().request(undefined, { method: 'POST', url: '/api/auth/login', payload: { username: 'a\u0000b', password: 'x' } });
    assert.ok([400, 401].includes(login.statusCode), `login with NUL: ${login.statusCode}`);
    const admin = await t().login('admin');
    const yearZero = await t().request(admin, { method: 'GET', url: '/api/audit?from=0000-01-01' });
    assert.equal(yearZero.statusCode, 400);
    const after = (await t().request(cookie, { method: 'GET', url: `/api/citizens/${citizen.id}` })).json();
    assert.equal(after.firstName, current.firstName);
    assert.equal(after.version, current.version);
  });

  test('a handover dated ahead keeps the course on the current broker’s caseload until the new broker starts', async () => {
    const f = t().fixture;
    const db = t().db.handle.db;
    const courseId = await insertCourse(db, {
      citizenId: f.citizensA[1]!.id,
      unitId: f.teamA,
      modelId: 'stv',
      enrolmentDate: daysAgo(30),
      phase: 'jobmaal-og-match',
      group: 'AK',
      jobBrokerId: f.staff.jobformidler!.id,
    });
    const leder = await t().login('leder');
    const course = (await t().request(leder, { method: 'GET', url: `/api/courses/${courseId}` })).json();
    // Hand the job-broker role over a week from now by ending the current holder then.
    const broker = course.staff.find((s: { role: string }) => s.role === 'job_broker');
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const end = await t().request(leder, { method: 'PATCH', url: `/api/courses/${courseId}/staff/${broker.id}`, payload: { toDate: inAWeek } });
    assert.equal(end.statusCode, 200, end.body);
    const cookie = await t().login('jobformidler');
    const rows = (await t().request(cookie, { method: 'GET', url: '/api/caseload' })).json().rows;
    assert.ok(rows.some((r: { courseId: string }) => r.courseId === courseId), 'still on the current broker’s caseload');
  });

  test('concurrent saves of the same measurement point store one row', async () => {
    const f = t().fixture;
    const db = t().db.handle.db;
    const courseId = await insertCourse(db, {
      citizenId: f.citizensA[0]!.id,
      unitId: f.teamA,
      modelId: 'bedre-ressourceforloeb',
      enrolmentDate: daysAgo(30),
      phase: 'forberedelse',
      jobBrokerId: f.staff.jobformidler!.id,
    });
    // The mentor sees the citizen through their course role (need to know).
    await db.insertInto('course_staff').values({ course_id: courseId, staff_id: f.staff.mentor!.id, role: 'mentor', from_date: daysAgo(30) }).execute();
    const cookie = await t().login('mentor');
    const answers = { brf1: 3, brf2: 3, brf3: 3, brf4: 3, brf5: 3, brf6: 3, brf7: 3, brf8: 3, brf9: 3, brf10: 3, brf11: 3 };
    const payload = { courseId, instrument: 'BRF-11', point: 0, measuredOn: daysAgo(1), answers };
    const results = await Promise.all([1, 2, 3].map(() => t().request(cookie, { method: 'POST', url: `/api/citizens/${f.citizensA[0]!.id}/measurements`, payload })));
    const codes = results.map((r) => r.statusCode).sort();
    assert.deepEqual(codes, [201, 409, 409], results.map((r) => r.body).join('\n'));
    const stored = await db.selectFrom('measurement').select('id').where('course_id', '=', courseId).execute();
    assert.equal(stored.length, 1);
  });

  test('an administrator sees only audit events of their own municipality', async () => {
    const db = t().db.handle.db;
    const other = await db.insertInto('unit').values({ kind: 'municipality', name: 'Andetsted Kommune' }).returning('id').executeTakeFirstOrThrow();
    const stranger = await db
      .insertInto('staff')
      .values({ username: 'fremmed', display_name: 'Fremmed', unit_id: other.id, roles: ['jobformidler'], password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('audit_event').values({ staff_id: stranger.id, staff_username: 'fremmed', action: 'citizen.read', citizen_pseudonym: 'P-0000000000' }).execute();
    const admin = await t().login('admin');
    const events = (await t().request(admin, { method: 'GET', url: '/api/audit?staff=fremmed&limit=500' })).json();
    assert.equal(events.total, 0);
    const own = (await t().request(admin, { method: 'GET', url: '/api/audit?staff=jobformidler&limit=5' })).json();
    assert.ok(own.total > 0);
  });

  test('course-linked records cannot predate the course; courses cannot start in the future; roles must fit', async () => {
    const f = t().fixture;
    const cookie = await t().login('jobformidler');
    const inFuture = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const future = await t().request(cookie, { method: 'POST', url: `/api/citizens/${f.citizensA[0]!.id}/courses`, payload: { modelId: 'trin-model', enrolmentDate: inFuture } });
    assert.equal(future.statusCode, 400);
    assert.ok(future.json().error.fields.enrolmentDate);
    await endOpenCourses(t().db.handle.db, f.citizensA[0]!.id);
    const course = await t().request(cookie, { method: 'POST', url: `/api/citizens/${f.citizensA[0]!.id}/courses`, payload: { modelId: 'trin-model', enrolmentDate: daysAgo(10) } });
    assert.equal(course.statusCode, 201, course.body);
    const id = course.json().id;
    const goal = await t().request(cookie, {
      method: 'POST',
      url: `/api/courses/${id}/job-goals`,
      payload: { tier: 'A', occupationText: 'Lagerarbejder', concrete: true, ownWish: true, setOn: daysAgo(400) },
    });
    assert.equal(goal.statusCode, 400);
    assert.ok(goal.json().error.fields.setOn);
    const contact = await t().request(cookie, { method: 'POST', url: `/api/citizens/${f.citizensA[0]!.id}/contacts`, payload: { courseId: id, kind: 'phone', date: daysAgo(30) } });
    assert.equal(contact.statusCode, 400);
    assert.ok(contact.json().error.fields.date);
    const leder = await t().login('leder');
    const analyst = await t().request(leder, { method: 'POST', url: `/api/courses/${id}/staff`, payload: { staffId: f.staff.analytiker!.id, role: 'mentor', fromDate: daysAgo(1) } });
    assert.equal(analyst.statusCode, 400);
    assert.ok(analyst.json().error.fields.staffId);
    const mentor = await t().request(leder, { method: 'POST', url: `/api/courses/${id}/staff`, payload: { staffId: f.staff.mentor!.id, role: 'mentor', fromDate: daysAgo(1) } });
    assert.equal(mentor.statusCode, 200, mentor.body);
  });

  test('reopening an ended course restores the staff it had on its last day', async () => {
    const f = t().fixture;
    const cookie = await t().login('jobformidler');
    await endOpenCourses(t().db.handle.db, f.citizensA[1]!.id);
    const created = await t().request(cookie, { method: 'POST', url: `/api/citizens/${f.citizensA[1]!.id}/courses`, payload: { modelId: 'bedre-ressourceforloeb', enrolmentDate: daysAgo(20) } });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id;
    const ended = await t().request(cookie, { method: 'PATCH', url: `/api/courses/${id}`, payload: { version: created.json().version, endDate: daysAgo(1), endReason: 'Fejlregistrering' } });
    assert.equal(ended.statusCode, 200, ended.body);
    const openStaff = (course: { staff: { staffId: string; toDate: string | null }[] }) => course.staff.filter((s) => s.toDate === null).map((s) => s.staffId);
    assert.deepEqual(openStaff(ended.json()), []);
    const reopened = await t().request(cookie, { method: 'PATCH', url: `/api/courses/${id}`, payload: { version: ended.json().version, endDate: null, endReason: null } });
    assert.equal(reopened.statusCode, 200, reopened.body);
    assert.deepEqual(openStaff(reopened.json()), [f.staff.jobformidler!.id]);
  });

  test('group activities belong below the municipality, and nobody leaves one in the future', async () => {
    const f = t().fixture;
    // A manager runs group activities (an administrator reads no case data).
    const admin = await t().login('leder');
    const onMunicipality = await t().request(admin, { method: 'POST', url: '/api/group-activities', payload: { unitId: f.municipalityId, name: 'Jobklub', startDate: daysAgo(5) } });
    assert.equal(onMunicipality.statusCode, 400, onMunicipality.body);
    assert.ok(onMunicipality.json().error.fields.unitId);
    const activity = await t().request(admin, { method: 'POST', url: '/api/group-activities', payload: { unitId: f.teamA, name: 'Jobklub', startDate: daysAgo(5) } });
    assert.equal(activity.statusCode, 201, activity.body);
    const courseId = await insertCourse(t().db.handle.db, { citizenId: f.citizensA[0]!.id, unitId: f.teamA, modelId: 'stv', enrolmentDate: daysAgo(9), phase: 'jobmaal-og-match', group: 'AK' });
    const joined = await t().request(admin, { method: 'POST', url: `/api/group-activities/${activity.json().id}/participants`, payload: { courseId, joinedOn: daysAgo(4) } });
    assert.equal(joined.statusCode, 200, joined.body);
    const inFuture = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const leave = await t().request(admin, { method: 'PATCH', url: `/api/group-activities/${activity.json().id}/participants/${courseId}`, payload: { leftOn: inFuture } });
    assert.equal(leave.statusCode, 400, leave.body);
    assert.ok(leave.json().error.fields.leftOn);
  });
});
