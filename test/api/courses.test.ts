import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPseudonym } from '../../src/domain/identity/pseudonym.ts';
import { addMonths, fromDay, toDay } from '../../src/domain/rules/days.ts';
import { isoDay } from '../../src/store/facts.ts';
import { forEachDatabase } from '../helpers/suite.ts';

/** Days relative to the server's today (Danish time), so the tests do not age. */
const today = isoDay(new Date());
const day = (offset: number) => fromDay(toDay(today) + offset);

forEachDatabase('courses', (t) => {
  const db = () => t().db.handle.db;
  let cprSerial = 1000;

  /** A citizen in Team A on activity-ready cash benefit since `since` (or no benefit), responsible: jobformidler. */
  async function addCitizen(first: string, options: { since?: string | null; birth?: string; unitId?: string } = {}) {
    const birth = options.birth ?? '1980-05-05';
    const [y, m, d] = birth.split('-') as [string, string, string];
    const serial = String(cprSerial++);
    const cpr = `${d}${m}${y.slice(2)}${y < '2000' ? '1' : '4'}${serial.slice(1)}`;
    const pseudonym = newPseudonym();
    const row = await db()
      .insertInto('citizen')
      .values({
        pseudonym,
        first_name: first,
        last_name: 'Kursist',
        birth_date: birth,
        sex: 'female',
        unit_id: options.unitId ?? t().fixture.teamA,
        responsible_staff_id: t().fixture.staff.jobformidler!.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db().insertInto('citizen_cpr').values({ citizen_id: row.id, cpr }).execute();
    const since = options.since === undefined ? '2019-03-01' : options.since;
    if (since) {
      await db()
        .insertInto('benefit_spell')
        .values({ citizen_id: row.id, benefit_type: 'kontanthjaelp', readiness: 'aktivitetsparat', from_date: since })
        .execute();
    }
    return { id: row.id, pseudonym };
  }

  const enrol = (cookie: string, citizenId: string, payload: Record<string, unknown>) =>
    t().request(cookie, { method: 'POST', url: `/api/citizens/${citizenId}/courses`, payload });
  const get = (cookie: string, courseId: string) => t().request(cookie, { method: 'GET', url: `/api/courses/${courseId}` });
  const post = (cookie: string, url: string, payload: Record<string, unknown>) => t().request(cookie, { method: 'POST', url, payload });
  /** PUTs replace a whole record and carry the course version; the current one unless the test gives one. */
  const put = async (cookie: string, url: string, payload: Record<string, unknown>) => {
    const current = await t().request(cookie, { method: 'GET', url: url.replace(/\/(rehab-track|support-course)$/, '') });
    const version = payload.version ?? (current.statusCode === 200 ? current.json().version : 1);
    return t().request(cookie, { method: 'PUT', url, payload: { version, ...payload } });
  };
  const patch = (cookie: string, url: string, payload: Record<string, unknown>) => t().request(cookie, { method: 'PATCH', url, payload });

  async function newCourse(modelId: string, extra: Record<string, unknown> = {}, citizenName = modelId) {
    const cookie = await t().login('jobformidler');
    const citizen = await addCitizen(citizenName);
    const response = await enrol(cookie, citizen.id, { modelId, enrolmentDate: day(-60), ...extra });
    assert.equal(response.statusCode, 201, response.body);
    return { cookie, citizen, course: response.json() };
  }

  async function auditRows(pseudonym: string, action: string) {
    return db().selectFrom('audit_event').selectAll().where('citizen_pseudonym', '=', pseudonym).where('action', '=', action).execute();
  }

  test('a job broker enrols a citizen in each of the five models; the first phase, the lead staff role and unit history are recorded', async () => {
    const cookie = await t().login('jobformidler');
    const admin = await t().login('admin');
    // Five courses at once only where the municipality allows parallel courses, each after the first with a reason.
    assert.equal((await t().request(admin, { method: 'PUT', url: '/api/municipality/settings', payload: { allowParallelCourses: true } })).statusCode, 200);
    const outreach = await post(admin, '/api/units', { parentId: t().fixture.jobcentreId, kind: 'outreach_office', name: 'Solbakken', housingArea: 'Solbakken' });
    assert.equal(outreach.statusCode, 201, outreach.body);
    // Anna has no address registered, so the area stated on the TRIN course counts when it is a defined area.
    const area = await post(admin, '/api/housing-areas', { name: 'Solbakken', postcodes: [], addresses: [{ street: 'Solbakken', postcode: '4300', from: 1, to: 48 }] });
    assert.equal(area.statusCode, 201, area.body);
    const anna = t().fixture.citizensA[0]!;
    const parallel = { parallelReason: 'Afprøvning af alle modeller' };
    const expected: [string, string, string, string, Record<string, unknown>][] = [
      ['flere-skal-med', 'visitation', 'eligible', 'job_broker', {}],
      ['stv', 'jobmaal-og-match', 'eligible', 'caseworker', parallel],
      ['social-stoette', 'opstart', 'eligible', 'caseworker', parallel],
      ['bedre-ressourceforloeb', 'forberedelse', 'eligible', 'caseworker', parallel],
      ['trin-model', 'TRIN1', 'eligible', 'caseworker', { housingArea: ' solbakken ', servedFromOutreach: true, ...parallel }],
    ];
    for (const [modelId, phase, eligibility, role, extra] of expected) {
      const response = await enrol(cookie, anna.id, { modelId, enrolmentDate: day(-30), ...extra });
      assert.equal(response.statusCode, 201, `${modelId}: ${response.body}`);
      const course = response.json();
      assert.equal(course.modelId, modelId);
      assert.equal(course.currentPhase, phase);
      assert.ok(course.currentPhaseName.length > 0);
      assert.equal(course.unitId, t().fixture.teamA);
      assert.equal(course.unitName, 'Team A');
      assert.equal(course.version, 1);
      assert.equal(course.eligibility.status, eligibility, `${modelId}: ${JSON.stringify(course.eligibility.rules)}`);
      assert.equal(course.eligibility.asOf, day(-30));
      assert.deepEqual(course.phases.map((p: { phase: string; fromPhase: string | null }) => [p.fromPhase, p.phase]), [[null, phase]]);
      assert.deepEqual(course.jobBroker, role === 'job_broker' ? { id: t().fixture.staff.jobformidler!.id, name: 'Test jobformidler' } : null);
      assert.equal(course.staff.length, 1);
      assert.equal(course.staff[0].staffId, t().fixture.staff.jobformidler!.id);
      assert.equal(course.staff[0].role, role, modelId);
      assert.equal(course.staff[0].fromDate, day(-30));
      assert.equal(course.enrolment.parallelReason, modelId === 'flere-skal-med' ? null : parallel.parallelReason);
      assert.ok(course.rules.length > 0, `${modelId} has rule results`);
      for (const rule of course.rules) assert.ok(['satisfied', 'due', 'overdue', 'not_applicable'].includes(rule.status));
      const spells = await db().selectFrom('course_unit').selectAll().where('course_id', '=', course.id).execute();
      assert.deepEqual(spells.map((s) => [s.unit_id, s.from_date, s.to_date]), [[t().fixture.teamA, day(-30), null]]);
    }
    const trin = (await t().request(cookie, { method: 'GET', url: `/api/citizens/${anna.id}/courses` })).json().courses.find((c: { modelId: string }) => c.modelId === 'trin-model');
    const trinCourse = (await get(cookie, trin.id)).json();
    assert.equal(trinCourse.housingArea, 'solbakken');
    assert.equal(trinCourse.servedFromOutreach, true);
    const list = await t().request(cookie, { method: 'GET', url: `/api/citizens/${anna.id}/courses` });
    assert.equal(list.statusCode, 200);
    assert.equal(list.json().courses.length, 5);
    assert.equal(list.json().courses[0].modelShortName.length > 0, true);
    assert.equal((await auditRows(anna.pseudonym, 'course.create')).length, 5);
    assert.equal((await auditRows(anna.pseudonym, 'course.list')).length, 2);
    assert.equal((await t().request(admin, { method: 'PUT', url: '/api/municipality/settings', payload: { allowParallelCourses: false } })).statusCode, 200);
  });

  test('a second active course in the same model is refused with 409; after ending it the citizen can be enrolled again', async () => {
    const { cookie, citizen, course } = await newCourse('stv');
    const again = await enrol(cookie, citizen.id, { modelId: 'stv', enrolmentDate: day(-10) });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'conflict');
    assert.ok(again.json().error.fields.modelId);
    const count = await db().selectFrom('course').select((eb) => eb.fn.countAll<number>().as('n')).where('citizen_id', '=', citizen.id).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
    const ended = await patch(cookie, `/api/courses/${course.id}`, { version: 1, endDate: day(-5), endReason: 'Ordinært job' });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.equal(ended.json().endDate, day(-5));
    assert.equal(ended.json().nextPhases.length, 0);
    assert.equal(ended.json().staff[0].toDate, day(-5), 'open assignments end with the course');
    const unit = await db().selectFrom('course_unit').select('to_date').where('course_id', '=', course.id).executeTakeFirstOrThrow();
    assert.equal(unit.to_date, day(-5));
    const reenrol = await enrol(cookie, citizen.id, { modelId: 'stv', enrolmentDate: day(-4) });
    assert.equal(reenrol.statusCode, 201, reenrol.body);
    const reopen = await patch(cookie, `/api/courses/${course.id}`, { version: 2, endDate: null, endReason: null });
    assert.equal(reopen.statusCode, 409, 'cannot reopen while another course in the model is active');
    const list = (await t().request(cookie, { method: 'GET', url: `/api/citizens/${citizen.id}/courses` })).json().courses;
    assert.deepEqual(list.map((c: { enrolmentDate: string }) => c.enrolmentDate), [day(-4), day(-60)], 'newest first, ended included');
  });

  test('enrolment input is checked field by field and nothing is stored', async () => {
    const cookie = await t().login('jobformidler');
    const citizen = await addCitizen('Inputtjek');
    const cases: [Record<string, unknown>, string][] = [
      [{ modelId: 'ukendt', enrolmentDate: day(0) }, 'modelId'],
      [{ modelId: 'stv', enrolmentDate: '2026-02-30' }, 'enrolmentDate'],
      [{ modelId: 'stv', enrolmentDate: day(0), unitId: t().fixture.teamB }, 'unitId'],
      [{ modelId: 'stv', enrolmentDate: day(0), unitId: t().fixture.municipalityId }, 'unitId'],
      [{ modelId: 'stv', enrolmentDate: day(0), jobBrokerId: t().fixture.staff['jobformidler.b']!.id }, 'jobBrokerId'],
      [{ modelId: 'stv', enrolmentDate: day(0), servedFromOutreach: 'ja' }, 'servedFromOutreach'],
    ];
    for (const [payload, field] of cases) {
      const response = await enrol(cookie, citizen.id, payload);
      assert.equal(response.statusCode, 400, `${field}: ${response.body}`);
      assert.ok(response.json().error.fields[field], `${field}: ${response.body}`);
    }
    const leder = await t().login('leder');
    const outside = await enrol(leder, citizen.id, { modelId: 'stv', enrolmentDate: day(0), unitId: t().fixture.municipalityId });
    assert.equal(outside.statusCode, 400, 'a course cannot belong to the municipality itself');
    const count = await db().selectFrom('course').select((eb) => eb.fn.countAll<number>().as('n')).where('citizen_id', '=', citizen.id).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 0);
  });

  test('eligibility lists every rule with its outcome and reason', async () => {
    const cookie = await t().login('jobformidler');
    const anna = t().fixture.citizensA[0]!;
    const fsm = await t().request(cookie, { method: 'GET', url: `/api/models/flere-skal-med/eligibility/${anna.id}` });
    assert.equal(fsm.statusCode, 200, fsm.body);
    assert.equal(fsm.json().status, 'eligible');
    assert.equal(fsm.json().version, '1.0.0');
    assert.deepEqual(fsm.json().rules.map((r: { ruleId: string; outcome: string }) => [r.ruleId, r.outcome]), [
      ['benefit', 'passed'],
      ['readiness', 'passed'],
      ['five-years', 'passed'],
    ]);
    assert.match(fsm.json().rules[2].reason, /uafbrudt siden 1\. marts 2019/);

    const recent = await addCitizen('Nyledig', { since: day(-200) });
    const short = (await t().request(cookie, { method: 'GET', url: `/api/models/flere-skal-med/eligibility/${recent.id}` })).json();
    assert.equal(short.status, 'not_eligible');
    const five = short.rules.find((r: { ruleId: string }) => r.ruleId === 'five-years');
    assert.equal(five.outcome, 'failed');
    assert.match(five.reason, /kravet om mere end 60 måneder er først opfyldt/);

    const none = await addCitizen('Uden ydelse', { since: null });
    const noBenefit = (await t().request(cookie, { method: 'GET', url: `/api/models/stv/eligibility/${none.id}` })).json();
    assert.equal(noBenefit.status, 'not_eligible');

    const young = await addCitizen('Ung', { birth: '2001-01-01' });
    const sst = (await t().request(cookie, { method: 'GET', url: `/api/models/social-stoette/eligibility/${young.id}?asOf=2026-01-01` })).json();
    assert.equal(sst.asOf, '2026-01-01');
    assert.equal(sst.rules.find((r: { ruleId: string }) => r.ruleId === 'age').outcome, 'failed');

    const trin = (await t().request(cookie, { method: 'GET', url: `/api/models/trin-model/eligibility/${anna.id}` })).json();
    const area = trin.rules.find((r: { ruleId: string }) => r.ruleId === 'area');
    assert.notEqual(area.outcome, 'passed', 'residence is not known without a housing area');
    assert.ok(area.reason.length > 0);

    const unknown = await t().request(cookie, { method: 'GET', url: `/api/models/ukendt/eligibility/${anna.id}` });
    assert.equal(unknown.statusCode, 404);
    assert.ok((await auditRows(anna.pseudonym, 'course.eligibility')).length >= 2);
  });

  test('Flere skal med visitation: group 1, group 3 needs the notification date or why none is relevant, group 2 opens the rehabilitation track', async () => {
    const { cookie, citizen, course } = await newCourse('flere-skal-med');
    const url = `/api/courses/${course.id}/visitation`;
    const one = await post(cookie, url, { version: 1, group: '1', date: day(-50), note: 'Klar til indsats' });
    assert.equal(one.statusCode, 200, one.body);
    const v1 = one.json();
    assert.equal(v1.group, '1');
    assert.equal(v1.groupName, 'Indsatsgruppen');
    assert.equal(v1.version, 2);
    assert.deepEqual(v1.visitation.decidedBy, { id: t().fixture.staff.jobformidler!.id, name: 'Test jobformidler' });
    assert.equal(v1.visitation.note, 'Klar til indsats');
    assert.equal(v1.rehabTrack, null);
    assert.deepEqual(v1.nextPhases.map((p: { phase: string; allowed: boolean }) => [p.phase, p.allowed]), [['afklaring', true]]);

    const noNotification = await post(cookie, url, { version: 2, group: '3', date: day(-40) });
    assert.equal(noNotification.statusCode, 400);
    assert.match(noNotification.json().error.fields.notificationDate, /underretningen/);
    assert.equal((await get(cookie, course.id)).json().group, '1', 'nothing stored');

    const badGroup = await post(cookie, url, { version: 2, group: '4', date: day(-40) });
    assert.equal(badGroup.statusCode, 400);
    assert.match(badGroup.json().error.fields.group, /'4' er ikke en gruppe/);

    const three = await post(cookie, url, { version: 2, group: '3', date: day(-40), notificationDate: day(-39), notificationNote: 'Sendt til socialforvaltningen' });
    assert.equal(three.statusCode, 200, three.body);
    assert.equal(three.json().visitation.notificationDate, day(-39));
    assert.equal(three.json().groupName, 'Kan ikke deltage');
    const refused = three.json().nextPhases[0];
    assert.equal(refused.allowed, false);
    assert.deepEqual(refused.refusals, [{ code: 'missing', conditions: [{ kind: 'group_is', groups: ['1'] }] }]);

    const notRelevant = await post(cookie, url, { version: 3, group: '3', date: day(-35), notificationRelevant: false });
    assert.equal(notRelevant.statusCode, 400);
    assert.match(notRelevant.json().error.fields.notificationNote, /hvorfor en underretning ikke er relevant/);
    const known = await post(cookie, url, { version: 3, group: '3', date: day(-35), notificationRelevant: false, notificationNote: 'Socialforvaltningen kender borgeren' });
    assert.equal(known.statusCode, 200, known.body);
    assert.deepEqual([known.json().visitation.notificationDate, known.json().visitation.notificationNote], [null, 'Socialforvaltningen kender borgeren']);

    const two = await post(cookie, url, { version: 4, group: '2', date: day(-30) });
    assert.equal(two.statusCode, 200, two.body);
    assert.equal(two.json().visitation.notificationDate, null, 'a new decision replaces the old one');
    assert.ok(two.json().rehabTrack, 'group 2 opens the rehabilitation track');
    assert.deepEqual(two.json().rehabTrack.teamAttendees, []);
    assert.equal(two.json().rehabTrack.preparationWeeks, null);
    const rehab = await db().selectFrom('rehab_track').selectAll().where('course_id', '=', course.id).execute();
    assert.equal(rehab.length, 1);
    assert.equal((await auditRows(citizen.pseudonym, 'course.visitation')).length, 4);
  });

  test('a model without visitation groups refuses a visitation; a random draw needs an exclusion reason', async () => {
    const trin = await newCourse('trin-model');
    const none = await post(trin.cookie, `/api/courses/${trin.course.id}/visitation`, { version: 1, group: '1', date: day(-10) });
    assert.equal(none.statusCode, 400);
    assert.match(none.json().error.fields.group, /har ingen visitation/);

    const sst = await newCourse('social-stoette');
    const url = `/api/courses/${sst.course.id}/visitation`;
    const missing = await post(sst.cookie, url, { version: 1, group: 'frasorteret', date: day(-10) });
    assert.equal(missing.statusCode, 400);
    assert.ok(missing.json().error.fields.exclusionReason);
    const excluded = await post(sst.cookie, url, { version: 1, group: 'frasorteret', date: day(-10), exclusionReason: 'health' });
    assert.equal(excluded.statusCode, 200, excluded.body);
    assert.deepEqual(excluded.json().visitation.exclusionReason, { id: 'health', label: 'Kan ikke deltage af helbredsmæssige grunde' });
  });

  test('phase transitions go through the model: FSM visitation -> afklaring after group 1, TRIN 1 -> 2 with a job wish, others refused with reasons', async () => {
    const fsm = await newCourse('flere-skal-med');
    const early = await post(fsm.cookie, `/api/courses/${fsm.course.id}/phase`, { version: 1, toPhase: 'afklaring', date: day(-20) });
    assert.equal(early.statusCode, 409, 'not visited to group 1 yet');
    assert.equal(early.json().error.code, 'conflict');
    assert.equal(early.json().error.fields.toPhase, 'Mangler: visitation til gruppe 1.');
    assert.equal(early.json().error.message, early.json().error.fields.toPhase);
    await post(fsm.cookie, `/api/courses/${fsm.course.id}/visitation`, { version: 1, group: '1', date: day(-50) });
    const moved = await post(fsm.cookie, `/api/courses/${fsm.course.id}/phase`, { version: 2, toPhase: 'afklaring', date: day(-20), reason: 'Visiteret' });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().currentPhase, 'afklaring');
    assert.equal(moved.json().currentPhaseName, 'Plan, CV og jobmål');
    assert.deepEqual(moved.json().phases.at(-1), {
      phase: 'afklaring',
      phaseName: 'Plan, CV og jobmål',
      fromPhase: 'visitation',
      date: day(-20),
      by: { id: t().fixture.staff.jobformidler!.id, name: 'Test jobformidler' },
      reason: 'Visiteret',
    });
    const backwards = await post(fsm.cookie, `/api/courses/${fsm.course.id}/phase`, { version: 3, toPhase: 'jobmatch', date: day(-21) });
    assert.equal(backwards.statusCode, 400);
    assert.match(backwards.json().error.fields.date, /seneste faseskift/);
    const future = await post(fsm.cookie, `/api/courses/${fsm.course.id}/phase`, { version: 3, toPhase: 'jobmatch', date: day(1) });
    assert.equal(future.statusCode, 400);
    // "Plan, CV og jobmål" is left only with all three (000 §4.1); a concrete job goal alone is not enough.
    await db()
      .insertInto('job_goal')
      .values({ course_id: fsm.course.id, tier: 'A', occupation_text: 'Lagermedarbejder', concrete: true, own_wish: true, set_on: day(-15) })
      .execute();
    const goalOnly = await post(fsm.cookie, `/api/courses/${fsm.course.id}/phase`, { version: 3, toPhase: 'jobmatch', date: day(-10) });
    assert.equal(goalOnly.statusCode, 409, goalOnly.body);
    assert.equal(goalOnly.json().error.message, 'Mangler: plan og CV.');
    const goalOnlyDetail = (await get(fsm.cookie, fsm.course.id)).json();
    assert.deepEqual(goalOnlyDetail.nextPhases, [
      { phase: 'jobmatch', phaseName: 'Jobmatch og arbejdsaftale', allowed: false, refusals: [{ code: 'missing', conditions: [{ kind: 'plan_exists' }, { kind: 'cv_exists' }] }] },
    ]);

    const trin = await newCourse('trin-model');
    const url = `/api/courses/${trin.course.id}/phase`;
    const noWish = await post(trin.cookie, url, { version: 1, toPhase: 'TRIN2', date: day(-1) });
    assert.equal(noWish.statusCode, 409);
    assert.equal(noWish.json().error.message, 'Mangler: jobmål eller jobønske.');
    const skip = await post(trin.cookie, url, { version: 1, toPhase: 'TRIN3', date: day(-1) });
    assert.equal(skip.statusCode, 409);
    assert.match(skip.json().error.fields.toPhase, /tillader ikke overgang fra «TRIN 1: Afklaring» til «TRIN 3: Virksomhedsforløb/);
    const unknown = await post(trin.cookie, url, { version: 1, toPhase: 'TRIN9', date: day(-1) });
    assert.equal(unknown.statusCode, 400);
    assert.ok(unknown.json().error.fields.toPhase);
    await db()
      .insertInto('job_goal')
      .values({ course_id: trin.course.id, tier: 'A', occupation_text: 'Lagermedarbejder', concrete: false, own_wish: true, set_on: day(-5) })
      .execute();
    const detail = (await get(trin.cookie, trin.course.id)).json();
    assert.deepEqual(detail.nextPhases.map((p: { phase: string; allowed: boolean }) => [p.phase, p.allowed]), [['TRIN2', true]]);
    const ok = await post(trin.cookie, url, { version: 1, toPhase: 'TRIN2', date: day(-1) });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().currentPhase, 'TRIN2');
    assert.equal(ok.json().version, 2);
    const rows = await db().selectFrom('phase_change').select(['from_phase', 'to_phase']).where('course_id', '=', trin.course.id).orderBy('created_at').execute();
    assert.deepEqual(rows.map((r) => [r.from_phase, r.to_phase]), [[null, 'TRIN1'], ['TRIN1', 'TRIN2']]);
    assert.equal((await auditRows(trin.citizen.pseudonym, 'course.phase')).length, 1);
  });

  test('assigning a role ends the previous holder the day before; the same holder or an overlap is refused', async () => {
    const { cookie, citizen, course } = await newCourse('flere-skal-med');
    const url = `/api/courses/${course.id}/staff`;
    const vk = t().fixture.staff.virksomhedskonsulent!.id;
    const mentor = t().fixture.staff.mentor!.id;
    const handover = await post(cookie, url, { staffId: vk, role: 'job_broker', fromDate: day(-20) });
    assert.equal(handover.statusCode, 200, handover.body);
    const brokers = handover.json().staff.filter((s: { role: string }) => s.role === 'job_broker');
    assert.deepEqual(brokers.map((s: { staffId: string; fromDate: string; toDate: string | null }) => [s.staffId, s.fromDate, s.toDate]), [
      [t().fixture.staff.jobformidler!.id, day(-60), day(-21)],
      [vk, day(-20), null],
    ]);
    assert.deepEqual(handover.json().jobBroker, { id: vk, name: 'Test virksomhedskonsulent' });

    const withMentor = await post(cookie, url, { staffId: mentor, role: 'mentor', fromDate: day(-10) });
    assert.equal(withMentor.statusCode, 200);
    assert.equal(withMentor.json().staff.length, 3, 'another role does not end the job broker');

    const same = await post(cookie, url, { staffId: vk, role: 'job_broker', fromDate: day(-5) });
    assert.equal(same.statusCode, 400);
    assert.ok(same.json().error.fields.staffId);
    const overlap = await post(cookie, url, { staffId: t().fixture.staff.jobformidler!.id, role: 'job_broker', fromDate: day(-20) });
    assert.equal(overlap.statusCode, 400);
    assert.ok(overlap.json().error.fields.fromDate);
    const beforeStart = await post(cookie, url, { staffId: t().fixture.staff.jobformidler!.id, role: 'caseworker', fromDate: day(-61) });
    assert.equal(beforeStart.statusCode, 400);
    assert.ok(beforeStart.json().error.fields.fromDate);
    const otherTeam = await post(cookie, url, { staffId: t().fixture.staff['jobformidler.b']!.id, role: 'caseworker', fromDate: day(-5) });
    assert.equal(otherTeam.statusCode, 400);
    assert.ok(otherTeam.json().error.fields.staffId);
    const badRole = await post(cookie, url, { staffId: mentor, role: 'boss', fromDate: day(-5) });
    assert.equal(badRole.statusCode, 400);
    assert.match(badRole.json().error.fields.role, /Ukendt rolle/);

    const mentorRow = withMentor.json().staff.find((s: { role: string }) => s.role === 'mentor');
    const tooEarly = await patch(cookie, `/api/courses/${course.id}/staff/${mentorRow.id}`, { toDate: day(-11) });
    assert.equal(tooEarly.statusCode, 400);
    assert.ok(tooEarly.json().error.fields.toDate);
    const ended = await patch(cookie, `/api/courses/${course.id}/staff/${mentorRow.id}`, { toDate: day(-2) });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.equal(ended.json().staff.find((s: { id: string }) => s.id === mentorRow.id).toDate, day(-2));
    const firstBroker = brokers[0];
    const reopenOld = await patch(cookie, `/api/courses/${course.id}/staff/${firstBroker.id}`, { toDate: null });
    assert.equal(reopenOld.statusCode, 400, 'a later holder exists');
    const missing = await patch(cookie, `/api/courses/${course.id}/staff/00000000-0000-4000-8000-000000000000`, { toDate: day(-2) });
    assert.equal(missing.statusCode, 404);
    assert.equal((await auditRows(citizen.pseudonym, 'course.staff.assign')).length, 2);
    assert.equal((await auditRows(citizen.pseudonym, 'course.staff.end')).length, 1);
  });

  test('the rehabilitation track validates its date order and computes weeks and days', async () => {
    const { cookie, course } = await newCourse('bedre-ressourceforloeb');
    const url = `/api/courses/${course.id}/rehab-track`;
    const bad = await put(cookie, url, {
      preparationStart: day(-40),
      teamMeetingDate: day(-41),
      recommendationHandedOver: day(-42),
      firstCaseworkerMeeting: day(-43),
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(Object.keys(bad.json().error.fields).sort(), ['firstCaseworkerMeeting', 'recommendationHandedOver', 'teamMeetingDate']);
    assert.match(bad.json().error.fields.teamMeetingDate, /før forberedelsen startede/);
    assert.equal((await get(cookie, course.id)).json().rehabTrack, null, 'nothing stored');
    const invalidDate = await put(cookie, url, { preparationStart: '2026-13-01' });
    assert.equal(invalidDate.statusCode, 400);
    assert.ok(invalidDate.json().error.fields.preparationStart);

    const good = await put(cookie, url, {
      preparationStart: day(-50),
      teamMeetingDate: day(-20),
      teamAttendees: ['Sagsbehandler', 'Virksomhedskonsulent', 'Sundhedskoordinator', 'Sagsbehandler'],
      companyConsultantPresent: true,
      recommendationGoal: 'Ressourceforløb',
      recommendationHandedOver: day(-19),
      firstCaseworkerMeeting: day(-10),
    });
    assert.equal(good.statusCode, 200, good.body);
    assert.deepEqual(good.json().rehabTrack, {
      preparationStart: day(-50),
      teamMeetingDate: day(-20),
      teamAttendees: ['Sagsbehandler', 'Virksomhedskonsulent', 'Sundhedskoordinator'],
      companyConsultantPresent: true,
      recommendationGoal: 'Ressourceforløb',
      recommendationHandedOver: day(-19),
      firstCaseworkerMeeting: day(-10),
      preparationWeeks: 4.3,
      daysToHandOver: 1,
      daysToFirstMeeting: 10,
    });
    const rules = good.json().rules.filter((r: { ruleId: string }) => r.ruleId.startsWith('2c.'));
    assert.ok(rules.every((r: { status: string }) => r.status === 'satisfied'), JSON.stringify(rules));
    const phase = await post(cookie, `/api/courses/${course.id}/phase`, { version: good.json().version, toPhase: 'rehabiliteringsteam', date: day(-20) });
    assert.equal(phase.statusCode, 200, phase.body);
    const stalePut = await put(cookie, url, { version: good.json().version, preparationStart: day(-50) });
    assert.equal(stalePut.statusCode, 409, 'a whole-track save from an older form is refused');
    assert.equal(stalePut.json().error.code, 'stale');
    const implausible = await put(cookie, url, { preparationStart: '1990-01-01', teamMeetingDate: day(400) });
    assert.equal(implausible.statusCode, 400);
    assert.ok(implausible.json().error.fields.preparationStart);
    assert.ok(implausible.json().error.fields.teamMeetingDate);
    assert.equal((await get(cookie, course.id)).json().rehabTrack.preparationStart, day(-50), 'nothing overwritten');

    const stv = await newCourse('stv');
    const refused = await put(stv.cookie, `/api/courses/${stv.course.id}/rehab-track`, { preparationStart: day(-5) });
    assert.equal(refused.statusCode, 409);
  });

  test('the CTI support course computes phases and measurement schedules for 6 and 9 months', async () => {
    const { cookie, citizen, course } = await newCourse('social-stoette');
    const url = `/api/courses/${course.id}/support-course`;
    const start = day(-30);
    const six = await put(cookie, url, { legalBasis: 'SEL § 85', plannedMonths: 6, startDate: start, contactBuildingEnd: day(-20) });
    assert.equal(six.statusCode, 200, six.body);
    const s6 = six.json().supportCourse;
    assert.equal(s6.legalBasis, 'SEL § 85');
    assert.equal(s6.plannedMonths, 6);
    assert.equal(s6.currentPhase, 1);
    assert.equal(s6.phases.length, 3);
    assert.equal(s6.phases[0].from, start);
    assert.deepEqual(s6.measurementSchedule.map((m: { month: number }) => m.month), [0, 1, 2, 4, 6]);
    assert.equal(s6.measurementSchedule[0].dueDate, day(-60), 'the baseline is taken at the course start (002 §7.1.3)');
    assert.equal(s6.measurementSchedule[1].dueDate, fromDay(addMonths(toDay(start), 1)), 'the later points count from the CTI start');
    assert.equal(fromDay(toDay(s6.phases[2].to) + 1), s6.measurementSchedule.at(-1).dueDate, 'the last measurement falls at the planned end');

    const nine = await put(cookie, url, { legalBasis: 'LAB § 31 b', plannedMonths: 9, startDate: '2025-01-31' });
    assert.equal(nine.statusCode, 400, 'starts before the course');
    assert.ok(nine.json().error.fields.startDate);
    const nineOk = await put(cookie, url, { legalBasis: 'LAB § 31 b', plannedMonths: 9, startDate: start, closingMeetingDate: day(-1), closingMeetingNetwork: 'Mor og bostøtte' });
    assert.equal(nineOk.statusCode, 200, nineOk.body);
    const s9 = nineOk.json().supportCourse;
    assert.equal(s9.plannedMonths, 9);
    assert.equal(s9.contactBuildingEnd, null, 'the whole course is replaced');
    assert.equal(s9.closingMeetingNetwork, 'Mor og bostøtte');
    assert.deepEqual(s9.measurementSchedule.map((m: { point: number; month: number }) => [m.point, m.month]), [
      [0, 0],
      [1, 1],
      [2, 3],
      [3, 6],
      [4, 9],
    ]);
    const rows = await db().selectFrom('support_course').selectAll().where('course_id', '=', course.id).execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.planned_months, 9);

    const badLength = await put(cookie, url, { legalBasis: 'SEL § 85', plannedMonths: 7, startDate: start });
    assert.equal(badLength.statusCode, 400);
    assert.match(badLength.json().error.fields.plannedMonths, /6 eller 9/);
    const badBasis = await put(cookie, url, { legalBasis: 'SEL § 99', plannedMonths: 6, startDate: start });
    assert.equal(badBasis.statusCode, 400);
    assert.ok(badBasis.json().error.fields.legalBasis);
    const badOrder = await put(cookie, url, { legalBasis: 'SEL § 85', plannedMonths: 6, startDate: start, endDate: day(-31) });
    assert.equal(badOrder.statusCode, 400);
    assert.ok(badOrder.json().error.fields.endDate);
    assert.equal((await get(cookie, course.id)).json().supportCourse.plannedMonths, 9, 'nothing stored on error');

    const stv = await newCourse('stv');
    const refused = await put(stv.cookie, `/api/courses/${stv.course.id}/support-course`, { legalBasis: 'SEL § 85', plannedMonths: 6, startDate: day(-5) });
    assert.equal(refused.statusCode, 409);
    assert.equal((await auditRows(citizen.pseudonym, 'course.support_course')).length, 2);
  });

  test('a stale version is refused with 409 stale and changes nothing', async () => {
    const { cookie, course } = await newCourse('flere-skal-med');
    const first = await patch(cookie, `/api/courses/${course.id}`, { version: 1, housingArea: 'Solbakken', servedFromOutreach: false });
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json().version, 2);
    assert.equal(first.json().housingArea, 'Solbakken');
    assert.equal(first.json().servedFromOutreach, false);
    for (const [url, payload] of [
      [`/api/courses/${course.id}`, { version: 1, housingArea: 'Andet' }],
      [`/api/courses/${course.id}/visitation`, { version: 1, group: '1', date: day(-10) }],
      [`/api/courses/${course.id}/phase`, { version: 1, toPhase: 'afklaring', date: day(-10) }],
    ] as const) {
      const method = url.endsWith(course.id) ? 'PATCH' : 'POST';
      const response = await t().request(cookie, { method, url, payload });
      assert.equal(response.statusCode, 409, url);
      assert.equal(response.json().error.code, 'stale');
    }
    const after = (await get(cookie, course.id)).json();
    assert.equal(after.version, 2);
    assert.equal(after.housingArea, 'Solbakken');
    assert.equal(after.group, null);
  });

  test('moving a course closes the unit spell the day before; ending needs both date and reason', async () => {
    const { cookie, course } = await newCourse('stv');
    const leder = await t().login('leder');
    const moved = await patch(leder, `/api/courses/${course.id}`, { version: 1, unitId: t().fixture.teamB });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().unitName, 'Team B');
    const spells = await db().selectFrom('course_unit').selectAll().where('course_id', '=', course.id).orderBy('from_date').execute();
    assert.deepEqual(spells.map((s) => [s.unit_id, s.from_date, s.to_date]), [
      [t().fixture.teamA, day(-60), day(-1)],
      [t().fixture.teamB, day(0), null],
    ]);
    const outOfScope = await patch(cookie, `/api/courses/${course.id}`, { version: 2, unitId: t().fixture.teamB });
    assert.equal(outOfScope.statusCode, 200, 'same unit: no move');
    const noReason = await patch(cookie, `/api/courses/${course.id}`, { version: 3, endDate: day(0) });
    assert.equal(noReason.statusCode, 400);
    assert.ok(noReason.json().error.fields.endReason);
    const beforeStart = await patch(cookie, `/api/courses/${course.id}`, { version: 3, endDate: day(-61), endReason: 'Flyttet' });
    assert.equal(beforeStart.statusCode, 400);
    assert.ok(beforeStart.json().error.fields.endDate);
    const jobformidlerMove = await patch(cookie, `/api/courses/${course.id}`, { version: 3, unitId: t().fixture.jobcentreId });
    assert.equal(jobformidlerMove.statusCode, 400, 'the job centre is outside a job broker’s units');
    assert.ok(jobformidlerMove.json().error.fields.unitId);
  });

  test('roles: mentor and company consultant read (with a course role) but cannot enrol; analysts see nothing; other teams get 404', async () => {
    const { course, citizen } = await newCourse('flere-skal-med');
    for (const [username, role] of [['mentor', 'mentor'], ['virksomhedskonsulent', 'company_consultant']] as const) {
      const cookie = await t().login(username);
      const response = await enrol(cookie, citizen.id, { modelId: 'stv', enrolmentDate: day(0) });
      assert.equal(response.statusCode, 403, username);
      // Need to know: a course role on the citizen's course, not sharing the team, opens the course.
      assert.equal((await get(cookie, course.id)).statusCode, 404, `${username} without a course role`);
      await db().insertInto('course_staff').values({ course_id: course.id, staff_id: t().fixture.staff[username]!.id, role, from_date: day(-1) }).execute();
      assert.equal((await get(cookie, course.id)).statusCode, 200, `${username} reads`);
      const visitation = await post(cookie, `/api/courses/${course.id}/visitation`, { version: 1, group: '1', date: day(-1) });
      assert.equal(visitation.statusCode, 403);
    }
    const analyst = await t().login('analytiker');
    assert.equal((await get(analyst, course.id)).statusCode, 403);
    assert.equal((await enrol(analyst, citizen.id, { modelId: 'stv', enrolmentDate: day(0) })).statusCode, 403);
    assert.equal((await t().request(analyst, { method: 'GET', url: `/api/models/stv/eligibility/${citizen.id}` })).statusCode, 403);
    assert.equal((await t().request(analyst, { method: 'GET', url: '/api/group-activities' })).statusCode, 403);

    const teamB = await t().login('jobformidler.b');
    assert.equal((await get(teamB, course.id)).statusCode, 404);
    assert.equal((await t().request(teamB, { method: 'GET', url: `/api/citizens/${citizen.id}/courses` })).statusCode, 404);
    assert.equal((await enrol(teamB, citizen.id, { modelId: 'stv', enrolmentDate: day(0) })).statusCode, 404);
    assert.equal((await t().request(teamB, { method: 'GET', url: `/api/models/stv/eligibility/${citizen.id}` })).statusCode, 404);
    assert.equal((await patch(teamB, `/api/courses/${course.id}`, { version: 1, housingArea: 'X' })).statusCode, 404);
    assert.equal((await put(teamB, `/api/courses/${course.id}/rehab-track`, {})).statusCode, 404);

    const leder = await t().login('leder');
    assert.equal((await get(leder, course.id)).statusCode, 200, 'the manager sees the whole job centre');
    assert.equal((await t().request(undefined, { method: 'GET', url: `/api/courses/${course.id}` })).statusCode, 401);
    const reads = await auditRows(citizen.pseudonym, 'course.read');
    assert.equal(reads.length, 3);
    assert.ok(reads.every((r) => r.route === '/api/courses/:id'));
  });

  test('group activities: create, add and end participation, list with participants the caller may see', async () => {
    const { cookie, citizen, course } = await newCourse('trin-model');
    const created = await post(cookie, '/api/group-activities', {
      unitId: t().fixture.teamA,
      name: 'Jobcafé',
      description: 'Ugentlig jobcafé',
      startDate: day(-30),
    });
    assert.equal(created.statusCode, 201, created.body);
    const activity = created.json();
    assert.equal(activity.unitName, 'Team A');
    assert.deepEqual(activity.participants, []);

    const early = await post(cookie, `/api/group-activities/${activity.id}/participants`, { courseId: course.id, joinedOn: day(-31) });
    assert.equal(early.statusCode, 400);
    assert.ok(early.json().error.fields.joinedOn);
    const joined = await post(cookie, `/api/group-activities/${activity.id}/participants`, { courseId: course.id, joinedOn: day(-20) });
    assert.equal(joined.statusCode, 200, joined.body);
    assert.deepEqual(joined.json().participants, [{ courseId: course.id, citizenId: citizen.id, citizenName: 'trin-model Kursist', joinedOn: day(-20), leftOn: null }]);
    const twice = await post(cookie, `/api/group-activities/${activity.id}/participants`, { courseId: course.id, joinedOn: day(-19) });
    assert.equal(twice.statusCode, 409);

    const badLeft = await patch(cookie, `/api/group-activities/${activity.id}/participants/${course.id}`, { leftOn: day(-21) });
    assert.equal(badLeft.statusCode, 400);
    const left = await patch(cookie, `/api/group-activities/${activity.id}/participants/${course.id}`, { leftOn: day(-2) });
    assert.equal(left.statusCode, 200);
    assert.equal(left.json().participants[0].leftOn, day(-2));

    const badPeriod = await post(cookie, '/api/group-activities', { unitId: t().fixture.teamA, name: 'X', startDate: day(0), endDate: day(-1) });
    assert.equal(badPeriod.statusCode, 400);
    assert.ok(badPeriod.json().error.fields.endDate);
    const otherUnit = await post(cookie, '/api/group-activities', { unitId: t().fixture.teamB, name: 'X', startDate: day(0) });
    assert.equal(otherUnit.statusCode, 400);
    assert.ok(otherUnit.json().error.fields.unitId);

    const list = await t().request(cookie, { method: 'GET', url: `/api/group-activities?unitId=${t().fixture.teamA}` });
    assert.equal(list.statusCode, 200);
    const listed = list.json().activities.find((a: { id: string }) => a.id === activity.id);
    assert.equal(listed.participants.length, 1);
    const teamB = await t().login('jobformidler.b');
    const listB = (await t().request(teamB, { method: 'GET', url: '/api/group-activities' })).json();
    assert.equal(listB.activities.some((a: { id: string }) => a.id === activity.id), false);
    assert.equal((await t().request(teamB, { method: 'GET', url: `/api/group-activities?unitId=${t().fixture.teamA}` })).statusCode, 404);
    assert.equal((await post(teamB, `/api/group-activities/${activity.id}/participants`, { courseId: course.id, joinedOn: day(-1) })).statusCode, 404);
    assert.equal((await auditRows(citizen.pseudonym, 'group_activity.participant.add')).length, 1);
    assert.equal((await auditRows(citizen.pseudonym, 'group_activity.list')).length, 1);
  });

  test('the course detail shows rule results from the engine for today, with municipal overrides applied', async () => {
    const { cookie, course } = await newCourse('flere-skal-med');
    await post(cookie, `/api/courses/${course.id}/visitation`, { version: 1, group: '1', date: day(-50) });
    const before = (await get(cookie, course.id)).json();
    const plan = before.rules.find((r: { ruleId: string }) => r.ruleId === 'ke1.plan');
    assert.equal(plan.title, 'Plan for forløbet');
    assert.equal(plan.status, 'overdue', 'no plan 60 days after enrolment with the 30-day default');
    assert.equal(plan.dueDate, day(-30));
    const leder = await t().login('leder');
    const override = await put(leder, '/api/models/flere-skal-med/rules/ke1.plan/parameters/days', { value: 90, reason: 'Lokal praksis' });
    assert.equal(override.statusCode, 200, override.body);
    const after = (await get(cookie, course.id)).json().rules.find((r: { ruleId: string }) => r.ruleId === 'ke1.plan');
    assert.equal(after.status, 'due');
    assert.equal(after.dueDate, day(30));
  });
});
