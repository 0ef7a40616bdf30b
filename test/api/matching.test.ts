import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../helpers/suite.ts';
import { insertCourse } from '../helpers/cases.ts';
import { isoDay } from '../../src/store/facts.ts';

const today = isoDay(new Date());
const dayOffset = (days: number) => isoDay(new Date(Date.now() + days * 86_400_000));

interface Ids {
  annaCourse: string;
  boCourse: string;
  cecilieCourse: string;
  superbrugsen: string;
  superOpening: string;
  netto: string;
  cleaning: string;
  restaurant: string;
  closedOpening: string;
  elsewhere: string;
  elsewhereOpening: string;
}

type Suggestion = {
  company: { id: string; name: string; industry: { code: string | null; group10: string | null; label: string | null }; postcode: string | null; city: string | null };
  opening: { id: string; title: string; hoursMin: number; hoursMax: number; paidFromStart: boolean } | null;
  score: number;
  rank: number;
  distanceKm: number | null;
  components: { key: string; points: number; max: number; reason: string }[];
};

forEachDatabase('matching', (t) => {
  const db = () => t().db.handle.db;
  const fixture = () => t().fixture;
  let ids: Ids | undefined;

  async function company(municipalityId: string, cvr: string, name: string, industryCode: string, postcode: string, city: string): Promise<string> {
    const row = await db().insertInto('company').values({ municipality_id: municipalityId, cvr, name, industry_code: industryCode }).returning('id').executeTakeFirstOrThrow();
    await db().insertInto('company_address').values({ company_id: row.id, kind: 'main', postcode, city, address_line: 'Hovedgaden 1' }).execute();
    return row.id;
  }

  async function opening(companyId: string, spec: { title: string; occupationCode: string; postcode: string; places: number; status?: 'open' | 'filled' | 'closed' }): Promise<string> {
    const row = await db()
      .insertInto('opening')
      .values({
        company_id: companyId,
        title: spec.title,
        tasks: 'Varepåfyldning, kasse og kundeservice',
        occupation_code: spec.occupationCode,
        postcode: spec.postcode,
        hours_min: 8,
        hours_max: 15,
        places: spec.places,
        status: spec.status ?? 'open',
        open_from: '2024-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** An ended placement at the company, with paid hours in one week when `paid`. */
  async function pastPlacement(courseId: string, companyId: string, paid: boolean): Promise<void> {
    const row = await db()
      .insertInto('placement')
      .values({ course_id: courseId, company_id: companyId, type: 'virksomhedspraktik', from_date: '2024-01-08', to_date: '2024-03-29', end_reason: 'completed' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db()
      .insertInto('placement_hours')
      .values({ placement_id: row.id, week_start: '2024-01-15', planned_unpaid_hours: 10, actual_unpaid_hours: 10, actual_paid_hours: paid ? 4 : 0 })
      .execute();
  }

  /** The scenario of domain/companies/matching.test.ts, in the database: a citizen in 4300 Holbæk aiming at shop assistant (A). */
  async function setup(): Promise<Ids> {
    if (ids) return ids;
    const f = fixture();
    const [anna, bo] = f.citizensA;
    const cecilie = f.citizensB[0]!;
    await db().updateTable('citizen').set({ postcode: '4300', city: 'Holbæk' }).where('id', '=', anna!.id).execute();
    await db().updateTable('citizen').set({ postcode: '4340', city: 'Tølløse' }).where('id', '=', bo!.id).execute();
    await db().updateTable('citizen').set({ postcode: '4300', city: 'Holbæk' }).where('id', '=', cecilie.id).execute();
    const course = (citizenId: string, unitId: string, broker: string) =>
      insertCourse(db(), { citizenId, unitId, modelId: 'flere-skal-med', enrolmentDate: '2024-01-08', phase: 'jobmatch', group: '1', jobBrokerId: broker });
    const annaCourse = await course(anna!.id, f.teamA, f.staff.jobformidler!.id);
    const boCourse = await course(bo!.id, f.teamA, f.staff.jobformidler!.id);
    const cecilieCourse = await course(cecilie.id, f.teamB, f.staff['jobformidler.b']!.id);
    const goal = (courseId: string, tier: 'A' | 'B' | 'C', occupationCode: string, occupationText: string, industryCode: string | null, endedOn: string | null = null) =>
      db()
        .insertInto('job_goal')
        .values({ course_id: courseId, tier, occupation_code: occupationCode, occupation_text: occupationText, industry_code: industryCode, concrete: true, own_wish: true, set_on: '2024-01-10', ended_on: endedOn })
        .execute();
    await goal(annaCourse, 'A', '5223', 'butiksassistent', '471100');
    // An ended goal is history: it must not steer the match.
    await goal(annaCourse, 'B', '9112', 'rengøringsassistent', '812100', '2024-02-01');
    await goal(boCourse, 'C', '9112', 'rengøringsassistent', '812100');
    await goal(cecilieCourse, 'A', '5223', 'butiksassistent', '471100');

    const superbrugsen = await company(f.municipalityId, '10000001', 'SuperBrugsen Holbæk', '471100', '4300', 'Holbæk');
    const superOpening = await opening(superbrugsen, { title: 'Butiksassistent, varepåfyldning', occupationCode: '5223', postcode: '4300', places: 2 });
    const closedOpening = await opening(superbrugsen, { title: 'Bager', occupationCode: '7512', postcode: '4300', places: 1, status: 'closed' });
    // Three of five earlier placements there reached paid hours (one by conversion, two by recorded hours).
    await pastPlacement(cecilieCourse, superbrugsen, true);
    await pastPlacement(cecilieCourse, superbrugsen, true);
    await pastPlacement(boCourse, superbrugsen, false);
    await pastPlacement(boCourse, superbrugsen, false);
    await db()
      .insertInto('placement')
      .values({ course_id: boCourse, company_id: superbrugsen, type: 'virksomhedspraktik', from_date: '2024-01-08', to_date: '2024-02-29', end_reason: 'converted_to_paid' })
      .execute();
    const netto = await company(f.municipalityId, '10000002', 'Netto Slagelse', '471100', '4200', 'Slagelse');
    const cleaning = await company(f.municipalityId, '10000003', 'Holbæk Rengøring ApS', '812100', '4300', 'Holbæk');
    await db()
      .insertInto('cooperation_agreement')
      .values({ company_id: cleaning, kind: 'open', places: null, ordinary_hours_readiness: true, from_date: '2024-01-01' })
      .execute();
    const restaurant = await company(f.municipalityId, '10000004', 'Restaurant Valby', '561010', '2500', 'Valby');

    const otherMunicipality = (await db().insertInto('unit').values({ kind: 'municipality', name: 'Andenby Kommune', parent_id: null }).returning('id').executeTakeFirstOrThrow()).id;
    const elsewhere = await company(otherMunicipality, '10000005', 'Andenby Brugs', '471100', '4300', 'Holbæk');
    const elsewhereOpening = await opening(elsewhere, { title: 'Butiksassistent', occupationCode: '5223', postcode: '4300', places: 1 });
    ids = { annaCourse, boCourse, cecilieCourse, superbrugsen, superOpening, netto, cleaning, restaurant, closedOpening, elsewhere, elsewhereOpening };
    return ids;
  }

  const audits = (action: string) => db().selectFrom('audit_event').selectAll().where('action', '=', action).orderBy('id').execute();
  const matchCount = async () => Number((await db().selectFrom('job_match').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const component = (s: Suggestion, key: string) => s.components.find((c) => c.key === key)!;

  test('suggestions: companies and openings of the municipality ranked with explained components, audited', async () => {
    const { annaCourse, superOpening, elsewhere } = await setup();
    const cookie = await t().login('jobformidler');
    const response = await t().request(cookie, { method: 'GET', url: `/api/courses/${annaCourse}/match-suggestions` });
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json() as { citizen: { name: string; postcode: string; city: string }; jobGoals: { tier: string }[]; suggestions: Suggestion[] };
    assert.deepEqual(body.citizen, { id: fixture().citizensA[0]!.id, name: 'Anna Testesen', postcode: '4300', city: 'Holbæk' });
    assert.deepEqual(body.jobGoals, [{ tier: 'A', occupationCode: '5223', occupationText: 'butiksassistent', industryCode: '471100' }]);
    assert.deepEqual(
      body.suggestions.map((s) => [s.rank, s.company.name, s.opening?.title ?? null, s.score]),
      [
        [1, 'SuperBrugsen Holbæk', 'Butiksassistent, varepåfyldning', 83.6],
        [2, 'Holbæk Rengøring ApS', null, 43.8],
        [3, 'Netto Slagelse', null, 27.5],
        [4, 'Restaurant Valby', null, 17.5],
      ],
    );
    assert.ok(!body.suggestions.some((s) => s.company.id === elsewhere), 'another municipality’s company is not suggested');
    const top = body.suggestions[0]!;
    assert.equal(top.opening!.id, superOpening);
    assert.deepEqual(top.opening, { id: superOpening, title: 'Butiksassistent, varepåfyldning', hoursMin: 8, hoursMax: 15, paidFromStart: false });
    assert.deepEqual(top.company.industry, { code: '471100', group10: 'trade_transport', label: 'Handel og transport mv.' });
    assert.equal(top.company.postcode, '4300');
    assert.equal(top.distanceKm, 0);
    assert.deepEqual(top.components.map((c) => [c.key, c.max]), [['job_goal', 40], ['distance', 25], ['ordinary_hours', 25], ['open_places', 10]]);
    assert.equal(component(top, 'job_goal').reason, 'Jobmål A (butiksassistent, DISCO 5223): opslaget gælder samme stilling (DISCO 5223).');
    assert.match(component(top, 'ordinary_hours').reason, /^3 af 5 tidligere forløb her fik ordinære timer/);
    assert.match(component(top, 'open_places').reason, /^2 ledige pladser/);
    const netto = body.suggestions[2]!;
    assert.equal(component(netto, 'distance').reason, '42 km fra borgerens postnummer 4300 Holbæk til 4200 Slagelse – 40 km eller mere giver 0 point.');
    assert.match(component(netto, 'job_goal').reason, /virksomhedens stillinger kendes ikke \(ingen opslag med DISCO-kode\), så kun branchen tæller, med færre point/);
    assert.match(component(body.suggestions[1]!, 'ordinary_hours').reason, /samarbejdsaftale med parathed til ordinære timer/);

    const audit = await audits('match_suggestions.read');
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.citizen_pseudonym, fixture().citizensA[0]!.pseudonym);
    assert.equal(audit[0]!.route, '/api/courses/:id/match-suggestions');
  });

  test('suggestions: filters by industry group and openings only, a wider distance scale, limit, and bad query values with fields', async () => {
    const { annaCourse } = await setup();
    const cookie = await t().login('virksomhedskonsulent');
    const url = `/api/courses/${annaCourse}/match-suggestions`;
    const get = (query: string) => t().request(cookie, { method: 'GET', url: `${url}?${query}` });
    const services = (await get('industry10=business_services')).json().suggestions as Suggestion[];
    assert.deepEqual(services.map((s) => [s.rank, s.company.name]), [[1, 'Holbæk Rengøring ApS']]);
    const openings = (await get('openingsOnly=true')).json().suggestions as Suggestion[];
    assert.deepEqual(openings.map((s) => s.opening?.title), ['Butiksassistent, varepåfyldning']);
    const wide = (await get('maxKm=100')).json().suggestions as Suggestion[];
    const netto = wide.find((s) => s.company.name === 'Netto Slagelse')!;
    assert.equal(component(netto, 'distance').points, 14.6);
    assert.equal((await get('limit=2')).json().suggestions.length, 2);
    const bad = await get('maxKm=-3&industry10=shipping&limit=0');
    assert.equal(bad.statusCode, 400);
    const fields = bad.json().error.fields;
    assert.ok(fields.maxKm, bad.body);
    assert.ok(fields.industry10, bad.body);
    assert.ok(fields.limit, bad.body);
  });

  test('suggestions: a missing postcode gives no distance points and says the distance is unknown', async () => {
    const { annaCourse } = await setup();
    const anna = fixture().citizensA[0]!;
    await db().updateTable('citizen').set({ postcode: null }).where('id', '=', anna.id).execute();
    try {
      const cookie = await t().login('jobformidler');
      const suggestions = (await t().request(cookie, { method: 'GET', url: `/api/courses/${annaCourse}/match-suggestions` })).json().suggestions as Suggestion[];
      for (const s of suggestions) {
        assert.equal(s.distanceKm, null);
        assert.equal(component(s, 'distance').points, 0);
        assert.match(component(s, 'distance').reason, /postnummer mangler\. Afstanden er ukendt og giver ingen point/);
      }
    } finally {
      await db().updateTable('citizen').set({ postcode: '4300' }).where('id', '=', anna.id).execute();
    }
  });

  test('suggestions: a company as a whole is scored by the occupations of its earlier openings before its industry', async () => {
    const { annaCourse, netto } = await setup();
    // A filled opening for shop assistants shows Netto employs the goal's occupation, though nothing is open now.
    const earlier = await opening(netto, { title: 'Butiksassistent', occupationCode: '5223', postcode: '4200', places: 1, status: 'filled' });
    try {
      const cookie = await t().login('jobformidler');
      const suggestions = (await t().request(cookie, { method: 'GET', url: `/api/courses/${annaCourse}/match-suggestions` })).json().suggestions as Suggestion[];
      const asWhole = suggestions.find((s) => s.company.id === netto)!;
      assert.equal(asWhole.opening, null);
      assert.equal(component(asWhole, 'job_goal').points, 40);
      assert.match(component(asWhole, 'job_goal').reason, /virksomheden har haft opslag til samme stilling \(DISCO 5223\)/);
    } finally {
      await db().deleteFrom('opening').where('id', '=', earlier).execute();
    }
  });

  test('suggestions: Team B’s broker gets 404 for a Team A course, an analyst 403, a manager sees them', async () => {
    const { annaCourse } = await setup();
    const url = `/api/courses/${annaCourse}/match-suggestions`;
    const teamB = await t().login('jobformidler.b');
    assert.equal((await t().request(teamB, { method: 'GET', url })).statusCode, 404);
    const analyst = await t().login('analytiker');
    const denied = await t().request(analyst, { method: 'GET', url });
    assert.equal(denied.statusCode, 403);
    assert.equal(denied.json().error.code, 'forbidden');
    const leder = await t().login('leder');
    assert.equal((await t().request(leder, { method: 'GET', url })).statusCode, 200);
    assert.equal((await t().request(undefined, { method: 'GET', url })).statusCode, 401);
  });

  test('candidates: the caller’s caseload ranked for an opening and a company; a manager and a company consultant see the units’; one audit event lists them', async () => {
    const { superOpening, cleaning, elsewhereOpening, elsewhere } = await setup();
    const [anna, bo] = fixture().citizensA;
    const cecilie = fixture().citizensB[0]!;
    const broker = await t().login('jobformidler');
    const response = await t().request(broker, { method: 'GET', url: `/api/openings/${superOpening}/candidates` });
    assert.equal(response.statusCode, 200, response.body);
    const candidates = response.json().candidates as { citizen: { id: string; name: string; postcode: string }; rank: number; score: number; modelId: string; phase: string; components: { key: string; reason: string }[] }[];
    // Anna's A goal is the opening's occupation in her own postcode; Bo aims at cleaning (C) from Tølløse. Cecilie is Team B's.
    assert.deepEqual(candidates.map((c) => [c.rank, c.citizen.name]), [[1, 'Anna Testesen'], [2, 'Bo Testesen']]);
    assert.equal(candidates[0]!.score, 83.6);
    assert.equal(candidates[0]!.modelId, 'flere-skal-med');
    assert.equal(candidates[0]!.phase, 'jobmatch');
    assert.equal(candidates[0]!.citizen.postcode, '4300');
    assert.match(candidates[1]!.components.find((c) => c.key === 'distance')!.reason, /12 km fra borgerens postnummer 4340 Tølløse til 4300 Holbæk/);
    // One audit event for the list, naming every citizen shown (not one row per citizen).
    const audit = await audits('match_candidates.read');
    assert.equal(audit.length, 1);
    assert.deepEqual(new Set(audit[0]!.citizen_pseudonyms), new Set([anna!.pseudonym, bo!.pseudonym]));

    const forCompany = (await t().request(broker, { method: 'GET', url: `/api/companies/${cleaning}/candidates` })).json().candidates as { citizen: { name: string } }[];
    assert.deepEqual(forCompany.map((c) => c.citizen.name), ['Bo Testesen', 'Anna Testesen']);

    const leder = await t().login('leder');
    const all = (await t().request(leder, { method: 'GET', url: `/api/openings/${superOpening}/candidates` })).json().candidates as { citizen: { id: string } }[];
    assert.deepEqual(new Set(all.map((c) => c.citizen.id)), new Set([anna!.id, bo!.id, cecilie.id]));
    // The company consultant matches from team A's pool, as candidate profiles.
    const consultant = await t().login('virksomhedskonsulent');
    const pool = (await t().request(consultant, { method: 'GET', url: `/api/openings/${superOpening}/candidates` })).json().candidates as { citizen: Record<string, unknown> }[];
    assert.deepEqual(new Set(pool.map((c) => c.citizen.id)), new Set([anna!.id, bo!.id]));
    assert.ok(pool.every((c) => !('phone' in c.citizen) && !('email' in c.citizen)));
    const teamB = await t().login('jobformidler.b');
    const own = (await t().request(teamB, { method: 'GET', url: `/api/openings/${superOpening}/candidates?limit=5` })).json().candidates as { citizen: { id: string } }[];
    assert.deepEqual(own.map((c) => c.citizen.id), [cecilie.id]);

    assert.equal((await t().request(broker, { method: 'GET', url: `/api/openings/${elsewhereOpening}/candidates` })).statusCode, 404);
    assert.equal((await t().request(broker, { method: 'GET', url: `/api/companies/${elsewhere}/candidates` })).statusCode, 404);
    assert.equal((await t().request(broker, { method: 'GET', url: `/api/openings/00000000-0000-4000-8000-000000000000/candidates` })).statusCode, 404);
    const analyst = await t().login('analytiker');
    assert.equal((await t().request(analyst, { method: 'GET', url: `/api/companies/${cleaning}/candidates` })).statusCode, 403);
  });

  test('matches: POST stores the score at that moment and the rationale; GET lists it; both audited', async () => {
    const { annaCourse, superbrugsen, superOpening } = await setup();
    const cookie = await t().login('virksomhedskonsulent');
    const url = `/api/courses/${annaCourse}/matches`;
    const response = await t().request(cookie, {
      method: 'POST',
      url,
      payload: { companyId: superbrugsen, openingId: superOpening, matchedOn: today, rationale: '  Anna vil gerne i butik, og butikschefen vil arbejde hen mod løntimer.  ' },
    });
    assert.equal(response.statusCode, 201, response.body);
    const match = response.json();
    assert.equal(match.courseId, annaCourse);
    assert.deepEqual(match.company, { id: superbrugsen, name: 'SuperBrugsen Holbæk' });
    assert.deepEqual(match.opening, { id: superOpening, title: 'Butiksassistent, varepåfyldning' });
    assert.deepEqual(match.consultant, { id: fixture().staff.virksomhedskonsulent!.id, name: 'Test virksomhedskonsulent' });
    assert.equal(match.matchedOn, today);
    assert.equal(match.rationale, 'Anna vil gerne i butik, og butikschefen vil arbejde hen mod løntimer.');
    assert.equal(match.status, 'agreed');
    assert.equal(match.withdrawnOn, null);
    assert.equal(match.score.score, 83.6);
    assert.deepEqual(match.score.components.map((c: { key: string }) => c.key), ['job_goal', 'distance', 'ordinary_hours', 'open_places']);

    const row = await db().selectFrom('job_match').selectAll().where('id', '=', match.id).executeTakeFirstOrThrow();
    const stored = (typeof row.score === 'string' ? JSON.parse(row.score) : row.score) as { score: number; components: unknown[]; computedOn: string; maxKm: number };
    assert.equal(stored.score, 83.6);
    assert.equal(stored.components.length, 4);
    assert.equal(stored.computedOn, today);
    assert.equal(stored.maxKm, 40);
    assert.equal(row.created_by, fixture().staff.virksomhedskonsulent!.id);

    // A company as a whole, with a named consultant.
    const whole = await t().request(cookie, {
      method: 'POST',
      url,
      payload: { companyId: superbrugsen, consultantId: fixture().staff.jobformidler!.id, matchedOn: '2024-02-01', rationale: 'Generelt match' },
    });
    assert.equal(whole.statusCode, 201, whole.body);
    assert.equal(whole.json().opening, null);
    assert.equal(whole.json().consultant.id, fixture().staff.jobformidler!.id);

    const list = await t().request(cookie, { method: 'GET', url });
    assert.equal(list.statusCode, 200);
    assert.deepEqual(list.json().matches.map((m: { id: string }) => m.id), [match.id, whole.json().id]);
    const created = await audits('match.create');
    assert.equal(created.length, 2);
    assert.equal(created[0]!.citizen_pseudonym, fixture().citizensA[0]!.pseudonym);
    assert.equal((await audits('match.list')).at(-1)!.citizen_pseudonym, fixture().citizensA[0]!.pseudonym);
  });

  test('matches: bad input is refused field by field and nothing is stored', async () => {
    const { annaCourse, superbrugsen, superOpening, netto, closedOpening, elsewhere, elsewhereOpening } = await setup();
    const broker = await t().login('jobformidler');
    const url = `/api/courses/${annaCourse}/matches`;
    const before = await matchCount();
    const post = (cookie: string, payload: Record<string, unknown>) => t().request(cookie, { method: 'POST', url, payload });
    const base = { companyId: superbrugsen, matchedOn: today, rationale: 'Godt match' };

    const elsewhereCompany = await post(broker, { ...base, companyId: elsewhere });
    assert.equal(elsewhereCompany.statusCode, 400);
    assert.match(elsewhereCompany.json().error.fields.companyId, /kommunens virksomhedsnetværk/);
    const foreignOpening = await post(broker, { ...base, companyId: netto, openingId: superOpening });
    assert.match(foreignOpening.json().error.fields.openingId, /hører ikke til den valgte virksomhed/);
    assert.match((await post(broker, { ...base, openingId: elsewhereOpening })).json().error.fields.openingId, /hører ikke til/);
    const closed = await post(broker, { ...base, openingId: closedOpening });
    assert.match(closed.json().error.fields.openingId, /lukket/);
    const mentor = await post(broker, { ...base, consultantId: fixture().staff.mentor!.id });
    assert.match(mentor.json().error.fields.consultantId, /virksomhedskonsulent eller jobformidler/);
    const future = await post(broker, { ...base, matchedOn: dayOffset(2) });
    assert.equal(future.json().error.fields.matchedOn, 'Datoen ligger i fremtiden.');
    const early = await post(broker, { ...base, matchedOn: '2023-12-31' });
    assert.match(early.json().error.fields.matchedOn, /før forløbets start \(2024-01-08\)/);
    const empty = await post(broker, { ...base, rationale: '   ' });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json().error.fields.rationale, 'Skal udfyldes.');
    const several = await post(broker, { companyId: elsewhere, matchedOn: dayOffset(3), rationale: 'x', consultantId: fixture().staff.analytiker!.id });
    assert.deepEqual(Object.keys(several.json().error.fields).sort(), ['companyId', 'consultantId', 'matchedOn']);
    const malformed = await post(broker, { companyId: 'not-a-uuid', matchedOn: '2024-02-31' });
    assert.deepEqual(Object.keys(malformed.json().error.fields).sort(), ['companyId', 'matchedOn', 'rationale']);

    // A manager is not a consultant: without consultantId the match needs one.
    const leder = await t().login('leder');
    const byLeder = await post(leder, base);
    assert.match(byLeder.json().error.fields.consultantId, /vælg den konsulent/);
    assert.equal((await post(leder, { ...base, consultantId: fixture().staff.virksomhedskonsulent!.id })).statusCode, 201);

    assert.equal(await matchCount(), before + 1);
  });

  test('matches: withdrawn with a date and reason, not twice, not before it was made; permissions and scope', async () => {
    const { annaCourse, cleaning } = await setup();
    const broker = await t().login('jobformidler');
    const made = await t().request(broker, {
      method: 'POST',
      url: `/api/courses/${annaCourse}/matches`,
      payload: { companyId: cleaning, matchedOn: '2024-03-01', rationale: 'C-job tæt på' },
    });
    assert.equal(made.statusCode, 201, made.body);
    const id = made.json().id as string;
    const url = `/api/matches/${id}`;

    const mentor = await t().login('mentor');
    assert.equal((await t().request(mentor, { method: 'PATCH', url, payload: { withdrawnOn: today, withdrawnReason: 'x' } })).statusCode, 403);
    assert.equal((await t().request(mentor, { method: 'POST', url: `/api/courses/${annaCourse}/matches`, payload: { companyId: cleaning, matchedOn: today, rationale: 'x' } })).statusCode, 403);
    const teamB = await t().login('jobformidler.b');
    assert.equal((await t().request(teamB, { method: 'PATCH', url, payload: { withdrawnOn: today, withdrawnReason: 'x' } })).statusCode, 404);
    assert.equal((await t().request(teamB, { method: 'GET', url: `/api/courses/${annaCourse}/matches` })).statusCode, 404);
    assert.equal((await t().request(teamB, { method: 'POST', url: `/api/courses/${annaCourse}/matches`, payload: { companyId: cleaning, matchedOn: today, rationale: 'x' } })).statusCode, 404);

    const early = await t().request(broker, { method: 'PATCH', url, payload: { withdrawnOn: '2024-02-01', withdrawnReason: 'Virksomheden ville ikke' } });
    assert.equal(early.statusCode, 400);
    assert.match(early.json().error.fields.withdrawnOn, /2024-03-01/);
    const noReason = await t().request(broker, { method: 'PATCH', url, payload: { withdrawnOn: today } });
    assert.ok(noReason.json().error.fields.withdrawnReason);

    const withdrawn = await t().request(broker, { method: 'PATCH', url, payload: { withdrawnOn: today, withdrawnReason: 'Virksomheden ville ikke love løntimer' } });
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    assert.equal(withdrawn.json().status, 'withdrawn');
    assert.equal(withdrawn.json().withdrawnOn, today);
    assert.equal(withdrawn.json().withdrawnReason, 'Virksomheden ville ikke love løntimer');
    assert.ok(withdrawn.json().score, 'the score made with the match stays');
    const again = await t().request(broker, { method: 'PATCH', url, payload: { withdrawnOn: today, withdrawnReason: 'igen' } });
    assert.equal(again.statusCode, 409);
    assert.match(again.json().error.fields.withdrawnOn, new RegExp(today));
    const row = await db().selectFrom('job_match').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.withdrawn_reason, 'Virksomheden ville ikke love løntimer');
    const audit = await audits('match.withdraw');
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.citizen_pseudonym, fixture().citizensA[0]!.pseudonym);
    assert.equal((await t().request(broker, { method: 'PATCH', url: '/api/matches/00000000-0000-4000-8000-000000000000', payload: { withdrawnOn: today, withdrawnReason: 'x' } })).statusCode, 404);
  });

  test('every matching route is in the OpenAPI document under the matching tag', async () => {
    const doc = (await t().request(undefined, { method: 'GET', url: '/api/openapi.json' })).json();
    const expected: [string, string][] = [
      ['/api/courses/{id}/match-suggestions', 'get'],
      ['/api/openings/{id}/candidates', 'get'],
      ['/api/companies/{id}/candidates', 'get'],
      ['/api/courses/{id}/matches', 'get'],
      ['/api/courses/{id}/matches', 'post'],
      ['/api/matches/{id}', 'patch'],
    ];
    for (const [path, method] of expected) {
      const operation = doc.paths[path]?.[method];
      assert.ok(operation, `${method} ${path}`);
      assert.deepEqual(operation.tags, ['matching']);
      assert.ok(operation.summary);
    }
  });

  test('no CPR number reaches the logs while matching is used', () => {
    const all = t().logs.join('\n');
    for (const citizen of [...fixture().citizensA, ...fixture().citizensB]) assert.ok(!all.includes(citizen.cpr));
  });
});
