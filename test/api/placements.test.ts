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
const thisMonday = mondayOf(today);
const monday = (weeksBack: number) => fromDay(toDay(thisMonday) - 7 * weeksBack);

forEachDatabase('placements, hours, follow-ups and aftercare', (t) => {
  const db = () => t().db.handle.db;
  const post = (cookie: string, url: string, payload: Record<string, unknown>) => t().request(cookie, { method: 'POST', url, payload });
  const put = (cookie: string, url: string, payload: Record<string, unknown>) => t().request(cookie, { method: 'PUT', url, payload });
  const get = (cookie: string, url: string) => t().request(cookie, { method: 'GET', url });

  let cvr = 10000000;
  async function company(name: string, municipalityId = t().fixture.municipalityId) {
    const row = await db()
      .insertInto('company')
      .values({ municipality_id: municipalityId, cvr: String(cvr++), name, owner_staff_id: t().fixture.staff.virksomhedskonsulent!.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function agreement(courseId: string, companyId: string, flags: { clause: boolean; intent: boolean }, firstFollowUp = day(10)) {
    const wa = await db().insertInto('work_agreement').values({ course_id: courseId, company_id: companyId }).returning('id').executeTakeFirstOrThrow();
    await db()
      .insertInto('work_agreement_version')
      .values({
        agreement_id: wa.id,
        version_no: 1,
        made_on: day(-40),
        ordinary_hours_clause: flags.clause,
        declaration_of_intent: flags.intent,
        content: JSON.stringify({ tasks: 'Lager', followUpPlan: { cadenceDays: 28, firstDate: firstFollowUp } }),
      })
      .execute();
    return wa.id;
  }

  /** A TRIN-model course in TRIN 2 (job wish recorded) for a Team A citizen, with the job broker and the mentor. */
  async function trinCourse(citizenIndex: number) {
    const f = t().fixture;
    const courseId = await insertCourse(db(), {
      citizenId: f.citizensA[citizenIndex]!.id,
      unitId: f.teamA,
      modelId: 'trin-model',
      enrolmentDate: day(-120),
      phase: 'TRIN2',
      jobBrokerId: f.staff.jobformidler!.id,
    });
    await db().insertInto('job_goal').values({ course_id: courseId, tier: 'A', occupation_text: 'Lagerarbejde', concrete: false, own_wish: true, set_on: day(-110) }).execute();
    // The team's mentor supports the citizen on the course (and so may see them: need to know).
    await db().insertInto('course_staff').values({ course_id: courseId, staff_id: f.staff.mentor!.id, role: 'mentor', from_date: day(-120) }).execute();
    return courseId;
  }

  const course = async (cookie: string, courseId: string) => (await get(cookie, `/api/courses/${courseId}`)).json();

  let annaCourse = '';
  let placementId = '';
  let warehouse = '';

  test('starting a placement in TRIN 2 moves the course to TRIN 3 on the start day and plans the first week', async () => {
    const cookie = await t().login('jobformidler');
    annaCourse = await trinCourse(0);
    warehouse = await company('Lageret ApS');
    const agreementId = await agreement(annaCourse, warehouse, { clause: false, intent: true });
    const before = await course(cookie, annaCourse);
    const response = await post(cookie, `/api/courses/${annaCourse}/placements`, {
      companyId: warehouse,
      type: 'virksomhedspraktik',
      from: day(-20),
      workAgreementId: agreementId,
      plannedUnpaidHours: 15,
      plannedPaidHours: 0,
    });
    assert.equal(response.statusCode, 201, response.body);
    const placement = response.json();
    placementId = placement.id;
    assert.deepEqual(placement.phaseChange, { from: 'TRIN2', to: 'TRIN3', on: day(-20) });
    assert.equal(placement.running, true);
    assert.equal(placement.company.name, 'Lageret ApS');
    assert.equal(placement.citizen.name, 'Anna Testesen');
    assert.equal(placement.declarationOfIntent, true);
    assert.equal(placement.ordinaryHoursClause, false);
    assert.equal(placement.nextFollowUpOn, day(10), "the agreement's first follow-up date before any follow-up");
    assert.deepEqual(placement.hours, [{ weekStart: mondayOf(day(-20)), plannedUnpaidHours: 15, plannedPaidHours: 0, actualUnpaidHours: null, actualPaidHours: null, note: null }]);
    assert.equal(placement.createdBy.name, 'Test jobformidler');
    const after = await course(cookie, annaCourse);
    assert.equal(after.currentPhase, 'TRIN3');
    assert.equal(after.version, before.version + 1, 'the course version bumps with the phase');
    const changes = await db().selectFrom('phase_change').selectAll().where('course_id', '=', annaCourse).orderBy('change_date').execute();
    assert.deepEqual(
      changes.map((c) => [c.from_phase, c.to_phase, c.change_date]),
      [
        [null, 'TRIN2', day(-120)],
        ['TRIN2', 'TRIN3', day(-20)],
      ],
    );
    // Read back on its own, the placement does not claim a phase change.
    const read = await get(cookie, `/api/placements/${placementId}`);
    assert.equal(read.statusCode, 200);
    assert.equal(read.json().phaseChange, null);
  });

  test('hours: two weeks with paid hours in the second show a rising progression and the first paid week', async () => {
    const cookie = await t().login('jobformidler');
    const first = mondayOf(day(-20));
    const second = fromDay(toDay(first) + 7);
    const a = await put(cookie, `/api/placements/${placementId}/hours/${first}`, { plannedUnpaidHours: 15, plannedPaidHours: 0, actualUnpaidHours: 14, actualPaidHours: 0 });
    assert.equal(a.statusCode, 200, a.body);
    const b = await put(cookie, `/api/placements/${placementId}/hours/${second}`, { plannedUnpaidHours: 15, plannedPaidHours: 2, actualUnpaidHours: 12.5, actualPaidHours: 3, note: 'Første løntimer' });
    assert.equal(b.statusCode, 200, b.body);
    assert.deepEqual(b.json(), { weekStart: second, plannedUnpaidHours: 15, plannedPaidHours: 2, actualUnpaidHours: 12.5, actualPaidHours: 3, note: 'Første løntimer' });
    const response = await get(cookie, `/api/placements/${placementId}/hours`);
    assert.equal(response.statusCode, 200, response.body);
    const { hours, progression } = response.json();
    assert.deepEqual(hours.map((h: { weekStart: string }) => h.weekStart), [first, second]);
    assert.equal(hours[0].actualUnpaidHours, 14, 'the upsert replaced the planned-only first week');
    assert.equal(progression.trend, 'rising');
    assert.equal(progression.firstPaidWeek, second);
    assert.equal(progression.latestPaid, 3);
    assert.deepEqual(progression.goal, { hours: 30, period: 'month' }, "TRIN's goal is 30 paid hours a month (004)");
    assert.equal(progression.reached, false);
    const monthly = progression.months.reduce((sum: number, m: { paid: number }) => sum + m.paid, 0);
    assert.ok(Math.abs(monthly - 3) < 0.15, `the months add up to the weeks' 3 paid hours (got ${monthly})`);
    const summary = (await get(cookie, `/api/courses/${annaCourse}/placements`)).json().placements[0];
    assert.equal(summary.paidHoursTotal, 3);
    assert.equal(summary.latestWeek.weekStart, second);
  });

  test('hours are refused with the field and reason: not a Monday, outside the placement, actual hours ahead, too many', async () => {
    const cookie = await t().login('jobformidler');
    const tuesday = fromDay(toDay(thisMonday) + 1);
    const notMonday = await put(cookie, `/api/placements/${placementId}/hours/${tuesday}`, { plannedUnpaidHours: 10, plannedPaidHours: 0 });
    assert.equal(notMonday.statusCode, 400);
    assert.match(notMonday.json().error.fields.weekStart, /ikke en mandag/);
    const bad = await put(cookie, `/api/placements/${placementId}/hours/2026-02-30`, { plannedUnpaidHours: 10, plannedPaidHours: 0 });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.weekStart);
    const before = await put(cookie, `/api/placements/${placementId}/hours/${monday(10)}`, { plannedUnpaidHours: 10, plannedPaidHours: 0 });
    assert.match(before.json().error.fields.weekStart, /før virksomhedsforløbets start/);
    const ahead = await put(cookie, `/api/placements/${placementId}/hours/${fromDay(toDay(thisMonday) + 7)}`, { plannedUnpaidHours: 10, plannedPaidHours: 0, actualPaidHours: 2 });
    assert.match(ahead.json().error.fields.actualPaidHours, /når ugen er begyndt/);
    const planAhead = await put(cookie, `/api/placements/${placementId}/hours/${fromDay(toDay(thisMonday) + 7)}`, { plannedUnpaidHours: 10, plannedPaidHours: 4 });
    assert.equal(planAhead.statusCode, 200, 'planned hours may be entered ahead');
    const tooMany = await put(cookie, `/api/placements/${placementId}/hours/${thisMonday}`, { plannedUnpaidHours: 50, plannedPaidHours: 40 });
    assert.equal(tooMany.statusCode, 400);
    assert.match(tooMany.json().error.fields.plannedPaidHours, /højst være 80/);
    const negative = await put(cookie, `/api/placements/${placementId}/hours/${thisMonday}`, { plannedUnpaidHours: -1, plannedPaidHours: 0 });
    assert.match(negative.json().error.fields.plannedUnpaidHours, /mellem 0 og 80/);
  });

  test('a follow-up is held between the start and today and sets the next date the placement shows', async () => {
    const cookie = await t().login('mentor');
    const early = await post(cookie, `/api/placements/${placementId}/follow-ups`, { heldOn: day(-25) });
    assert.equal(early.statusCode, 400);
    assert.match(early.json().error.fields.heldOn, /før virksomhedsforløbets start/);
    const future = await post(cookie, `/api/placements/${placementId}/follow-ups`, { heldOn: day(1) });
    assert.match(future.json().error.fields.heldOn, /fremtiden/);
    const badRating = await post(cookie, `/api/placements/${placementId}/follow-ups`, { heldOn: day(-1), ratings: { stability: 6 }, effectiveness: 11, nextFollowUpOn: day(-2) });
    assert.equal(badRating.statusCode, 400);
    const fields = badRating.json().error.fields;
    assert.match(fields['ratings.stability'], /Stabilitet.*1 til 5/);
    assert.match(fields.effectiveness, /0 til 10/);
    assert.match(fields.nextFollowUpOn, /før denne opfølgning/);
    const ok = await post(cookie, `/api/placements/${placementId}/follow-ups`, {
      heldOn: day(-1),
      attendeeRoles: ['mentor', 'employer', 'citizen', 'mentor'],
      goalStillRight: true,
      equalTermsTasks: 'Varemodtagelse',
      ratings: { tasksSolved: 4, stability: 3 },
      effectiveness: 7,
      nextFollowUpOn: day(5),
    });
    assert.equal(ok.statusCode, 201, ok.body);
    const followUp = ok.json();
    assert.deepEqual(followUp.attendeeRoles, ['mentor', 'employer', 'citizen']);
    assert.deepEqual(followUp.ratings, { tasksSolved: 4, stability: 3, independence: null, cooperation: null, appearance: null });
    assert.equal(followUp.staff.name, 'Test mentor');
    const list = (await get(cookie, `/api/placements/${placementId}/follow-ups`)).json().followUps;
    assert.equal(list.length, 1);
    assert.equal((await get(cookie, `/api/placements/${placementId}`)).json().nextFollowUpOn, day(5));
  });

  test("the facts carry placements: the course's follow-up rule now evaluates instead of being not applicable", async () => {
    const cookie = await t().login('jobformidler');
    const rule = (await course(cookie, annaCourse)).rules.find((r: { ruleId: string }) => r.ruleId === 'trin3.follow-up');
    assert.notEqual(rule.status, 'not_applicable', rule.explanation);
    assert.equal(rule.status, 'satisfied');
    assert.equal(rule.dueDate, day(27), 'at most 28 days after the follow-up yesterday');
    const agreementRule = (await course(cookie, annaCourse)).rules.find((r: { ruleId: string }) => r.ruleId === 'trin2.agreement');
    assert.equal(agreementRule.status, 'satisfied', agreementRule.explanation);
  });

  test('the caseload shows the running placement and the paid hours of the four full weeks before this week', async () => {
    const cookie = await t().login('jobformidler');
    await put(cookie, `/api/placements/${placementId}/hours/${monday(1)}`, { plannedUnpaidHours: 15, plannedPaidHours: 4, actualUnpaidHours: 10, actualPaidHours: 4.5 });
    await put(cookie, `/api/placements/${placementId}/hours/${thisMonday}`, { plannedUnpaidHours: 15, plannedPaidHours: 4, actualUnpaidHours: 10, actualPaidHours: 6 });
    const expected = (await db()
      .selectFrom('placement_hours')
      .select((eb) => eb.fn.sum<number>('actual_paid_hours').as('sum'))
      .where('placement_id', '=', placementId)
      .where('week_start', '>=', monday(4))
      .where('week_start', '<=', monday(1))
      .executeTakeFirstOrThrow()).sum;
    const row = (await get(cookie, '/api/caseload')).json().rows.find((r: { courseId: string }) => r.courseId === annaCourse);
    assert.deepEqual(row.currentPlacement, { id: placementId, type: 'virksomhedspraktik', companyName: 'Lageret ApS', from: day(-20) });
    assert.equal(row.paidHoursLast4Weeks, Number(expected), 'this week’s 6 hours are not counted');
    assert.ok(row.paidHoursLast4Weeks >= 4.5);
    assert.equal(row.phase, 'TRIN3');
    // Back to planned only, so the placement can end before this week.
    await put(cookie, `/api/placements/${placementId}/hours/${thisMonday}`, { plannedUnpaidHours: 15, plannedPaidHours: 4 });
  });

  test('ending a TRIN 3 placement because the company would not pay returns the course to TRIN 2 the day after', async () => {
    const cookie = await t().login('jobformidler');
    const current = (await get(cookie, `/api/placements/${placementId}`)).json();
    const future = await post(cookie, `/api/placements/${placementId}/end`, { version: current.version, to: day(1), endReason: 'company_would_not_pay' });
    assert.equal(future.statusCode, 400);
    assert.match(future.json().error.fields.to, /fremtiden/);
    const staleEnd = await post(cookie, `/api/placements/${placementId}/end`, { version: current.version + 5, to: day(-1), endReason: 'company_would_not_pay' });
    assert.equal(staleEnd.statusCode, 409);
    assert.equal(staleEnd.json().error.code, 'stale');
    const badReason = await post(cookie, `/api/placements/${placementId}/end`, { version: current.version, to: day(-1), endReason: 'fired' });
    assert.equal(badReason.statusCode, 400);
    assert.ok(badReason.json().error.fields.endReason);
    const hoursAfter = await post(cookie, `/api/placements/${placementId}/end`, { version: current.version, to: fromDay(toDay(monday(1)) - 1), endReason: 'company_would_not_pay' });
    assert.equal(hoursAfter.statusCode, 400, 'actual hours are recorded for later weeks');
    assert.match(hoursAfter.json().error.fields.to, /faktiske timer/);

    const response = await post(cookie, `/api/placements/${placementId}/end`, { version: current.version, to: day(-1), endReason: 'company_would_not_pay', endNote: 'Ville ikke betale for timer' });
    assert.equal(response.statusCode, 200, response.body);
    const ended = response.json();
    assert.deepEqual(ended.phaseChange, { from: 'TRIN3', to: 'TRIN2', on: today });
    assert.equal(ended.running, false);
    assert.equal(ended.endReason, 'company_would_not_pay');
    assert.equal(ended.endNote, 'Ville ikke betale for timer');
    assert.equal(ended.version, current.version + 1);
    const c = await course(cookie, annaCourse);
    assert.equal(c.currentPhase, 'TRIN2');
    const last = await db().selectFrom('phase_change').selectAll().where('course_id', '=', annaCourse).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    assert.deepEqual([last.from_phase, last.to_phase, last.change_date], ['TRIN3', 'TRIN2', today]);
    assert.match(last.reason ?? '', /Automatisk/);
    const again = await post(cookie, `/api/placements/${placementId}/end`, { version: ended.version, to: day(-1), endReason: 'other' });
    assert.equal(again.statusCode, 409, 'already ended');
    const row = (await get(cookie, '/api/caseload')).json().rows.find((r: { courseId: string }) => r.courseId === annaCourse);
    assert.equal(row.currentPlacement, null);
    assert.equal(row.phase, 'TRIN2');
    // Aftercare is for ordinary employment only.
    const aftercare = await post(cookie, `/api/placements/${placementId}/aftercare`, { date: today, kind: 'phone', withWhom: 'citizen' });
    assert.equal(aftercare.statusCode, 400);
    assert.match(aftercare.json().error.message, /kun ved ordinær beskæftigelse/);
  });

  test('a placement ending today moves the course the next day: recorded ahead, shown at once on the course and the caseload', async () => {
    const cookie = await t().login('jobformidler');
    const overlapping = await post(cookie, `/api/courses/${annaCourse}/placements`, { companyId: warehouse, type: 'hybrid', from: day(-3) });
    assert.equal(overlapping.statusCode, 201, overlapping.body);
    assert.equal(overlapping.json().phaseChange, null, 'a start before the recorded return to TRIN 2 does not rewrite it');
    await db().deleteFrom('placement').where('id', '=', overlapping.json().id).execute();
    const started = await post(cookie, `/api/courses/${annaCourse}/placements`, { companyId: warehouse, type: 'hybrid', from: today });
    assert.equal(started.statusCode, 201, started.body);
    assert.deepEqual(started.json().phaseChange, { from: 'TRIN2', to: 'TRIN3', on: today });
    const ended = await post(cookie, `/api/placements/${started.json().id}/end`, { version: started.json().version, to: today, endReason: 'too_demanding' });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.deepEqual(ended.json().phaseChange, { from: 'TRIN3', to: 'TRIN2', on: day(1) });
    assert.equal(ended.json().running, true, 'today is still its last day');
    assert.equal((await course(cookie, annaCourse)).currentPhase, 'TRIN2');
    const row = (await get(cookie, '/api/caseload')).json().rows.find((r: { courseId: string }) => r.courseId === annaCourse);
    assert.equal(row.phase, 'TRIN2', 'the caseload shows the phase the course page shows');
    const manual = await post(cookie, `/api/courses/${annaCourse}/phase`, { version: (await course(cookie, annaCourse)).version, toPhase: 'TRIN3', date: today });
    assert.equal(manual.statusCode, 400, 'a manual change cannot be dated before the recorded one');
  });

  test('a placement converted to paid hours with the paid job starting the next day keeps the course in TRIN 3; aftercare follows', async () => {
    const cookie = await t().login('jobformidler');
    const boCourse = await trinCourse(1);
    const bakery = await company('Bageriet A/S');
    const first = await post(cookie, `/api/courses/${boCourse}/placements`, { companyId: bakery, type: 'virksomhedspraktik', from: day(-30) });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().phaseChange.to, 'TRIN3');
    const job = await post(cookie, `/api/courses/${boCourse}/placements`, { companyId: bakery, type: 'ordinary_hours', from: day(-2), plannedPaidHours: 12 });
    assert.equal(job.statusCode, 201, job.body);
    assert.equal(job.json().phaseChange, null, 'already in TRIN 3');
    const end = await post(cookie, `/api/placements/${first.json().id}/end`, { version: first.json().version, to: day(-3), endReason: 'converted_to_paid' });
    assert.equal(end.statusCode, 200, end.body);
    assert.equal(end.json().phaseChange, null);
    assert.equal((await course(cookie, boCourse)).currentPhase, 'TRIN3');
    const changes = await db().selectFrom('phase_change').select('to_phase').where('course_id', '=', boCourse).execute();
    assert.equal(changes.length, 2, 'enrolment and the one move to TRIN 3');

    const converted = await post(cookie, `/api/placements/${first.json().id}/aftercare`, { date: day(-1), kind: 'company_visit', withWhom: 'both', nextContactOn: day(20) });
    assert.equal(converted.statusCode, 201, converted.body);
    assert.equal(converted.json().staff.name, 'Test jobformidler');
    const onJob = await post(cookie, `/api/placements/${job.json().id}/aftercare`, { date: today, kind: 'phone', withWhom: 'citizen', note: 'Går godt' });
    assert.equal(onJob.statusCode, 201, onJob.body);
    const badNext = await post(cookie, `/api/placements/${job.json().id}/aftercare`, { date: today, kind: 'sms', withWhom: 'citizen', nextContactOn: day(-1) });
    assert.match(badNext.json().error.fields.nextContactOn, /før denne kontakt/);
    const list = (await get(cookie, `/api/placements/${job.json().id}/aftercare`)).json().aftercare;
    assert.equal(list.length, 1);
    const all = (await get(cookie, `/api/citizens/${t().fixture.citizensA[1]!.id}/placements`)).json().placements;
    assert.deepEqual(all.map((p: { type: string }) => p.type), ['ordinary_hours', 'virksomhedspraktik'], 'newest start first');
  });

  test('the references must fit: company in the municipality, agreement of this course and company, a start at most 90 days ahead', async () => {
    const cookie = await t().login('jobformidler');
    const foreignMunicipality = (await db().insertInto('unit').values({ kind: 'municipality', name: 'Andenby Kommune', parent_id: null }).returning('id').executeTakeFirstOrThrow()).id;
    const foreign = await company('Fremmed ApS', foreignMunicipality);
    const r1 = await post(cookie, `/api/courses/${annaCourse}/placements`, { companyId: foreign, type: 'job', from: today });
    assert.equal(r1.statusCode, 400);
    assert.ok(r1.json().error.fields.companyId);
    const shop = await company('Butikken');
    const agreementElsewhere = await agreement(annaCourse, warehouse, { clause: true, intent: false });
    const r2 = await post(cookie, `/api/courses/${annaCourse}/placements`, { companyId: shop, type: 'job', from: today, workAgreementId: agreementElsewhere });
    assert.match(r2.json().error.fields.workAgreementId, /anden virksomhed/);
    const r3 = await post(cookie, `/api/courses/${annaCourse}/placements`, { companyId: shop, type: 'job', from: day(91) });
    assert.match(r3.json().error.fields.from, /90 dage/);
    const r4 = await post(cookie, `/api/courses/${annaCourse}/placements`, { companyId: shop, type: 'praktik', from: today });
    assert.ok(r4.json().error.fields.type);
    const count = await db().selectFrom('placement').select((eb) => eb.fn.countAll<number>().as('n')).where('company_id', '=', shop).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 0, 'nothing written');
  });

  test('PATCH changes the type with the version and links an agreement of the same company', async () => {
    const cookie = await t().login('jobformidler');
    const current = (await get(cookie, `/api/placements/${placementId}`)).json();
    const wa = await agreement(annaCourse, warehouse, { clause: true, intent: false });
    const ok = await t().request(cookie, { method: 'PATCH', url: `/api/placements/${placementId}`, payload: { version: current.version, type: 'loentilskud', workAgreementId: wa } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().type, 'loentilskud');
    assert.equal(ok.json().ordinaryHoursClause, true);
    const staleEdit = await t().request(cookie, { method: 'PATCH', url: `/api/placements/${placementId}`, payload: { version: current.version, type: 'job' } });
    assert.equal(staleEdit.statusCode, 409);
  });

  test('roles: an analyst is refused, a mentor records hours but does not broker, another team gets 404; reads and writes are audited', async () => {
    const f = t().fixture;
    const analyst = await t().login('analytiker');
    assert.equal((await get(analyst, `/api/placements/${placementId}`)).statusCode, 403);
    assert.equal((await put(analyst, `/api/placements/${placementId}/hours/${monday(1)}`, { plannedUnpaidHours: 1, plannedPaidHours: 0 })).statusCode, 403);
    assert.equal((await post(analyst, `/api/courses/${annaCourse}/placements`, { companyId: warehouse, type: 'job', from: today })).statusCode, 403);

    const mentor = await t().login('mentor');
    const hours = await put(mentor, `/api/placements/${placementId}/hours/${monday(2)}`, { plannedUnpaidHours: 15, plannedPaidHours: 0, actualUnpaidHours: 15, actualPaidHours: 0 });
    assert.equal(hours.statusCode, 200, hours.body);
    assert.equal((await post(mentor, `/api/courses/${annaCourse}/placements`, { companyId: warehouse, type: 'job', from: today })).statusCode, 403);
    const version = (await get(mentor, `/api/placements/${placementId}`)).json().version;
    assert.equal((await post(mentor, `/api/placements/${placementId}/end`, { version, to: today, endReason: 'other' })).statusCode, 403);

    const otherTeam = await t().login('jobformidler.b');
    assert.equal((await get(otherTeam, `/api/placements/${placementId}`)).statusCode, 404);
    assert.equal((await get(otherTeam, `/api/placements/${placementId}/hours`)).statusCode, 404);
    assert.equal((await put(otherTeam, `/api/placements/${placementId}/hours/${monday(2)}`, { plannedUnpaidHours: 1, plannedPaidHours: 0 })).statusCode, 404);
    assert.equal((await post(otherTeam, `/api/placements/${placementId}/follow-ups`, { heldOn: today })).statusCode, 404);
    assert.equal((await post(otherTeam, `/api/courses/${annaCourse}/placements`, { companyId: warehouse, type: 'job', from: today })).statusCode, 404);
    assert.equal((await get(otherTeam, `/api/courses/${annaCourse}/placements`)).statusCode, 404);

    const pseudonym = f.citizensA[0]!.pseudonym;
    const actions = new Set(
      (await db().selectFrom('audit_event').select('action').where('citizen_pseudonym', '=', pseudonym).execute()).map((r) => r.action),
    );
    for (const action of ['placement.create', 'placement.read', 'placement.list', 'placement.update', 'placement.end', 'placement_hours.write', 'placement_hours.read', 'follow_up.create', 'follow_up.list', 'course.phase']) {
      assert.ok(actions.has(action), `audited: ${action}`);
    }
    const phaseAudit = await db().selectFrom('audit_event').select('detail').where('citizen_pseudonym', '=', pseudonym).where('action', '=', 'course.phase').execute();
    assert.ok(phaseAudit.some((r) => JSON.stringify(r.detail).includes('automatic')));
  });

  test("the hours goal comes from the course's model: TRIN reaches 30 a month with 7 paid hours a week, FSM's 30 a week is not, STV has none", async () => {
    const f = t().fixture;
    const cookie = await t().login('jobformidler.b');
    const shop = await company('Butikken ApS');
    const hoursOf = async (modelId: string, phase: string, group?: string) => {
      const courseId = await insertCourse(db(), { citizenId: f.citizensB[0]!.id, unitId: f.teamB, modelId, enrolmentDate: '2024-01-01', phase, ...(group ? { group } : {}), jobBrokerId: f.staff['jobformidler.b']!.id });
      const started = await post(cookie, `/api/courses/${courseId}/placements`, { companyId: shop, type: 'ordinary_hours', from: '2024-01-01' });
      assert.equal(started.statusCode, 201, started.body);
      // January 2024 starts on a Monday: four full weeks of 7 paid hours (28 h), then the week of 29 January (3/7 in January).
      for (const week of ['2024-01-01', '2024-01-08', '2024-01-15', '2024-01-22', '2024-01-29']) {
        const saved = await put(cookie, `/api/placements/${started.json().id}/hours/${week}`, { plannedUnpaidHours: 0, plannedPaidHours: 8, actualUnpaidHours: 0, actualPaidHours: 7 });
        assert.equal(saved.statusCode, 200, saved.body);
      }
      return (await get(cookie, `/api/placements/${started.json().id}/hours`)).json().progression;
    };
    const trin = await hoursOf('trin-model', 'TRIN2');
    assert.deepEqual(trin.goal, { hours: 30, period: 'month' });
    assert.deepEqual(trin.months, [{ month: '2024-01', paid: 31 }, { month: '2024-02', paid: 4 }], '4 x 7 + 3/7 x 7 in January, 4/7 x 7 in February');
    assert.equal(trin.reached, true);
    const fsm = await hoursOf('flere-skal-med', 'jobmatch', '1');
    assert.deepEqual(fsm.goal, { hours: 30, period: 'week' });
    assert.equal(fsm.reached, false, 'no week has 30 paid hours');
    const stv = await hoursOf('stv', 'jobmaal-og-match');
    assert.deepEqual([stv.goal, stv.reached], [null, null], 'STV (001) states no hours goal');
  });

  test('every placement route is in the OpenAPI document', async () => {
    const paths = Object.keys((await t().request(undefined, { method: 'GET', url: '/api/openapi.json' })).json().paths);
    for (const path of [
      '/api/courses/{id}/placements',
      '/api/citizens/{id}/placements',
      '/api/placements/{id}',
      '/api/placements/{id}/end',
      '/api/placements/{id}/hours',
      '/api/placements/{id}/hours/{weekStart}',
      '/api/placements/{id}/follow-ups',
      '/api/placements/{id}/aftercare',
      '/api/company-worklist',
    ]) {
      assert.ok(paths.includes(path), path);
    }
  });
});
