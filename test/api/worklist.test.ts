import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../helpers/suite.ts';
import { daysAgo, insertCourse } from '../helpers/cases.ts';

forEachDatabase('worklist, caseload and team overview', (t) => {
  let courseId = '';

  test('an FSM group-1 course without a CV 40 days after enrolment puts an overdue CV item on the broker’s worklist', async () => {
    const f = t().fixture;
    courseId = await insertCourse(t().db.handle.db, {
      citizenId: f.citizensA[0]!.id,
      unitId: f.teamA,
      modelId: 'flere-skal-med',
      enrolmentDate: daysAgo(40),
      phase: 'afklaring',
      group: '1',
      jobBrokerId: f.staff.jobformidler!.id,
    });
    const cookie = await t().login('jobformidler');
    const response = await t().request(cookie, { method: 'GET', url: '/api/worklist' });
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.equal(body.staffName, 'Test jobformidler');
    const citizen = body.citizens.find((c: { citizenId: string }) => c.citizenId === f.citizensA[0]!.id);
    assert.ok(citizen, 'citizen on the worklist');
    assert.equal(citizen.citizenName, 'Anna Testesen');
    const cv = citizen.items.find((i: { ruleId: string }) => i.ruleId === 'ke1.cv');
    assert.equal(cv.status, 'overdue');
    assert.equal(cv.daysOverdue, 10);
    assert.equal(cv.modelShortName, 'FSM');
    assert.equal(citizen.items[0].status, 'overdue', 'overdue items first');
  });

  test('the caseload row shows phase, CV/plan/job goal status and the items; saving a CV removes the CV item', async () => {
    const f = t().fixture;
    const cookie = await t().login('jobformidler');
    const before = (await t().request(cookie, { method: 'GET', url: '/api/caseload' })).json();
    const row = before.rows.find((r: { courseId: string }) => r.courseId === courseId);
    assert.equal(row.phase, 'afklaring');
    assert.ok(row.phaseName);
    assert.equal(row.hasCv, false);
    assert.equal(row.lastContactDate, null);
    assert.ok(row.items.some((i: { ruleId: string }) => i.ruleId === 'ke1.cv'));
    await t().db.handle.db.insertInto('cv_version').values({ citizen_id: f.citizensA[0]!.id, version_no: 1, content: JSON.stringify({ profile: 'x' }) }).execute();
    await t().db.handle.db.insertInto('contact').values({ citizen_id: f.citizensA[0]!.id, course_id: courseId, kind: 'meeting', contact_date: daysAgo(3) }).execute();
    const after = (await t().request(cookie, { method: 'GET', url: '/api/caseload' })).json();
    const updated = after.rows.find((r: { courseId: string }) => r.courseId === courseId);
    assert.equal(updated.hasCv, true);
    assert.equal(updated.daysSinceLastContact, 3);
    assert.ok(!updated.items.some((i: { ruleId: string }) => i.ruleId === 'ke1.cv'));
  });

  test('a municipal override changes the deadline the worklist uses', async () => {
    const f = t().fixture;
    const other = await insertCourse(t().db.handle.db, {
      citizenId: f.citizensA[1]!.id,
      unitId: f.teamA,
      modelId: 'flere-skal-med',
      enrolmentDate: daysAgo(20),
      phase: 'afklaring',
      group: '1',
      jobBrokerId: f.staff.jobformidler!.id,
    });
    const cookie = await t().login('jobformidler');
    const itemFor = async () =>
      (await t().request(cookie, { method: 'GET', url: '/api/caseload' })).json().rows.find((r: { courseId: string }) => r.courseId === other).items.find((i: { ruleId: string }) => i.ruleId === 'ke1.cv');
    const before = await itemFor();
    assert.equal(before.status, 'due', 'due, not overdue, with the 30-day default');
    assert.equal(before.daysUntilDue, 10);
    const leder = await t().login('leder');
    const put = await t().request(leder, { method: 'PUT', url: '/api/models/flere-skal-med/rules/ke1.cv/parameters/days', payload: { value: 14, reason: 'Hurtigere CV' } });
    assert.equal(put.statusCode, 200, put.body);
    const after = await itemFor();
    assert.equal(after.status, 'overdue');
    assert.equal(after.daysOverdue, 6);
    await t().request(leder, { method: 'PUT', url: '/api/models/flere-skal-med/rules/ke1.cv/parameters/days', payload: { value: null, reason: 'Tilbage' } });
  });

  test('a leder sees a team member’s worklist and the team overview; a job broker may not', async () => {
    const f = t().fixture;
    const leder = await t().login('leder');
    const theirs = await t().request(leder, { method: 'GET', url: `/api/worklist?staff=${f.staff.jobformidler!.id}` });
    assert.equal(theirs.statusCode, 200);
    assert.ok(theirs.json().citizens.length >= 1);
    const overview = await t().request(leder, { method: 'GET', url: '/api/team-overview' });
    assert.equal(overview.statusCode, 200, overview.body);
    const broker = overview.json().staff.find((s: { staffId: string }) => s.staffId === f.staff.jobformidler!.id);
    assert.equal(broker.activeCourses, 2);
    assert.ok(broker.caseload.checks.some((c: { modelShortName: string; max: number }) => c.modelShortName === 'FSM' && c.max > 0));
    const jf = await t().login('jobformidler');
    assert.equal((await t().request(jf, { method: 'GET', url: `/api/worklist?staff=${f.staff['jobformidler.b']!.id}` })).statusCode, 403);
    assert.equal((await t().request(jf, { method: 'GET', url: '/api/team-overview' })).statusCode, 403);
    const analyst = await t().login('analytiker');
    assert.equal((await t().request(analyst, { method: 'GET', url: '/api/worklist' })).statusCode, 403);
    const worklistReads = await t().db.handle.db.selectFrom('audit_event').select('citizen_pseudonyms').where('action', '=', 'worklist.read').execute();
    assert.ok(worklistReads.some((r) => r.citizen_pseudonyms?.includes(f.citizensA[0]!.pseudonym)));
  });

  test('the caseload is the person’s total of citizens across models and roles, the same on Min sagsstamme and the team overview', async () => {
    const f = t().fixture;
    const db = t().db.handle.db;
    // Anna also has an STV course (track AK) with the job broker as caseworker: 2 citizens on 3 courses.
    const stv = await insertCourse(db, { citizenId: f.citizensA[0]!.id, unitId: f.teamA, modelId: 'stv', enrolmentDate: daysAgo(10), phase: 'afklaring', group: 'AK' });
    await db.insertInto('course_staff').values({ course_id: stv, staff_id: f.staff.jobformidler!.id, role: 'caseworker', from_date: daysAgo(10) }).execute();
    const jf = await t().login('jobformidler');
    const own = (await t().request(jf, { method: 'GET', url: '/api/worklist' })).json().caseload;
    assert.equal(own.total, 2, 'Anna counts once');
    assert.equal(own.courses, 3);
    assert.deepEqual(
      own.byModel.map((m: { modelShortName: string; citizens: number }) => [m.modelShortName, m.citizens]),
      [
        ['FSM', 2],
        ['STV', 1],
      ],
    );
    const rules = own.checks.map((c: { ruleId: string; courses: number; max: number; status: string }) => [c.ruleId, c.courses, c.max, c.status]);
    assert.deepEqual(rules, [
      ['1a.caseload-s-ak', 1, 45, 'within'],
      ['rammer.caseload', 2, 47, 'within'],
    ]);
    assert.equal(own.limit.ruleId, '1a.caseload-s-ak', 'the lowest maximum that applies');
    assert.equal(own.status, 'within');
    const overview = (await t().request(await t().login('leder'), { method: 'GET', url: '/api/team-overview' })).json();
    const broker = overview.staff.find((s: { staffId: string }) => s.staffId === f.staff.jobformidler!.id);
    assert.deepEqual(broker.caseload, own, 'one figure on both screens');
    assert.equal(broker.activeCourses, 3);
    await db.deleteFrom('course_staff').where('course_id', '=', stv).execute();
  });

  test('days since contact count what the contact rule counts and turn overdue at the municipality’s maximum', async () => {
    const f = t().fixture;
    const db = t().db.handle.db;
    const cookie = await t().login('jobformidler');
    const boRow = async () =>
      (await t().request(cookie, { method: 'GET', url: '/api/caseload' })).json().rows.find((r: { citizenId: string; modelShortName: string }) => r.citizenId === f.citizensA[1]!.id && r.modelShortName === 'FSM');
    const courseOfBo = (await boRow()).courseId;
    await db
      .insertInto('contact')
      .values([
        { citizen_id: f.citizensA[1]!.id, course_id: courseOfBo, kind: 'meeting', contact_date: daysAgo(15) },
        { citizen_id: f.citizensA[1]!.id, course_id: courseOfBo, kind: 'sms', contact_date: daysAgo(3) },
      ])
      .execute();
    const before = await boRow();
    assert.equal(before.daysSinceLastContact, 15, 'the text message is no conversation');
    assert.equal(before.lastContactDate, daysAgo(15));
    assert.equal(before.contactCounts, 'rule_kinds');
    assert.deepEqual(before.contactRule, { ruleId: 'ke2.contact', maxDays: 42, status: 'satisfied' });
    const leder = await t().login('leder');
    const put = await t().request(leder, { method: 'PUT', url: '/api/models/flere-skal-med/rules/ke2.contact/parameters/days', payload: { value: 10, reason: 'Tættere kontakt' } });
    assert.equal(put.statusCode, 200, put.body);
    const after = await boRow();
    assert.deepEqual([after.daysSinceLastContact, after.contactRule], [15, { ruleId: 'ke2.contact', maxDays: 10, status: 'overdue' }]);
    assert.ok(after.items.some((i: { ruleId: string; status: string }) => i.ruleId === 'ke2.contact' && i.status === 'overdue'), 'the worklist agrees');
    await t().request(leder, { method: 'PUT', url: '/api/models/flere-skal-med/rules/ke2.contact/parameters/days', payload: { value: null, reason: 'Tilbage' } });
  });

  test('a drawn-out social-support citizen gets no items; 72 days to the first placement is a warning, not overdue; TRIN team size shows per unit', async () => {
    const f = t().fixture;
    const db = t().db.handle.db;
    const base = { unitId: f.teamA, modelId: 'social-stoette', enrolmentDate: daysAgo(80), phase: 'opstart', jobBrokerId: f.staff.jobformidler!.id };
    const out = await insertCourse(db, { ...base, citizenId: f.citizensA[0]!.id, group: 'frasorteret' });
    const inside = await insertCourse(db, { ...base, citizenId: f.citizensA[1]!.id, group: 'indsats' });
    await insertCourse(db, { citizenId: f.citizensA[1]!.id, unitId: f.teamA, modelId: 'trin-model', enrolmentDate: daysAgo(10), phase: 'TRIN1', jobBrokerId: f.staff.jobformidler!.id });
    const cookie = await t().login('jobformidler');
    const items = (await t().request(cookie, { method: 'GET', url: '/api/worklist' })).json().citizens.flatMap((c: { items: { courseId: string }[] }) => c.items);
    assert.ok(!items.some((i: { courseId: string }) => i.courseId === out), 'no items for a drawn-out citizen');
    const placement = items.find((i: { courseId: string; ruleId: string }) => i.courseId === inside && i.ruleId === 'ke4.placement-start');
    assert.deepEqual([placement.status, placement.daysOverdue], ['warning', 8]);
    const row = (await t().request(cookie, { method: 'GET', url: '/api/caseload' })).json().rows.find((r: { courseId: string }) => r.courseId === inside);
    assert.equal(row.warnings, 1);
    assert.ok(!row.items.some((i: { status: string; ruleId: string }) => i.ruleId === 'ke4.placement-start' && i.status === 'overdue'));
    const leder = await t().login('leder');
    const overview = (await t().request(leder, { method: 'GET', url: '/api/team-overview' })).json();
    const team = overview.teams.find((x: { ruleId: string; unitId: string }) => x.ruleId === 'r3.team-size' && x.unitId === f.teamA);
    assert.deepEqual([team.count, team.min, team.max, team.status, team.modelShortName], [1, 3, 5, 'below', 'TRIN']);
  });
});
