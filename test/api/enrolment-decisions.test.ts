/**
 * What is decided at enrolment (issue 9): the staff role from the model's
 * roles, one treatment per citizen and period (parallel courses only where
 * the municipality allows them, with a reason), the reason for enrolling an
 * ineligible citizen, and BRF citizens already in a ressourceforløb.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromDay, toDay } from '../../src/domain/rules/days.ts';
import { isoDay } from '../../src/store/facts.ts';
import { addTestCitizen } from '../helpers/citizens.ts';
import { forEachDatabase } from '../helpers/suite.ts';

const today = isoDay(new Date());
const day = (offset: number) => fromDay(toDay(today) + offset);

forEachDatabase('enrolment decisions', (t) => {
  const db = () => t().db.handle.db;
  let names = 0;
  const citizen = (benefitSince?: string | null) =>
    addTestCitizen(db(), {
      firstName: `Borger ${++names}`,
      unitId: t().fixture.teamA,
      responsibleStaffId: t().fixture.staff.jobformidler!.id,
      ...(benefitSince === undefined ? {} : { benefitSince }),
    });
  const enrol = (cookie: string, citizenId: string, payload: Record<string, unknown>) =>
    t().request(cookie, { method: 'POST', url: `/api/citizens/${citizenId}/courses`, payload });
  const patch = (cookie: string, courseId: string, payload: Record<string, unknown>) =>
    t().request(cookie, { method: 'PATCH', url: `/api/courses/${courseId}`, payload });
  const courseCount = async (citizenId: string) => (await db().selectFrom('course').select('id').where('citizen_id', '=', citizenId).execute()).length;
  async function allowParallel(allow: boolean) {
    const admin = await t().login('admin');
    const saved = await t().request(admin, { method: 'PUT', url: '/api/municipality/settings', payload: { allowParallelCourses: allow } });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().allowParallelCourses, allow);
  }

  // ---- 12: the staff role comes from the model ----

  test('the models list each model’s staff roles, lead role first', async () => {
    const cookie = await t().login('jobformidler');
    const models = (await t().request(cookie, { method: 'GET', url: '/api/models' })).json().models as { id: string; staffRoles: string[] }[];
    const roles = Object.fromEntries(models.map((m) => [m.id, m.staffRoles]));
    assert.equal(roles['flere-skal-med']![0], 'job_broker');
    assert.equal(roles['stv']![0], 'caseworker');
    assert.equal(roles['bedre-ressourceforloeb']![0], 'caseworker');
    assert.ok(roles['social-stoette']!.includes('cti_worker'));
    assert.ok(roles['trin-model']!.includes('job_broker'));
  });

  test('an STV enrolment records the caseworker role, not the personal job broker, so the STV caseload counts the course', async () => {
    const cookie = await t().login('jobformidler');
    const c = await citizen();
    const response = await enrol(cookie, c.id, { modelId: 'stv', enrolmentDate: day(-20) });
    assert.equal(response.statusCode, 201, response.body);
    assert.deepEqual(
      response.json().staff.map((s: { staffId: string; role: string }) => [s.staffId, s.role]),
      [[t().fixture.staff.jobformidler!.id, 'caseworker']],
    );
    assert.deepEqual(response.json().lead, { role: 'caseworker', staff: { id: t().fixture.staff.jobformidler!.id, name: 'Test jobformidler' } });
    assert.equal(response.json().jobBroker, null);
  });

  test('enrolment takes a chosen staff member and role from the model’s roles; a role the model does not define is refused on staffRole', async () => {
    const cookie = await t().login('jobformidler');
    const c = await citizen();
    const wrongRole = await enrol(cookie, c.id, { modelId: 'stv', enrolmentDate: day(-20), staffRole: 'cti_worker' });
    assert.equal(wrongRole.statusCode, 400, wrongRole.body);
    assert.match(wrongRole.json().error.fields.staffRole, /caseworker, company_consultant, mentor/);
    const unknownRole = await enrol(cookie, c.id, { modelId: 'stv', enrolmentDate: day(-20), staffRole: 'boss' });
    assert.equal(unknownRole.statusCode, 400);
    assert.ok(unknownRole.json().error.fields.staffRole);
    assert.equal(await courseCount(c.id), 0);

    const consultant = t().fixture.staff.virksomhedskonsulent!.id;
    const response = await enrol(cookie, c.id, { modelId: 'bedre-ressourceforloeb', enrolmentDate: day(-20), staffId: consultant, staffRole: 'company_consultant' });
    assert.equal(response.statusCode, 201, response.body);
    assert.deepEqual(
      response.json().staff.map((s: { staffId: string; role: string }) => [s.staffId, s.role]),
      [[consultant, 'company_consultant']],
    );
  });

  // ---- 13: one treatment per citizen and period ----

  test('a citizen in a Flere skal med course cannot be enrolled in STV the same day: 409 naming the existing course', async () => {
    const cookie = await t().login('jobformidler');
    const c = await citizen();
    assert.equal((await enrol(cookie, c.id, { modelId: 'flere-skal-med', enrolmentDate: day(-10) })).statusCode, 201);
    const second = await enrol(cookie, c.id, { modelId: 'stv', enrolmentDate: day(-10) });
    assert.equal(second.statusCode, 409, second.body);
    assert.equal(second.json().error.code, 'conflict');
    assert.match(second.json().error.message, /Flere skal med \(FSM\), startet/);
    assert.ok(second.json().error.fields.enrolmentDate);
    assert.equal(await courseCount(c.id), 1);
  });

  test('a course may start after the citizen’s course in another model ended, not during it; nor during an ended course in the same model', async () => {
    const cookie = await t().login('jobformidler');
    const c = await citizen();
    const fsm = await enrol(cookie, c.id, { modelId: 'flere-skal-med', enrolmentDate: day(-60) });
    assert.equal(fsm.statusCode, 201, fsm.body);
    const ended = await patch(cookie, fsm.json().id, { version: fsm.json().version, endDate: day(-30), endReason: 'Overgået til STV' });
    assert.equal(ended.statusCode, 200, ended.body);
    const during = await enrol(cookie, c.id, { modelId: 'stv', enrolmentDate: day(-30) });
    assert.equal(during.statusCode, 409, during.body);
    assert.match(during.json().error.message, /Flere skal med \(FSM\), .* – /);
    const sameModel = await enrol(cookie, c.id, { modelId: 'flere-skal-med', enrolmentDate: day(-40) });
    assert.equal(sameModel.statusCode, 409, sameModel.body);
    const after = await enrol(cookie, c.id, { modelId: 'stv', enrolmentDate: day(-29) });
    assert.equal(after.statusCode, 201, after.body);
    assert.equal(after.json().enrolment.parallelReason, null);
  });

  test('where the municipality allows parallel courses, an overlapping course needs a reason, which is kept and shown in the timeline', async () => {
    const jobformidler = await t().login('jobformidler');
    const settingsByBroker = await t().request(jobformidler, { method: 'PUT', url: '/api/municipality/settings', payload: { allowParallelCourses: true } });
    assert.equal(settingsByBroker.statusCode, 403, 'only an administrator changes the setting');
    const read = await t().request(jobformidler, { method: 'GET', url: '/api/municipality/settings' });
    assert.equal(read.statusCode, 200);
    assert.equal(read.json().allowParallelCourses, false, 'off by default');

    await allowParallel(true);
    try {
      const c = await citizen();
      assert.equal((await enrol(jobformidler, c.id, { modelId: 'flere-skal-med', enrolmentDate: day(-10) })).statusCode, 201);
      const noReason = await enrol(jobformidler, c.id, { modelId: 'stv', enrolmentDate: day(-5), parallelReason: '  ' });
      assert.equal(noReason.statusCode, 400, noReason.body);
      assert.match(noReason.json().error.fields.parallelReason, /Flere skal med \(FSM\)/);
      const sameModel = await enrol(jobformidler, c.id, { modelId: 'flere-skal-med', enrolmentDate: day(-5), parallelReason: 'Ny henvisning' });
      assert.equal(sameModel.statusCode, 409, 'never two courses in the same model, whatever the setting');
      const reason = 'Borgeren overgår til STV; FSM afsluttes ved næste samtale';
      const stv = await enrol(jobformidler, c.id, { modelId: 'stv', enrolmentDate: day(-5), parallelReason: reason });
      assert.equal(stv.statusCode, 201, stv.body);
      assert.equal(stv.json().enrolment.parallelReason, reason);
      const timeline = (await t().request(jobformidler, { method: 'GET', url: `/api/citizens/${c.id}/timeline` })).json();
      const started = timeline.events.find((e: { kind: string; courseId: string; title: string }) => e.kind === 'course' && e.courseId === stv.json().id && e.title.startsWith('Forløb startet'));
      assert.ok(started?.detail.includes(reason), JSON.stringify(started));
      const view = await db().selectFrom('monitoring_enrolment').selectAll().where('course_id', '=', stv.json().id).executeTakeFirstOrThrow();
      assert.equal(view.parallel_course, true);
    } finally {
      await allowParallel(false);
    }
  });

  test('reopening a course into the period of a course in another model is refused, or needs a reason where parallel courses are allowed', async () => {
    const cookie = await t().login('jobformidler');
    const c = await citizen();
    const fsm = (await enrol(cookie, c.id, { modelId: 'flere-skal-med', enrolmentDate: day(-60) })).json();
    const ended = (await patch(cookie, fsm.id, { version: fsm.version, endDate: day(-40), endReason: 'Overgået til STV' })).json();
    assert.equal((await enrol(cookie, c.id, { modelId: 'stv', enrolmentDate: day(-30) })).statusCode, 201);
    const reopen = await patch(cookie, fsm.id, { version: ended.version, endDate: null, endReason: null });
    assert.equal(reopen.statusCode, 409, reopen.body);
    assert.match(reopen.json().error.message, /Særlig Tilrettelagt Virksomhedsforløb \(STV\), startet/);
    assert.ok(reopen.json().error.fields.endDate);
    assert.equal((await t().request(cookie, { method: 'GET', url: `/api/courses/${fsm.id}` })).json().endDate, day(-40), 'still ended');

    await allowParallel(true);
    try {
      const withoutReason = await patch(cookie, fsm.id, { version: ended.version, endDate: null, endReason: null });
      assert.equal(withoutReason.statusCode, 400, withoutReason.body);
      assert.ok(withoutReason.json().error.fields.parallelReason);
      const reopened = await patch(cookie, fsm.id, { version: ended.version, endDate: null, endReason: null, parallelReason: 'Afslutningen var en fejl' });
      assert.equal(reopened.statusCode, 200, reopened.body);
      assert.equal(reopened.json().endDate, null);
      assert.equal(reopened.json().enrolment.parallelReason, 'Afslutningen var en fejl');
    } finally {
      await allowParallel(false);
    }
  });

  // ---- 14: the reason for enrolling an ineligible citizen ----

  test('enrolling an ineligible citizen needs a reason category and text, kept on the course, in the timeline, the audit log and the monitoring view', async () => {
    const cookie = await t().login('jobformidler');
    const c = await citizen(null);
    const missing = await enrol(cookie, c.id, { modelId: 'stv', enrolmentDate: day(-3) });
    assert.equal(missing.statusCode, 400, missing.body);
    assert.ok(missing.json().error.fields.ineligibleReasonCode);
    assert.ok(missing.json().error.fields.ineligibleReasonText);
    const badCode = await enrol(cookie, c.id, { modelId: 'stv', enrolmentDate: day(-3), ineligibleReasonCode: 'because', ineligibleReasonText: 'Ja' });
    assert.equal(badCode.statusCode, 400);
    assert.ok(badCode.json().error.fields.ineligibleReasonCode);
    const noText = await enrol(cookie, c.id, { modelId: 'stv', enrolmentDate: day(-3), ineligibleReasonCode: 'register_data_outdated', ineligibleReasonText: ' ' });
    assert.equal(noText.statusCode, 400);
    assert.ok(noText.json().error.fields.ineligibleReasonText);
    assert.equal(await courseCount(c.id), 0);

    const text = 'Kontanthjælpen er bevilget i går og endnu ikke registreret';
    const response = await enrol(cookie, c.id, { modelId: 'stv', enrolmentDate: day(-3), ineligibleReasonCode: 'register_data_outdated', ineligibleReasonText: text });
    assert.equal(response.statusCode, 201, response.body);
    const course = response.json();
    assert.equal(course.enrolment.eligibility, 'not_eligible');
    assert.deepEqual(course.enrolment.ineligibleReason, { code: 'register_data_outdated', label: 'Registeroplysningerne er ikke opdaterede', text });

    const timeline = (await t().request(cookie, { method: 'GET', url: `/api/citizens/${c.id}/timeline` })).json();
    const started = timeline.events.find((e: { kind: string; title: string }) => e.kind === 'course' && e.title.startsWith('Forløb startet'));
    assert.match(started.detail, /Indskrevet uden for målgruppen: Registeroplysningerne er ikke opdaterede – Kontanthjælpen er bevilget/);

    const audit = await db().selectFrom('audit_event').select('detail').where('citizen_pseudonym', '=', c.pseudonym).where('action', '=', 'course.create').executeTakeFirstOrThrow();
    const detail = typeof audit.detail === 'string' ? JSON.parse(audit.detail) : audit.detail;
    assert.equal(detail.ineligibleReason, 'register_data_outdated');

    const view = await db().selectFrom('monitoring_enrolment').selectAll().where('course_id', '=', course.id).executeTakeFirstOrThrow();
    assert.equal(view.eligibility_at_enrolment, 'not_eligible');
    assert.equal(view.ineligible_reason_code, 'register_data_outdated');
    assert.equal(view.citizen_pseudonym, c.pseudonym);
    assert.equal('ineligible_reason_text' in view, false, 'the free text stays in the case record');
  });

  test('an eligible citizen is enrolled without a reason, and a reason sent for them is refused', async () => {
    const cookie = await t().login('jobformidler');
    const c = await citizen();
    const withReason = await enrol(cookie, c.id, { modelId: 'stv', enrolmentDate: day(-3), ineligibleReasonCode: 'other', ineligibleReasonText: 'Tja' });
    assert.equal(withReason.statusCode, 400, withReason.body);
    assert.ok(withReason.json().error.fields.ineligibleReasonCode);
    const response = await enrol(cookie, c.id, { modelId: 'stv', enrolmentDate: day(-3) });
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.json().enrolment.eligibility, 'eligible');
    assert.equal(response.json().enrolment.ineligibleReason, null);
  });

  // ---- 6: BRF citizens already in a ressourceforløb ----

  test('a citizen already in a ressourceforløb joins BRF in the programme phase without preparation dates; the rules timed from them do not apply', async () => {
    const cookie = await t().login('jobformidler');
    const c = await citizen();
    const response = await enrol(cookie, c.id, { modelId: 'bedre-ressourceforloeb', enrolmentDate: day(-120), alreadyInProgramme: true });
    assert.equal(response.statusCode, 201, response.body);
    const course = response.json();
    assert.equal(course.currentPhase, 'ressourceforloeb');
    assert.deepEqual(course.phases.map((p: { fromPhase: string | null; phase: string }) => [p.fromPhase, p.phase]), [[null, 'ressourceforloeb']]);
    assert.equal(course.enrolment.alreadyInProgramme, true);
    assert.equal(course.rehabTrack, null, 'no rehabilitation dates are asked for');
    const status = (id: string) => course.rules.find((r: { ruleId: string }) => r.ruleId === id)?.status;
    for (const id of ['2c.preparation', '2c.recommendation', '2c.first-meeting', '2b.plan']) assert.equal(status(id), 'not_applicable', id);
    // The CV rule is timed from the preparation or the team meeting: neither lies in this course.
    assert.notEqual(status('2b.cv'), 'overdue');
    assert.notEqual(status('2b.cv'), 'due');
    assert.deepEqual(course.nextPhases, [], 'the programme phase is the last one');

    const timeline = (await t().request(cookie, { method: 'GET', url: `/api/citizens/${c.id}/timeline` })).json();
    assert.ok(timeline.events.some((e: { detail: string | null }) => e.detail?.includes('Allerede i ressourceforløb')));
  });

  test('only a model with a ressourceforløb path accepts alreadyInProgramme', async () => {
    const cookie = await t().login('jobformidler');
    const c = await citizen();
    const response = await enrol(cookie, c.id, { modelId: 'stv', enrolmentDate: day(-3), alreadyInProgramme: true });
    assert.equal(response.statusCode, 400, response.body);
    assert.ok(response.json().error.fields.alreadyInProgramme);
  });
});
