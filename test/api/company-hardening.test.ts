import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromDay, toDay } from '../../src/domain/rules/days.ts';
import { isoDay } from '../../src/store/facts.ts';
import { insertCourse } from '../helpers/cases.ts';
import { forEachDatabase } from '../helpers/suite.ts';

/** Regression tests for the review of issue 5 (companies, matching, work agreements, placements, worklist). */

const today = isoDay(new Date());
const day = (offset: number) => fromDay(toDay(today) + offset);

forEachDatabase('companies and placements hardening', (t) => {
  const db = () => t().db.handle.db;
  const get = (cookie: string, url: string) => t().request(cookie, { method: 'GET', url });
  const post = (cookie: string, url: string, payload: unknown) => t().request(cookie, { method: 'POST', url, payload: payload as object });

  let cvr = 30000000;
  async function company(name: string, owner?: string): Promise<string> {
    const f = t().fixture;
    const row = await db()
      .insertInto('company')
      .values({ municipality_id: f.municipalityId, cvr: String(cvr++), name, industry_code: '471100', owner_staff_id: owner ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db().insertInto('company_address').values({ company_id: row.id, kind: 'main', postcode: '4300', city: 'Holbæk' }).execute();
    return row.id;
  }

  async function opening(companyId: string, spec: { title: string; places?: number; openTo?: string | null }): Promise<string> {
    const row = await db()
      .insertInto('opening')
      .values({
        company_id: companyId,
        title: spec.title,
        tasks: 'Opfyldning',
        occupation_code: '5223',
        postcode: '4300',
        hours_min: 5,
        hours_max: 10,
        places: spec.places ?? 1,
        open_from: day(-200),
        open_to: spec.openTo ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** A course (default: the TRIN model in TRIN 2) with a job wish, for citizen `index` of Team A. */
  async function trinCourse(index: number, model: { modelId: string; phase: string; group?: string } = { modelId: 'trin-model', phase: 'TRIN2' }): Promise<string> {
    const f = t().fixture;
    const courseId = await insertCourse(db(), {
      citizenId: f.citizensA[index]!.id,
      unitId: f.teamA,
      ...model,
      enrolmentDate: day(-200),
      jobBrokerId: f.staff.jobformidler!.id,
    });
    await db().insertInto('job_goal').values({ course_id: courseId, tier: 'A', occupation_text: 'Butiksassistent', concrete: false, own_wish: true, set_on: day(-190) }).execute();
    return courseId;
  }

  const phases = async (courseId: string) =>
    (await db().selectFrom('phase_change').select(['from_phase', 'to_phase', 'change_date']).where('course_id', '=', courseId).orderBy('change_date').orderBy('created_at').execute()).map(
      (c) => [c.from_phase, c.to_phase, c.change_date],
    );

  test('a placement cannot start on a closed opening; a filled one is accepted (this placement may have filled it)', async () => {
    // Team B's citizen, so the Team A courses of the other tests are untouched.
    const f = t().fixture;
    const cookie = await t().login('jobformidler.b');
    const courseId = await insertCourse(db(), {
      citizenId: f.citizensB[0]!.id,
      unitId: f.teamB,
      modelId: 'trin-model',
      phase: 'TRIN2',
      enrolmentDate: day(-200),
      jobBrokerId: f.staff['jobformidler.b']!.id,
    });
    const shop = await company('Lukket Butik ApS');
    const closed = await opening(shop, { title: 'Lukket opslag' });
    await db().updateTable('opening').set({ status: 'closed' }).where('id', '=', closed).execute();
    const refused = await post(cookie, `/api/courses/${courseId}/placements`, { companyId: shop, openingId: closed, type: 'virksomhedspraktik', from: day(-3) });
    assert.equal(refused.statusCode, 400, refused.body);
    assert.match(refused.json().error.fields.openingId, /lukket/);
    const filled = await opening(shop, { title: 'Besat opslag' });
    await db().updateTable('opening').set({ status: 'filled' }).where('id', '=', filled).execute();
    const ok = await post(cookie, `/api/courses/${courseId}/placements`, { companyId: shop, openingId: filled, type: 'virksomhedspraktik', from: day(-3) });
    assert.equal(ok.statusCode, 201, ok.body);
  });

  test('ending a placement late, after the next placement has started, leaves the course in TRIN 3 from the next start', async () => {
    const cookie = await t().login('jobformidler');
    const courseId = await trinCourse(0);
    const shop = await company('Butikken ApS');
    const first = await post(cookie, `/api/courses/${courseId}/placements`, { companyId: shop, type: 'virksomhedspraktik', from: day(-60) });
    assert.equal(first.statusCode, 201, first.body);
    assert.deepEqual(first.json().phaseChange, { from: 'TRIN2', to: 'TRIN3', on: day(-60) });
    // The citizen moved on to another placement; the broker registers it before ending the first.
    const second = await post(cookie, `/api/courses/${courseId}/placements`, { companyId: shop, type: 'hybrid', from: day(-5) });
    assert.equal(second.statusCode, 201, second.body);
    assert.equal(second.json().phaseChange, null, 'already in TRIN 3');

    const ended = await post(cookie, `/api/placements/${first.json().id}/end`, { version: first.json().version, to: day(-10), endReason: 'completed' });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.deepEqual(ended.json().phaseChange, { from: 'TRIN3', to: 'TRIN2', on: day(-9) }, 'the gap between the placements is TRIN 2');
    assert.deepEqual(await phases(courseId), [
      [null, 'TRIN2', day(-200)],
      ['TRIN2', 'TRIN3', day(-60)],
      ['TRIN3', 'TRIN2', day(-9)],
      ['TRIN2', 'TRIN3', day(-5)],
    ]);
    const course = (await get(cookie, `/api/courses/${courseId}`)).json();
    assert.equal(course.currentPhase, 'TRIN3', 'the running placement keeps the course in TRIN 3');
    const row = (await get(cookie, '/api/caseload')).json().rows.find((r: { courseId: string }) => r.courseId === courseId);
    assert.equal(row.phase, 'TRIN3');
  });

  test('ending a placement when the next one is registered to start later moves the course back and forward again on that start', async () => {
    const cookie = await t().login('jobformidler');
    const courseId = await trinCourse(1);
    const shop = await company('Kiosken I/S');
    const running = await post(cookie, `/api/courses/${courseId}/placements`, { companyId: shop, type: 'virksomhedspraktik', from: day(-30) });
    assert.equal(running.statusCode, 201, running.body);
    const coming = await post(cookie, `/api/courses/${courseId}/placements`, { companyId: shop, type: 'job', from: day(14) });
    assert.equal(coming.statusCode, 201, coming.body);
    const ended = await post(cookie, `/api/placements/${running.json().id}/end`, { version: running.json().version, to: day(-1), endReason: 'converted_to_paid' });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.deepEqual(await phases(courseId), [
      [null, 'TRIN2', day(-200)],
      ['TRIN2', 'TRIN3', day(-30)],
      ['TRIN3', 'TRIN2', today],
      ['TRIN2', 'TRIN3', day(14)],
    ]);
    assert.equal((await get(cookie, `/api/courses/${courseId}`)).json().currentPhase, 'TRIN3');
    const audits = await db()
      .selectFrom('audit_event')
      .select('detail')
      .where('action', '=', 'course.phase')
      .where('citizen_pseudonym', '=', t().fixture.citizensA[1]!.pseudonym)
      .execute();
    assert.equal(audits.length, 3, 'every automatic move is audited');
  });

  test('a match cannot be made on an opening whose closing date has passed', async () => {
    const cookie = await t().login('virksomhedskonsulent');
    const courseId = await trinCourse(0, { modelId: 'flere-skal-med', phase: 'jobmatch', group: '1' });
    const shop = await company('Udløbet Opslag ApS');
    const expired = await opening(shop, { title: 'Butiksmedhjælper', openTo: day(-1) });
    const before = Number((await db().selectFrom('job_match').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const response = await post(cookie, `/api/courses/${courseId}/matches`, { companyId: shop, openingId: expired, matchedOn: today, rationale: 'Passer til jobønsket' });
    assert.equal(response.statusCode, 400, response.body);
    assert.match(response.json().error.fields.openingId, /lukkede/);
    const after = Number((await db().selectFrom('job_match').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    assert.equal(after, before, 'nothing stored');
    const stillOpen = await opening(shop, { title: 'Kassemedarbejder', openTo: today });
    const ok = await post(cookie, `/api/courses/${courseId}/matches`, { companyId: shop, openingId: stillOpen, matchedOn: today, rationale: 'Sidste dag i opslaget' });
    assert.equal(ok.statusCode, 201, ok.body);
  });

  test('places taken: running and coming placements count, the same on the opening list, the company and the match score', async () => {
    const f = t().fixture;
    const cookie = await t().login('virksomhedskonsulent');
    const courseId = await trinCourse(1, { modelId: 'flere-skal-med', phase: 'jobmatch', group: '1' });
    const shop = await company('Pladser ApS');
    const full = await opening(shop, { title: 'Pladsopslag', places: 3 });
    const insert = (from: string, to: string | null) =>
      db()
        .insertInto('placement')
        .values({ course_id: courseId, company_id: shop, opening_id: full, type: 'virksomhedspraktik', from_date: from, to_date: to, end_reason: to ? 'completed' : null, created_by: f.staff.virksomhedskonsulent!.id })
        .execute();
    await insert(day(-20), null); // running
    await insert(day(5), null); // coming
    await insert(day(-90), day(-30)); // ended
    await insert(day(-10), today); // last day today: still running
    const listed = (await get(cookie, '/api/openings?q=Pladsopslag')).json().openings;
    assert.equal(listed.length, 1);
    assert.equal(listed[0].placesTaken, 3, 'running, coming and ending today');
    const detail = (await get(cookie, `/api/companies/${shop}`)).json();
    assert.equal(detail.openings[0].placesTaken, 3);
    const suggestions = (await get(cookie, `/api/courses/${courseId}/match-suggestions?openingsOnly=true&limit=100`)).json().suggestions as {
      opening: { id: string } | null;
      components: { key: string; reason: string }[];
    }[];
    const scored = suggestions.find((s) => s.opening?.id === full);
    assert.ok(scored);
    assert.equal(scored.components.find((c) => c.key === 'open_places')!.reason, 'Alle 3 pladser i opslaget er besat.', 'the score counts the same three (the coming one included)');
  });

  test('“not contacted for N days” means the same on the company list and the consultant worklist', async () => {
    const f = t().fixture;
    const consultant = await t().login('virksomhedskonsulent');
    const owner = f.staff.virksomhedskonsulent!.id;
    const boundary = await company('Grænsedag ApS', owner);
    await db().insertInto('company_interaction').values({ company_id: boundary, kind: 'call', interaction_date: day(-90), staff_id: owner }).execute();
    const recent = await company('Dagen Efter ApS', owner);
    await db().insertInto('company_interaction').values({ company_id: recent, kind: 'call', interaction_date: day(-89), staff_id: owner }).execute();

    const list = (await get(consultant, `/api/companies?notContactedDays=90&ownerId=${owner}&limit=500`)).json().companies.map((c: { id: string }) => c.id);
    const worklist = (await get(consultant, '/api/company-worklist?notContactedDays=90')).json();
    const onWorklist = worklist.companiesNotContacted.map((c: { company: { id: string } }) => c.company.id);
    assert.ok(list.includes(boundary), 'the list counts a contact 90 days ago as not contacted for 90 days');
    assert.ok(!list.includes(recent));
    assert.ok(onWorklist.includes(boundary), 'so does the worklist');
    assert.ok(!onWorklist.includes(recent));
    assert.equal(worklist.companiesNotContacted.find((c: { company: { id: string } }) => c.company.id === boundary).days, 90);
  });

  test('version numbers beyond an integer are 400 with the field, not a database error', async () => {
    const cookie = await t().login('jobformidler');
    const courseId = await trinCourse(0, { modelId: 'stv', phase: 'jobmaal-og-match', group: 'AK' });
    const shop = await company('Aftalen ApS');
    const content = {
      tasks: 'Opfyldning',
      hoursPerWeek: 10,
      subGoals: [{ text: 'Møde til tiden', targetDate: null }],
      ordinaryHours: { kind: 'none', hoursPerWeek: null, from: null, text: null },
      accommodations: null,
      companyContact: { name: 'Karin Kontakt', phone: null, email: null },
      followUpPlan: { cadenceDays: 14, firstDate: today },
      mentor: null,
      aids: null,
      placementType: 'virksomhedspraktik',
      plannedFrom: null,
      plannedTo: null,
    };
    const agreement = await post(cookie, `/api/courses/${courseId}/work-agreements`, { companyId: shop, madeOn: today, content });
    assert.equal(agreement.statusCode, 201, agreement.body);
    const id = agreement.json().id;
    const version = await get(cookie, `/api/work-agreements/${id}/versions/99999999999`);
    assert.equal(version.statusCode, 400, version.body);
    assert.ok(version.json().error.fields?.no, version.body);
    for (const kind of ['print', 'pdf']) {
      const response = await get(cookie, `/api/work-agreements/${id}/${kind}?version=3000000000`);
      assert.equal(response.statusCode, 400, response.body);
      assert.ok(response.json().error.fields?.version, response.body);
    }
  });
});
