import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../helpers/suite.ts';
import { insertCourse } from '../helpers/cases.ts';
import { isoDay } from '../../src/store/facts.ts';
import { renderWorkAgreementPdf } from '../../src/server/routes/placements/work-agreement-pdf.ts';
import { WorkAgreementContentSchema } from '../../src/domain/placements/work-agreement.ts';

const day = (offset: number) => isoDay(new Date(Date.now() + offset * 86_400_000));
const enrolled = day(-90);
const madeOn = day(-20);

/** A complete agreement as the form sends it: 15 hours, nothing agreed on ordinary hours yet. */
const content = (overrides: Record<string, unknown> = {}) => ({
  tasks: 'Varemodtagelse og opfyldning på lageret',
  hoursPerWeek: 15,
  weekdayHours: { mon: 5, wed: 5, fri: 5 },
  subGoals: [{ text: 'Møde stabilt tre dage om ugen', targetDate: day(10) }],
  ordinaryHours: { kind: 'none', hoursPerWeek: null, from: null, text: null },
  accommodations: 'Ingen tunge løft over 15 kg',
  companyContact: { name: 'Lise Lager', phone: '12345678', email: 'lise@example.dk' },
  followUpPlan: { cadenceDays: 28, firstDate: day(-5) },
  mentor: null,
  aids: null,
  placementType: 'virksomhedspraktik',
  plannedFrom: day(-14),
  plannedTo: day(60),
  ...overrides,
});

const declaration = { kind: 'declaration_of_intent', hoursPerWeek: 10, from: null, text: 'Virksomheden ansætter i 10 lønnede timer, når borgeren klarer varemodtagelsen selv.' };

forEachDatabase('work agreements', (t) => {
  const db = () => t().db.handle.db;
  const citizenA = () => t().fixture.citizensA[0]!;
  const citizenB = () => t().fixture.citizensB[0]!;
  let companyId = '';
  let otherMunicipalityCompanyId = '';
  const courses = new Map<string, string>();

  async function company(municipalityId: string, cvr: string, name: string): Promise<string> {
    const row = await db().insertInto('company').values({ municipality_id: municipalityId, cvr, name, sector: 'private' }).returning('id').executeTakeFirstOrThrow();
    await db().insertInto('company_address').values({ company_id: row.id, kind: 'main', address_line: 'Havnevej 1', postcode: '4300', city: 'Holbæk' }).execute();
    return row.id;
  }

  async function course(citizenId: string): Promise<string> {
    const existing = courses.get(citizenId);
    if (existing) return existing;
    const citizen = await db().selectFrom('citizen').select('unit_id').where('id', '=', citizenId).executeTakeFirstOrThrow();
    const id = await insertCourse(db(), { citizenId, unitId: citizen.unit_id, modelId: 'flere-skal-med', enrolmentDate: enrolled, phase: 'afklaring', group: '1' });
    courses.set(citizenId, id);
    return id;
  }

  async function ensureCompanies(): Promise<void> {
    if (companyId) return;
    companyId = await company(t().fixture.municipalityId, '12345674', 'Lager & Co ApS');
    const other = await db().insertInto('unit').values({ kind: 'municipality', name: 'Andenby Kommune', parent_id: null }).returning('id').executeTakeFirstOrThrow();
    otherMunicipalityCompanyId = await company(other.id, '12345674', 'Andenby Lager');
  }

  /** Creates an agreement through the API as the job broker and returns its body. */
  async function create(citizenId = citizenA().id, username = 'jobformidler', body: Record<string, unknown> = {}) {
    await ensureCompanies();
    const cookie = await t().login(username);
    const response = await t().request(cookie, {
      method: 'POST',
      url: `/api/courses/${await course(citizenId)}/work-agreements`,
      payload: { companyId, madeOn, content: content(), citizenAgreedOn: madeOn, ...body },
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json();
  }

  const audits = (action: string, pseudonym: string) =>
    db().selectFrom('audit_event').selectAll().where('action', '=', action).where('citizen_pseudonym', '=', pseudonym).orderBy('id').execute();
  const countVersions = async () => Number((await db().selectFrom('work_agreement_version').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  test('versions: v1 is made, v2 changes the hours and adds a declaration of intent, both are kept and a stale base is refused', async () => {
    const cookie = await t().login('jobformidler');
    const v1 = await create();
    assert.equal(v1.courseId, await course(citizenA().id));
    assert.deepEqual(v1.citizen, { id: citizenA().id, name: 'Anna Testesen' });
    assert.deepEqual(v1.company, { id: companyId, name: 'Lager & Co ApS', cvr: '12345674' });
    assert.equal(v1.matchId, null);
    assert.equal(v1.placementId, null);
    assert.equal(v1.current.versionNo, 1);
    assert.equal(v1.current.madeOn, madeOn);
    assert.equal(v1.current.citizenAgreedOn, madeOn);
    assert.equal(v1.current.companyAgreedOn, null);
    assert.equal(v1.current.ordinaryHoursClause, false);
    assert.equal(v1.current.declarationOfIntent, false);
    assert.equal(v1.current.createdBy.id, t().fixture.staff.jobformidler!.id);
    assert.equal(v1.current.content.hoursPerWeek, 15);
    assert.deepEqual(v1.versions.map((v: { versionNo: number }) => v.versionNo), [1]);
    assert.equal(v1.versions[0].content, undefined, 'the version list carries no content');

    const url = `/api/work-agreements/${v1.id}`;
    const v2Content = content({ hoursPerWeek: 20, weekdayHours: { mon: 5, tue: 5, wed: 5, thu: 5 }, ordinaryHours: declaration });
    const v2 = await t().request(cookie, { method: 'PUT', url, payload: { baseVersion: 1, madeOn: day(-3), content: v2Content, companyAgreedOn: day(-2) } });
    assert.equal(v2.statusCode, 200, v2.body);
    assert.equal(v2.json().current.versionNo, 2);
    assert.equal(v2.json().current.content.hoursPerWeek, 20);
    assert.equal(v2.json().current.declarationOfIntent, true);
    assert.equal(v2.json().current.ordinaryHoursClause, false);
    assert.equal(v2.json().current.citizenAgreedOn, null, 'each version is agreed on its own');
    assert.deepEqual(v2.json().versions.map((v: { versionNo: number }) => v.versionNo), [2, 1]);

    // A colleague who edited version 1 overwrites nothing.
    const stale = await t().request(cookie, { method: 'PUT', url, payload: { baseVersion: 1, madeOn: day(-1), content: content({ tasks: 'Forældet' }) } });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'stale');
    assert.match(stale.json().error.fields.baseVersion, /version 2/);

    const read = await t().request(cookie, { method: 'GET', url });
    assert.equal(read.statusCode, 200);
    assert.equal(read.json().current.versionNo, 2);
    const first = await t().request(cookie, { method: 'GET', url: `${url}/versions/1` });
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json().content.hoursPerWeek, 15);
    assert.equal(first.json().content.ordinaryHours.kind, 'none');
    assert.equal((await t().request(cookie, { method: 'GET', url: `${url}/versions/2` })).json().content.hoursPerWeek, 20);
    assert.equal((await t().request(cookie, { method: 'GET', url: `${url}/versions/3` })).statusCode, 404);

    const list = await t().request(cookie, { method: 'GET', url: `/api/courses/${v1.courseId}/work-agreements` });
    assert.equal(list.statusCode, 200);
    const listed = list.json().workAgreements.find((a: { id: string }) => a.id === v1.id);
    assert.equal(listed.current.versionNo, 2);

    const rows = await db()
      .selectFrom('work_agreement_version')
      .select(['version_no', 'made_on', 'declaration_of_intent', 'ordinary_hours_clause'])
      .where('agreement_id', '=', v1.id)
      .orderBy('version_no')
      .execute();
    assert.deepEqual(rows, [
      { version_no: 1, made_on: madeOn, declaration_of_intent: false, ordinary_hours_clause: false },
      { version_no: 2, made_on: day(-3), declaration_of_intent: true, ordinary_hours_clause: false },
    ]);

    // A version cannot be dated before the one it replaces.
    const backdated = await t().request(cookie, { method: 'PUT', url, payload: { baseVersion: 2, madeOn: day(-30), content: v2Content } });
    assert.equal(backdated.statusCode, 400);
    assert.match(backdated.json().error.fields.madeOn, /forrige version/);
  });

  test('ordinary hours agreed now set the clause flag; the placement that names the agreement is reported', async () => {
    const cookie = await t().login('virksomhedskonsulent');
    const agreement = await create(citizenA().id, 'virksomhedskonsulent', { content: content({ ordinaryHours: { kind: 'now', hoursPerWeek: 5, from: day(-14), text: null } }) });
    assert.equal(agreement.current.ordinaryHoursClause, true);
    assert.equal(agreement.current.declarationOfIntent, false);
    const placement = await db()
      .insertInto('placement')
      .values({ course_id: agreement.courseId, company_id: companyId, work_agreement_id: agreement.id, type: 'hybrid', from_date: day(-14) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const read = await t().request(cookie, { method: 'GET', url: `/api/work-agreements/${agreement.id}` });
    assert.equal(read.json().placementId, placement.id);
  });

  test('required content and date rules are refused with Danish messages by field, and nothing is stored', async () => {
    await ensureCompanies();
    const cookie = await t().login('jobformidler');
    const url = `/api/courses/${await course(citizenA().id)}/work-agreements`;
    const before = await countVersions();
    const post = (payload: object) => t().request(cookie, { method: 'POST', url, payload });

    const missing = await post({
      companyId,
      madeOn,
      content: content({ tasks: ' ', subGoals: [], companyContact: { name: '' }, ordinaryHours: { kind: 'now', hoursPerWeek: null } }),
    });
    assert.equal(missing.statusCode, 400);
    const fields = missing.json().error.fields;
    assert.equal(fields['content.tasks'], 'Skal udfyldes.');
    assert.equal(fields['content.subGoals'], 'Angiv mindst ét delmål for progression.');
    assert.equal(fields['content.companyContact.name'], 'Skal udfyldes.');
    assert.match(fields['content.ordinaryHours.hoursPerWeek'], /Angiv hvor mange ordinære/);

    const sums = (await post({ companyId, madeOn, content: content({ weekdayHours: { mon: 5 }, ordinaryHours: { kind: 'now', hoursPerWeek: 16 } }) })).json().error.fields;
    assert.match(sums['content.weekdayHours'], /giver 5 i alt, men timer om ugen er 15/);
    assert.match(sums['content.ordinaryHours.hoursPerWeek'], /kan ikke være flere end timerne i alt/);
    const intent = (await post({ companyId, madeOn, content: content({ ordinaryHours: { kind: 'declaration_of_intent' } }) })).json().error.fields;
    assert.match(intent['content.ordinaryHours.text'], /Skriv hensigtserklæringen/);
    const cadence = (await post({ companyId, madeOn, content: content({ followUpPlan: { cadenceDays: 120, firstDate: madeOn } }) })).json().error.fields;
    assert.match(cadence['content.followUpPlan.cadenceDays'], /Højst 90 dage/);

    const future = await post({ companyId, madeOn: day(2), content: content() });
    assert.equal(future.statusCode, 400);
    assert.match(future.json().error.fields.madeOn, /fremtiden/);
    assert.match((await post({ companyId, madeOn: day(-91), content: content() })).json().error.fields.madeOn, /før forløbets start/);
    const early = (await post({ companyId, madeOn, content: content({ followUpPlan: { cadenceDays: 28, firstDate: day(-21) } }), companyAgreedOn: day(-25) })).json().error.fields;
    assert.match(early['content.followUpPlan.firstDate'], /før aftalens dato/);
    assert.match(early.companyAgreedOn, /før den blev lavet/);

    const elsewhere = await post({ companyId: otherMunicipalityCompanyId, madeOn, content: content() });
    assert.equal(elsewhere.statusCode, 400);
    assert.match(elsewhere.json().error.fields.companyId, /din kommunes virksomhedsnetværk/);
    const unknown = await post({ companyId: '00000000-0000-4000-8000-000000000000', madeOn, content: content() });
    assert.ok(unknown.json().error.fields.companyId);

    assert.equal(await countVersions(), before);
    assert.equal((await t().request(cookie, { method: 'PUT', url: `/api/work-agreements/00000000-0000-4000-8000-000000000000`, payload: { baseVersion: 1, madeOn, content: content() } })).statusCode, 404);
  });

  test('a match must be this course’s and this company’s', async () => {
    await ensureCompanies();
    const courseId = await course(citizenA().id);
    const match = async (forCourse: string, forCompany: string, status: 'agreed' | 'withdrawn' = 'agreed') =>
      (
        await db()
          .insertInto('job_match')
          .values({
            course_id: forCourse,
            company_id: forCompany,
            consultant_id: t().fixture.staff.virksomhedskonsulent!.id,
            matched_on: day(-30),
            rationale: 'Borgeren ønsker lagerarbejde',
            status,
            withdrawn_on: status === 'withdrawn' ? day(-25) : null,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const good = await match(courseId, companyId);
    const made = await create(citizenA().id, 'jobformidler', { matchId: good });
    assert.equal(made.matchId, good);

    const cookie = await t().login('jobformidler');
    const post = (matchId: string) => t().request(cookie, { method: 'POST', url: `/api/courses/${courseId}/work-agreements`, payload: { companyId, matchId, madeOn, content: content() } });
    const otherCourse = await post(await match(await course(citizenB().id), companyId));
    assert.equal(otherCourse.statusCode, 400);
    assert.match(otherCourse.json().error.fields.matchId, /ikke i dette forløb/);
    const otherCompany = await post(await match(courseId, await company(t().fixture.municipalityId, '87654321', 'Anden virksomhed')));
    assert.match(otherCompany.json().error.fields.matchId, /ikke med Lager & Co ApS/);
    const withdrawn = await post(await match(courseId, companyId, 'withdrawn'));
    assert.match(withdrawn.json().error.fields.matchId, /trukket tilbage/);
  });

  test('print: a Danish HTML agreement with its own style policy and no CPR number; earlier versions on request', async () => {
    const citizen = citizenA();
    const agreement = await create(citizen.id, 'jobformidler', { content: content({ ordinaryHours: declaration }) });
    const cookie = await t().login('jobformidler');
    const update = await t().request(cookie, {
      method: 'PUT',
      url: `/api/work-agreements/${agreement.id}`,
      payload: { baseVersion: 1, madeOn: day(-1), content: content({ tasks: 'Kørsel med palleløfter', ordinaryHours: declaration }) },
    });
    assert.equal(update.statusCode, 200, update.body);

    const print = await t().request(cookie, { method: 'GET', url: `/api/work-agreements/${agreement.id}/print` });
    assert.equal(print.statusCode, 200, print.body);
    assert.match(String(print.headers['content-type']), /^text\/html/);
    for (const heading of ['Opgaver', 'Arbejdstid', 'Delmål for progression', 'Ordinære timer', 'Hensyn til helbred (skånehensyn)', 'Fast kontaktperson på virksomheden', 'Opfølgning', 'Godkendelse og underskrifter']) {
      assert.ok(print.body.includes(`<h2>${heading}</h2>`), heading);
    }
    assert.match(print.body, /Anna Testesen/);
    assert.match(print.body, /Lager &amp; Co ApS \(CVR 12345674\), Havnevej 1, 4300 Holbæk/);
    assert.match(print.body, /Jobcenter Testby/);
    assert.match(print.body, /Hensigtserklæring<\/dt><dd>Virksomheden ansætter i 10 lønnede timer/);
    assert.match(print.body, /Kørsel med palleløfter/);
    assert.match(print.body, /Version 2, lavet/);
    assert.match(print.body, /Udskrevet fra Jobspor/);
    const cpr = citizen.cpr;
    for (const form of [cpr, `${cpr.slice(0, 6)}-${cpr.slice(6)}`]) assert.ok(!print.body.includes(form), 'no CPR in the print');
    const csp = String(print.headers['content-security-policy']);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /style-src 'unsafe-inline'/);
    assert.doesNotMatch(csp, /script-src/);

    const old = await t().request(cookie, { method: 'GET', url: `/api/work-agreements/${agreement.id}/print?version=1` });
    assert.match(old.body, /Varemodtagelse og opfyldning/);
    assert.match(old.body, /Version 1, lavet/);
    assert.equal((await t().request(cookie, { method: 'GET', url: `/api/work-agreements/${agreement.id}/print?version=7` })).statusCode, 404);

    const pdf = await t().request(cookie, { method: 'GET', url: `/api/work-agreements/${agreement.id}/pdf` });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.headers['content-disposition'], 'attachment; filename="arbejdsaftale-anna-testesen-v2.pdf"');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(!pdf.rawPayload.toString('latin1').includes(cpr));
    assert.equal((await t().request(cookie, { method: 'GET', url: `/api/work-agreements/${agreement.id}/pdf?version=1` })).headers['content-disposition'], 'attachment; filename="arbejdsaftale-anna-testesen-v1.pdf"');

    assert.equal((await audits('work_agreement.print', citizen.pseudonym)).length >= 2, true);
    assert.equal((await audits('work_agreement.pdf', citizen.pseudonym)).length, 2);
  });

  test('the PDF carries the sections, the parties and the signature lines', async () => {
    const pdf = await renderWorkAgreementPdf(
      {
        citizen: { name: 'Søren Ågård' },
        company: { name: 'Lager & Co ApS', cvr: '12345674', address: null },
        jobcentre: { name: 'Jobcenter Testby' },
        versionNo: 3,
        madeOn: '2024-03-01',
        firstMadeOn: '2024-02-20',
        content: WorkAgreementContentSchema.parse(content({ ordinaryHours: declaration, followUpPlan: { cadenceDays: 28, firstDate: '2024-03-15' }, subGoals: [{ text: 'Møde stabilt', targetDate: null }] })),
        citizenAgreedOn: '2024-03-01',
        companyAgreedOn: null,
        jobcentreAgreedOn: null,
        printedOn: '2024-03-05',
      },
      { compress: false },
    );
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    // Text shown by an uncompressed pdfkit PDF: hex strings in TJ arrays, WinAnsi (Latin-1 for these letters).
    const shown = [...pdf.toString('latin1').matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)]
      .map((m) => [...m[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''))
      .join('\n');
    for (const text of ['ARBEJDSAFTALE', 'Søren Ågård', 'Opgaver', 'Delmål for progression', 'Hensigtserklæring', 'Godkendelse og underskrifter', 'Underskrift', 'Godkendt den: 1. marts 2024', 'Version 3, lavet 1. marts 2024', 'Udskrevet fra Jobspor 5. marts 2024.']) {
      assert.ok(shown.includes(text), text);
    }
  });

  test('authorisation: analysts are refused, mentors with a course role read but do not write, another team gets 404', async () => {
    const agreement = await create();
    const url = `/api/work-agreements/${agreement.id}`;
    const listUrl = `/api/courses/${agreement.courseId}/work-agreements`;
    const body = { baseVersion: agreement.current.versionNo, madeOn, content: content() };

    const analyst = await t().login('analytiker');
    for (const path of [url, listUrl, `${url}/versions/1`, `${url}/print`, `${url}/pdf`]) {
      const response = await t().request(analyst, { method: 'GET', url: path });
      assert.equal(response.statusCode, 403, path);
      assert.equal(response.json().error.code, 'forbidden');
    }
    assert.equal((await t().request(analyst, { method: 'PUT', url, payload: body })).statusCode, 403);

    const mentor = await t().login('mentor');
    // Need to know: the mentor reads the agreement once they hold a role on the citizen's course.
    assert.equal((await t().request(mentor, { method: 'GET', url })).statusCode, 404);
    await db().insertInto('course_staff').values({ course_id: agreement.courseId, staff_id: t().fixture.staff.mentor!.id, role: 'mentor', from_date: enrolled }).execute();
    assert.equal((await t().request(mentor, { method: 'GET', url })).statusCode, 200);
    assert.equal((await t().request(mentor, { method: 'GET', url: listUrl })).statusCode, 200);
    assert.equal((await t().request(mentor, { method: 'GET', url: `${url}/print` })).statusCode, 200);
    assert.equal((await t().request(mentor, { method: 'PUT', url, payload: body })).statusCode, 403);
    assert.equal((await t().request(mentor, { method: 'POST', url: listUrl, payload: { companyId, madeOn, content: content() } })).statusCode, 403);

    const teamB = await t().login('jobformidler.b');
    for (const path of [url, listUrl, `${url}/versions/1`, `${url}/print`, `${url}/pdf`]) {
      const response = await t().request(teamB, { method: 'GET', url: path });
      assert.equal(response.statusCode, 404, path);
      assert.equal(response.json().error.code, 'not_found');
    }
    assert.equal((await t().request(teamB, { method: 'PUT', url, payload: body })).statusCode, 404);
    assert.equal((await t().request(teamB, { method: 'POST', url: listUrl, payload: { companyId, madeOn, content: content() } })).statusCode, 404);

    // Team B's own citizen works for Team B, and the manager above both teams sees both.
    const own = await create(citizenB().id, 'jobformidler.b');
    const leder = await t().login('leder');
    assert.equal((await t().request(leder, { method: 'GET', url: `/api/work-agreements/${own.id}` })).statusCode, 200);
    assert.equal((await t().request(leder, { method: 'PUT', url, payload: body })).statusCode, 200);
    assert.equal((await t().request(undefined, { method: 'GET', url })).statusCode, 401);
  });

  test('every read and write is audited with the citizen’s pseudonym', async () => {
    const citizen = citizenB();
    const before = {
      create: (await audits('work_agreement.create', citizen.pseudonym)).length,
      update: (await audits('work_agreement.update', citizen.pseudonym)).length,
      read: (await audits('work_agreement.read', citizen.pseudonym)).length,
      list: (await audits('work_agreement.list', citizen.pseudonym)).length,
    };
    const agreement = await create(citizen.id, 'jobformidler.b');
    const cookie = await t().login('jobformidler.b');
    const url = `/api/work-agreements/${agreement.id}`;
    await t().request(cookie, { method: 'PUT', url, payload: { baseVersion: 1, madeOn, content: content({ ordinaryHours: declaration }) } });
    await t().request(cookie, { method: 'GET', url });
    await t().request(cookie, { method: 'GET', url: `${url}/versions/1` });
    await t().request(cookie, { method: 'GET', url: `/api/courses/${agreement.courseId}/work-agreements` });

    const created = await audits('work_agreement.create', citizen.pseudonym);
    assert.equal(created.length, before.create + 1);
    assert.equal(created.at(-1)!.staff_username, 'jobformidler.b');
    assert.equal(created.at(-1)!.route, '/api/courses/:id/work-agreements');
    assert.equal((created.at(-1)!.detail as { workAgreementId: string }).workAgreementId, agreement.id);
    const updated = await audits('work_agreement.update', citizen.pseudonym);
    assert.equal(updated.length, before.update + 1);
    assert.equal((updated.at(-1)!.detail as { versionNo: number }).versionNo, 2);
    assert.equal((await audits('work_agreement.read', citizen.pseudonym)).length, before.read + 2);
    assert.equal((await audits('work_agreement.list', citizen.pseudonym)).length, before.list + 1);

    // A refused write leaves no audit row behind.
    const refused = await t().request(cookie, { method: 'PUT', url, payload: { baseVersion: 1, madeOn, content: content() } });
    assert.equal(refused.statusCode, 409);
    assert.equal((await audits('work_agreement.update', citizen.pseudonym)).length, before.update + 1);
  });

  test('every work-agreement route is in the OpenAPI document under its tag', async () => {
    const openapi = (await t().request(undefined, { method: 'GET', url: '/api/openapi.json' })).json();
    for (const [path, methods] of [
      ['/api/courses/{id}/work-agreements', ['get', 'post']],
      ['/api/work-agreements/{id}', ['get', 'put']],
      ['/api/work-agreements/{id}/versions/{no}', ['get']],
      ['/api/work-agreements/{id}/print', ['get']],
      ['/api/work-agreements/{id}/pdf', ['get']],
    ] as const) {
      for (const method of methods) {
        const operation = openapi.paths[path]?.[method];
        assert.ok(operation, `${method} ${path}`);
        assert.deepEqual(operation.tags, ['work-agreements']);
        assert.ok(operation.summary);
      }
    }
  });

  test('no CPR number reaches the logs while work agreements are used', () => {
    const all = t().logs.join('\n');
    for (const citizen of [...t().fixture.citizensA, ...t().fixture.citizensB]) assert.ok(!all.includes(citizen.cpr));
  });
});
